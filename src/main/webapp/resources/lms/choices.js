/*
 * Choices are typed work too (issue #18): a mentor scoring on a phone picks a level for each criterion, and a reload,
 * a dropped connection or the phone closing the tab must not lose them. A form with data-keep-choices="<key>" keeps
 * its checked radio buttons in this browser (localStorage, per person and form) as they are picked; when the page
 * opens again showing other choices, the kept ones are put back and said («Восстановлены уровни…»); once the page
 * shows them itself (saved), the copy is dropped. Kept until then, they outlive a save the server refused. A page
 * answering a refused form shows what was posted and takes nothing back.
 */
(function () {
    'use strict';
    var texts = document.getElementById('draft-texts');
    if (!texts) {
        return;
    }
    var owner = texts.getAttribute('data-owner');
    var refused = texts.getAttribute('data-postback') === 'true';

    function storageKey(form) {
        return 'lms.choices:' + owner + ':' + form.getAttribute('data-keep-choices');
    }

    function read(form) {
        try {
            return JSON.parse(window.localStorage.getItem(storageKey(form))) || {};
        } catch (e) {
            return {};
        }
    }

    function keep(form) {
        var chosen = {};
        Array.prototype.forEach.call(form.querySelectorAll('input[type=radio]:checked'), function (radio) {
            chosen[radio.name] = radio.value;
        });
        try {
            window.localStorage.setItem(storageKey(form), JSON.stringify(chosen));
        } catch (e) {
            // storage full or switched off: nothing more to do
        }
    }

    function forget(form) {
        try {
            window.localStorage.removeItem(storageKey(form));
        } catch (e) {
            // nothing kept
        }
    }

    function restore(form) {
        var kept = read(form);
        var changed = false;
        var names = Object.keys(kept);
        var same = names.every(function (name) {
            var checked = form.querySelector('input[type=radio][name="' + CSS.escape(name) + '"]:checked');
            return checked && checked.value === kept[name];
        });
        if (same) {
            // the page shows them already (saved): nothing to bring back any more
            forget(form);
            return;
        }
        Object.keys(kept).forEach(function (name) {
            var radios = Array.prototype.filter.call(form.querySelectorAll('input[type=radio]'), function (r) {
                return r.name === name;
            });
            var wanted = radios.filter(function (r) { return r.value === kept[name]; })[0];
            if (wanted && !wanted.disabled && !wanted.checked) {
                wanted.checked = true;
                changed = true;
            }
        });
        var notice = form.querySelector('[data-choices-restored]');
        if (changed && notice) {
            notice.textContent = notice.getAttribute('data-choices-restored');
            notice.hidden = false;
        }
    }

    Array.prototype.forEach.call(document.querySelectorAll('form[data-keep-choices]'), function (form) {
        if (!refused) {
            restore(form);
        }
        form.addEventListener('change', function (event) {
            if (event.target.type === 'radio') {
                keep(form);
            }
        });
    });
}());
