/*
 * A form's fields are typed work too (ux.md: never lose typed work). A form with data-keep-fields="<key>" keeps what
 * is typed and chosen in its fields in this browser (localStorage, per person in data-keep-owner and per key) as it
 * changes. Its life:
 *  - a page answering a refused save (data-keep-postback="true") shows what was posted; the copy stays;
 *  - the page opened again (a reload after the refusal, which page.js turned into a plain visit, or a visit after the
 *    tab was closed) shows an empty or older form: the copy is put back and said, with a way to drop it;
 *  - the page after a successful save names the form saved (data-keep-saved="<key>": a correction's, when the page
 *    now shows a new form), and a button marked data-keep-forget (cancel) drops the form's own: only then is a copy
 *    forgotten.
 * Files cannot be put back by a page; the notice asks for the file again. The server checks everything as before.
 */
(function () {
    'use strict';
    var KINDS = ['text', 'date', 'url', 'number', 'email', 'tel', 'search', 'select-one', 'textarea'];

    function storageKey(form, key) {
        return 'lms.fields:' + form.getAttribute('data-keep-owner') + ':' + (key || form.getAttribute('data-keep-fields'));
    }

    function fields(form) {
        return Array.prototype.filter.call(form.elements, function (field) {
            return field.name && KINDS.indexOf(field.type) >= 0 && !field.disabled && !field.readOnly;
        });
    }

    function values(form) {
        var shown = {};
        fields(form).forEach(function (field) {
            shown[field.name] = field.value;
        });
        return shown;
    }

    function read(form) {
        try {
            var kept = JSON.parse(window.localStorage.getItem(storageKey(form)));
            return kept && kept.values ? kept : null;
        } catch (e) {
            return null;
        }
    }

    function keep(form) {
        try {
            window.localStorage.setItem(storageKey(form), JSON.stringify({values: values(form), at: Date.now()}));
        } catch (e) {
            // storage full or switched off: the form works as before
        }
    }

    function forget(form, key) {
        try {
            window.localStorage.removeItem(storageKey(form, key));
        } catch (e) {
            // nothing kept
        }
    }

    function put(form, wanted) {
        fields(form).forEach(function (field) {
            if (Object.prototype.hasOwnProperty.call(wanted, field.name)) {
                field.value = wanted[field.name];
            }
        });
    }

    function restore(form) {
        var kept = read(form);
        if (!kept) {
            return;
        }
        var shown = values(form);
        var differs = Object.keys(kept.values).some(function (name) {
            return Object.prototype.hasOwnProperty.call(shown, name) && shown[name] !== kept.values[name];
        });
        if (!differs) {
            forget(form);
            return;
        }
        put(form, kept.values);
        var notice = form.querySelector('[data-fields-restored]');
        if (!notice) {
            return;
        }
        var when = new Date(kept.at);
        notice.querySelector('[data-fields-text]').textContent = notice.getAttribute('data-fields-restored')
            .replace('{0}', when.toLocaleDateString('ru-RU') + ' ' + when.toLocaleTimeString('ru-RU', {hour: '2-digit', minute: '2-digit'}));
        var drop = notice.querySelector('button');
        drop.onclick = function () {
            put(form, shown);
            forget(form);
            notice.querySelector('[data-fields-text]').textContent = notice.getAttribute('data-fields-dropped');
            drop.hidden = true;
        };
        notice.hidden = false;
    }

    Array.prototype.forEach.call(document.querySelectorAll('form[data-keep-fields]'), function (form) {
        var saved = form.getAttribute('data-keep-saved');
        if (saved) {
            forget(form, saved);
        }
        if (saved !== form.getAttribute('data-keep-fields') && form.getAttribute('data-keep-postback') !== 'true') {
            restore(form);
        }
        form.addEventListener('input', function () { keep(form); });
        form.addEventListener('change', function () { keep(form); });
        Array.prototype.forEach.call(form.querySelectorAll('[data-keep-forget]'), function (button) {
            button.addEventListener('click', function () { forget(form); });
        });
    });
}());
