/*
 * Check-in by code that survives a lost connection. A typed code is first put into a queue in localStorage with the
 * moment it was typed, then sent to /attendance/checkin-send with its age (how long ago it was typed, by the phone's
 * own count, so a wrong clock on the phone does not matter). If the phone is offline, or the server cannot be
 * reached, the code stays queued and the page says so; it is sent when the browser reports the network back
 * ("online"), and on the next opening of the page. The server applies the rules of a QR code scanned offline.
 * A service worker (checkin-sw.js) keeps this page, so it opens with no network at all.
 */
(function () {
    'use strict';
    var box = document.getElementById('checkin-offline');
    var form = document.getElementById('typed');
    if (!box || !window.localStorage || !window.fetch) {
        return;
    }
    var KEY = 'lms.checkin.queue';
    var person = box.getAttribute('data-person');
    var status = document.getElementById('checkin-status');
    var detail = document.getElementById('checkin-detail');
    var sending = false;
    var retry = null;

    if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register(box.getAttribute('data-worker'), {scope: box.getAttribute('data-scope')})
            .catch(function () { /* the page still works online */ });
    }

    function queue() {
        try {
            return JSON.parse(localStorage.getItem(KEY)) || [];
        } catch (e) {
            return [];
        }
    }

    function keep(items) {
        localStorage.setItem(KEY, JSON.stringify(items));
    }

    function show(text, kind, more) {
        status.className = 'checkin-status' + (kind ? ' ' + kind : '');
        status.textContent = text || '';
        detail.textContent = more || '';
    }

    /* The browser may think it is online on a line that carries nothing: try again now and then as well. */
    function waiting() {
        show(box.getAttribute('data-queued'), 'msg-warn');
        if (retry === null) {
            retry = setTimeout(function () {
                retry = null;
                send();
            }, 30000);
        }
    }

    function send() {
        if (sending) {
            return;
        }
        var mine = queue().filter(function (item) { return item.person === person; });
        if (mine.length === 0) {
            return;
        }
        if (navigator.onLine === false) {
            waiting();
            return;
        }
        var item = mine[0];
        sending = true;
        show(box.getAttribute('data-sending'));
        var body = new URLSearchParams();
        body.set('code', item.code);
        body.set('age', String(Math.max(0, Date.now() - item.at)));
        body.set('person', person);
        var abort = window.AbortController ? new AbortController() : null;
        var timer = abort ? setTimeout(function () { abort.abort(); }, 20000) : null;
        fetch(box.getAttribute('data-send'), {
            method: 'POST', body: body, credentials: 'same-origin', redirect: 'error',
            headers: {'X-LMS-Check-In': 'queued'}, signal: abort ? abort.signal : undefined
        }).then(function (response) {
            if (!response.ok) {
                throw new Error('HTTP ' + response.status); // signed out, say: kept for later
            }
            return response.json();
        }).then(function (answer) {
            clearTimeout(timer);
            keep(queue().filter(function (other) { return other.id !== item.id; }));
            sending = false;
            show(answer.message, answer.outcome === 'marked' ? 'msg-info' : 'msg-error', answer.detail);
            if (answer.outcome === 'marked' && form) {
                form.hidden = true;
                form.style.display = 'none'; // the card's own display would show it still
            }
            send();
        }, function () {
            clearTimeout(timer);
            sending = false;
            waiting();
        });
    }

    if (form) {
        form.addEventListener('submit', function (event) {
            var input = form.querySelector('input[type=text]');
            var code = input ? input.value.trim() : '';
            if (code === '') {
                return; // the server says what is missing, next to the field
            }
            event.preventDefault();
            var items = queue();
            items.push({id: Date.now() + '-' + Math.random().toString(36).slice(2), person: person, code: code,
                at: Date.now()});
            keep(items);
            input.value = '';
            send();
        });
    }
    window.addEventListener('online', send);
    send();
}());
