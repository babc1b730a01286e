/*
 * Repeating rows (a plan's services, funding and milestones) are added and removed in place with Ajax; the list that
 * was redrawn names in data-focus the field to continue from (the new row's first field, or the list's add button
 * after a removal), so a keyboard or screen-reader user is not thrown back to the top of the page.
 */
(function () {
    'use strict';
    var WAIT_MS = 50;
    var GIVE_UP_MS = 3000;
    function nothingFocused() {
        return !document.activeElement || document.activeElement === document.body;
    }
    // PrimeFaces keeps the button that sent a request disabled until at least 500 ms after the request began, so a
    // row removed right after one was added finds "add" still disabled, and focus() on a disabled button does
    // nothing: wait for it to be enabled, unless the person has moved on by then.
    function focusWhenEnabled(target, waited) {
        if (!target.isConnected || (waited > 0 && !nothingFocused())) {
            return;
        }
        if (!target.disabled) {
            target.focus();
        } else if (waited < GIVE_UP_MS) {
            setTimeout(function () { focusWhenEnabled(target, waited + WAIT_MS); }, WAIT_MS);
        }
    }
    function focusNamed() {
        Array.prototype.forEach.call(document.querySelectorAll('[data-focus]'), function (list) {
            var target = list.getAttribute('data-focus') ? document.getElementById(list.getAttribute('data-focus')) : null;
            list.removeAttribute('data-focus');
            if (target) {
                focusWhenEnabled(target, 0);
            }
        });
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', focusNamed);
    }
    // A full page load keeps the focus where the browser puts it; a focus left from an earlier request is dropped.
    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.querySelectorAll('[data-focus]'), function (list) {
            list.removeAttribute('data-focus');
        });
    });
}());
