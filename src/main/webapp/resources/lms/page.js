/*
 * What every page does in the browser, without PrimeFaces widgets (the content security policy allows no inline
 * script, so this file is the only place for it):
 *  - the header's menu button on a phone: a disclosure button (aria-expanded), Esc closes it and returns to it;
 *  - wide tables: a box that really scrolls sideways (or a consent's text box, downwards) gets tabindex="0", the
 *    role "region" and a name, so the keyboard can scroll it and a screen reader says what it is;
 *  - confirmations: a button with data-confirm="<dialog id>" first opens that <dialog>, which states what will
 *    happen; «Подтвердить» then sends the form as the button would have, «Отмена» and Esc do nothing. The server
 *    acts the same either way: this only guards against a slip of the finger. A row's button may name what it
 *    acts on in data-confirm-subject (or names a select in data-confirm-choice, whose chosen option is shown);
 *    the dialog shows it in its [data-confirm-subject] element;
 *  - a refused form's answer (<html data-posted="true">) stands in the history as its address, not as a POST;
 *  - a page the browser may keep (<html data-revalidate="true">, issue #25) is asked for again when the back button
 *    brings it back: once the session has ended the server answers with the sign-in page, not the kept copy.
 */
(function () {
    'use strict';
    document.documentElement.classList.add('js');

    function ready(run) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', run);
        } else {
            run();
        }
    }

    function menu() {
        var button = document.getElementById('menu-button');
        if (!button) {
            return;
        }
        var bar = button.parentNode;
        function show(open) {
            button.setAttribute('aria-expanded', open ? 'true' : 'false');
            bar.classList.toggle('open', open);
        }
        button.addEventListener('click', function () {
            show(button.getAttribute('aria-expanded') !== 'true');
        });
        bar.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
                show(false);
                button.focus();
            }
        });
    }

    function nameOf(box) {
        var table = box.querySelector('table');
        var own = box.previousElementSibling;
        if (!table && own && /^H[2-4]$/.test(own.tagName)) {
            return own.textContent.trim();
        }
        var caption = table && table.caption;
        if (caption && caption.textContent.trim()) {
            return caption.textContent.trim();
        }
        var labelledBy = table && table.getAttribute('aria-labelledby');
        var label = labelledBy && document.getElementById(labelledBy);
        if (label) {
            return label.textContent.trim();
        }
        var section = box.closest('section, .card');
        var heading = section && section.querySelector('h2, h3');
        if (heading && heading.textContent.trim()) {
            return heading.textContent.trim();
        }
        return document.body.getAttribute('data-table-label') || 'Table';
    }

    function markTables() {
        Array.prototype.forEach.call(document.querySelectorAll('main table.grid, main .lesson-text table'), function (table) {
            if (!table.parentNode.closest('.table-scroll, .ui-datatable-tablewrapper, table')) {
                var box = document.createElement('div');
                box.className = 'table-scroll';
                table.parentNode.insertBefore(box, table);
                box.appendChild(table);
            }
        });
        // A long text in a box of its own height (a consent's text) scrolls too, downwards.
        Array.prototype.forEach.call(document.querySelectorAll('main .table-scroll, main .ui-datatable-tablewrapper, '
                + 'main .consent-text'),
            function (box) {
                var wide = box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
                box.classList.toggle('is-scrollable', wide);
                if (wide && !box.hasAttribute('tabindex')) {
                    box.setAttribute('tabindex', '0');
                    box.setAttribute('data-lms-scroll', '');
                    if (!box.hasAttribute('role')) {
                        box.setAttribute('role', 'region');
                    }
                    if (!box.hasAttribute('aria-label') && !box.hasAttribute('aria-labelledby')) {
                        box.setAttribute('aria-label', nameOf(box));
                    }
                } else if (!wide && box.hasAttribute('data-lms-scroll')) {
                    // Only what this script added: boxes that fit need no tab stop.
                    box.removeAttribute('tabindex');
                    box.removeAttribute('role');
                    box.removeAttribute('aria-label');
                    box.removeAttribute('data-lms-scroll');
                }
            });
    }

    function tables() {
        var pending = null;
        function later() {
            if (pending === null) {
                pending = window.requestAnimationFrame(function () {
                    pending = null;
                    markTables();
                });
            }
        }
        markTables();
        window.addEventListener('resize', later);
        var main = document.getElementById('main');
        if (main && window.MutationObserver) {
            // Ajax updates (a table's next page, a filter) bring new tables.
            new MutationObserver(function (changes) {
                var added = changes.some(function (c) { return c.addedNodes.length > 0; });
                if (added) {
                    later();
                }
            }).observe(main, {childList: true, subtree: true});
        }
    }

    function confirmations() {
        document.addEventListener('click', function (event) {
            var trigger = event.target.closest ? event.target.closest('[data-confirm]') : null;
            if (!trigger || trigger.disabled) {
                return;
            }
            if (trigger.getAttribute('data-confirmed') === 'yes') {
                trigger.removeAttribute('data-confirmed');
                return;
            }
            var dialog = document.getElementById(trigger.getAttribute('data-confirm'));
            if (!dialog || typeof dialog.showModal !== 'function') {
                return;
            }
            if (trigger.form && !trigger.form.checkValidity()) {
                return; // the browser names the missing field first; nothing is sent yet
            }
            // Captured at the document, before the button's own handlers (PrimeFaces' Ajax ones too).
            event.preventDefault();
            event.stopImmediatePropagation();
            dialog.returnValue = '';
            dialog.addEventListener('close', function closed() {
                dialog.removeEventListener('close', closed);
                if (dialog.returnValue === 'confirm') {
                    trigger.setAttribute('data-confirmed', 'yes');
                    trigger.click();
                } else {
                    trigger.focus();
                }
            });
            var subject = dialog.querySelector('[data-confirm-subject]');
            if (subject) {
                // A button whose form chooses what it acts on (a status, a target cohort) names that list in
                // data-confirm-choice: the dialog says what was chosen, not only that something was.
                var choice = document.getElementById(trigger.getAttribute('data-confirm-choice') || '');
                subject.textContent = choice && choice.selectedIndex >= 0 ? choice.options[choice.selectedIndex].text
                    : trigger.getAttribute('data-confirm-subject') || ''; // one dialog serves many rows
            }
            dialog.showModal();
            var cancel = dialog.querySelector('[data-dialog-cancel]');
            if (cancel) {
                cancel.focus(); // the safe choice has the focus, so a stray Enter changes nothing
            }
        }, true);
        document.addEventListener('click', function (event) {
            var button = event.target.closest ? event.target.closest('[data-dialog-cancel], [data-dialog-confirm]') : null;
            var dialog = button ? button.closest('dialog') : null;
            if (dialog) {
                dialog.close(button.hasAttribute('data-dialog-confirm') ? 'confirm' : 'cancel');
            }
        });
    }

    /**
     * Widths of meters and bars: the page says them in data-width ("75%", "12ch"), this sets them through the style
     * object. A style attribute in the markup would be refused by the strict content security policy (issue #21).
     */
    function widths(root) {
        Array.prototype.forEach.call((root || document).querySelectorAll('[data-width]'), function (el) {
            var width = el.getAttribute('data-width');
            if (/^\d{1,3}(\.\d+)?(%|ch|rem)$/.test(width)) {
                el.style.width = width;
            }
        });
    }

    // A page answering a posted form is one the server refused (every success redirects): in the history it is a
    // POST, so Back to it, or a reload, asked «Confirm Form Resubmission» (Chrome: ERR_CACHE_MISS). The entry is
    // replaced by its own address: Back and reload get the page afresh; what was typed comes back as a draft.
    if (document.documentElement.getAttribute('data-posted') === 'true' && window.history.replaceState) {
        window.history.replaceState(window.history.state, '', window.location.href);
    }

    // Back (or forward) to such a page shows the browser's copy without asking the server: from its memory (the
    // back-forward cache, event.persisted) or from its HTTP cache (a navigation of type back_forward). Asked again,
    // the server answers 304 while the session lasts and the sign-in page after it ended, with or without sign-out.
    window.addEventListener('pageshow', function (event) {
        if (document.documentElement.getAttribute('data-revalidate') !== 'true') {
            return;
        }
        var navigation = window.performance && performance.getEntriesByType
            ? performance.getEntriesByType('navigation')[0] : null;
        if (event.persisted || (navigation && navigation.type === 'back_forward')) {
            window.location.reload();
        }
    });

    ready(function () {
        menu();
        tables();
        confirmations();
        widths();
    });
}());
