/*
 * Typed work is never lost (issue #18). Every field with data-draft="<key>" is kept twice while it is typed:
 *  - on the server (/drafts), two seconds after the last change and when the field is left, so it survives an
 *    expired page, an expired session, a restart and a lost cluster instance; the status next to the field says
 *    «Черновик сохранён в 14:32»;
 *  - in this browser (localStorage, per person and field), the last resort when the server cannot be reached or the
 *    session has ended. It is only ever offered back, never applied silently.
 * When the page opens, a server draft that differs from what the page shows is put into the field with a notice and
 * a way back; a draft equal to what the page shows is not needed any more and is dropped, unless the page is the
 * answer to a form the server refused (data-postback): then the field shows the typed text, not its record's, and
 * the draft is all that keeps it. Another tab typing into the same field is noticed here (the browser copy's storage
 * event) and said, with a way to take its text, so a save here does not silently replace it. The texts come from
 * the page (#draft-texts), in the person's language.
 */
(function () {
    'use strict';
    var texts = document.getElementById('draft-texts');
    if (!texts || !window.fetch) {
        return;
    }
    var owner = texts.getAttribute('data-owner');
    var base = texts.getAttribute('data-url');
    var refused = texts.getAttribute('data-postback') === 'true';
    var DELAY = 2000;

    function say(name, value) {
        return (texts.getAttribute('data-' + name) || '').replace('{0}', value || '');
    }

    function localKey(key) {
        return 'lms.draft:' + owner + ':' + key;
    }

    function readLocal(key) {
        try {
            return JSON.parse(window.localStorage.getItem(localKey(key)));
        } catch (e) {
            return null;
        }
    }

    function writeLocal(key, text) {
        try {
            window.localStorage.setItem(localKey(key), JSON.stringify({text: text, at: Date.now()}));
        } catch (e) {
            // storage full or switched off: the server copy still works
        }
    }

    function dropLocal(key) {
        try {
            window.localStorage.removeItem(localKey(key));
        } catch (e) {
            // nothing to drop
        }
    }

    function clock(millis) {
        var d = new Date(millis);
        return ('0' + d.getHours()).slice(-2) + ':' + ('0' + d.getMinutes()).slice(-2);
    }

    function request(method, params) {
        var body = new URLSearchParams(params);
        var url = method === 'GET' ? base + '?' + body.toString() : base;
        return fetch(url, {
            method: method, credentials: 'same-origin', redirect: 'manual', cache: 'no-store',
            headers: method === 'GET' ? {'X-Draft': '1'}
                : {'X-Draft': '1', 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'},
            body: method === 'GET' ? undefined : body.toString()
        }).then(function (response) {
            // The sign-in page instead of an answer: the session has ended.
            if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
                throw {signedOut: true};
            }
            if (response.status === 204) {
                return null;
            }
            if (!response.ok || (response.headers.get('Content-Type') || '').indexOf('json') < 0) {
                throw {failed: response.status + ' ' + response.headers.get('Content-Type')};
            }
            return response.json();
        });
    }

    function Field(field) {
        this.field = field;
        this.key = field.getAttribute('data-draft');
        this.timer = null;
        this.sent = field.value;
        this.status = document.createElement('p');
        this.status.className = 'draft-status hint';
        this.status.id = field.id + '-draft';
        this.status.setAttribute('role', 'status');
        this.status.setAttribute('aria-live', 'polite');
        field.parentNode.insertBefore(this.status, field.nextSibling);
        var described = field.getAttribute('aria-describedby');
        field.setAttribute('aria-describedby', (described ? described + ' ' : '') + this.status.id);
        var self = this;
        field.addEventListener('input', function () {
            writeLocal(self.key, field.value);
            clearTimeout(self.timer);
            self.timer = setTimeout(function () { self.save(); }, DELAY);
        });
        field.addEventListener('blur', function () { self.save(); });
        window.addEventListener('online', function () { self.save(); });
        window.addEventListener('storage', function (event) {
            if (event.key === localKey(self.key) && event.newValue) {
                self.otherTab(event.newValue);
            }
        });
    }

    /**
     * Another tab of this browser typed into the same field: say so once, and offer its latest text (the other tab
     * writes at every key, and the notice is read out, so it is not written again while it is shown).
     */
    Field.prototype.otherTab = function (stored) {
        var other;
        try {
            other = JSON.parse(stored);
        } catch (e) {
            return;
        }
        if (!other || typeof other.text !== 'string' || other.text === this.field.value) {
            return;
        }
        this.otherText = other.text;
        if (this.status.getAttribute('data-other-tab') === 'shown') {
            return;
        }
        var field = this.field;
        var self = this;
        this.show(say('other-tab', clock(other.at)), [{label: say('other-tab-take'), run: function () {
            field.value = self.otherText;
            self.show('');
            self.save();
        }}]);
        this.status.setAttribute('data-other-tab', 'shown');
    };

    Field.prototype.show = function (text, actions) {
        this.status.textContent = text;
        this.status.removeAttribute('data-other-tab');
        var self = this;
        (actions || []).forEach(function (action) {
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'button link';
            button.textContent = action.label;
            button.addEventListener('click', function () {
                action.run();
                self.field.focus();
            });
            self.status.appendChild(document.createTextNode(' '));
            self.status.appendChild(button);
        });
    };

    Field.prototype.save = function () {
        clearTimeout(this.timer);
        var text = this.field.value;
        if (text === this.sent) {
            return;
        }
        var self = this;
        request('POST', {key: this.key, text: text}).then(function (answer) {
            self.sent = text;
            var local = readLocal(self.key);
            if (local && local.text === text) {
                dropLocal(self.key);
            }
            self.show(say('saved', answer.time));
        }, function (problem) {
            self.show(say(problem && problem.signedOut ? 'signed-out' : navigator.onLine === false ? 'offline' : 'failed'));
            // For whoever looks into a failure (developer tools, tests): what went wrong, in no user's language.
            self.status.setAttribute('data-problem', String(problem && (problem.failed || problem.message) || problem));
        });
    };

    /** What the server kept differs from what the page shows: put it back, with a way to the page's own text. */
    Field.prototype.restore = function (draft) {
        var field = this.field;
        var shown = field.value;
        var self = this;
        if (draft.text === shown) {
            if (!refused) {
                request('POST', {key: this.key, discard: '1'}).catch(function () { /* dropped next time */ });
            }
            return;
        }
        field.value = draft.text;
        this.sent = draft.text;
        this.show(say('restored', draft.time), [{label: say('undo'), run: function () {
            field.value = shown;
            self.sent = shown;
            request('POST', {key: self.key, discard: '1'}).catch(function () { /* dropped next time */ });
            dropLocal(self.key);
            self.show(say('undone'));
        }}]);
    };

    /** The browser's copy, only when it holds text that neither the page nor the server has: offered, not applied. */
    Field.prototype.offerLocal = function (serverAt) {
        var local = readLocal(this.key);
        var field = this.field;
        var self = this;
        if (!local || typeof local.text !== 'string') {
            return;
        }
        if (local.text === field.value || (serverAt && local.at <= serverAt)) {
            dropLocal(this.key);
            return;
        }
        this.show(say('local', clock(local.at)), [
            {label: say('local-restore'), run: function () {
                field.value = local.text;
                self.show('');
                self.save();
            }},
            {label: say('local-drop'), run: function () {
                dropLocal(self.key);
                self.show('');
            }}]);
    };

    Array.prototype.forEach.call(document.querySelectorAll('[data-draft]'), function (element) {
        var field = new Field(element);
        request('GET', {key: field.key}).then(function (draft) {
            if (draft) {
                field.restore(draft);
            }
            field.offerLocal(draft ? Date.parse(draft.savedAt) : 0);
        }, function () {
            field.offerLocal(0);
        });
    });
}());
