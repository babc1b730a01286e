/*
 * Self-check answers on the lesson page are checked in place: the button with data-render sends its own form with
 * Faces Ajax and re-renders only the result next to the question (a live region announces it). The page keeps its
 * scroll position, the chosen option and the focus; the server records every attempt as before. Without script the
 * button posts the page as a plain form.
 */
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var button = event.target;
        if (!button.matches || !button.matches('input[data-render], button[data-render]') || !window.faces
                || !button.form) {
            return;
        }
        event.preventDefault();
        var form = button.form;
        var sep = window.faces.separatorchar || ':';
        window.faces.ajax.request(button, event, {
            execute: '@form',
            render: form.id + sep + button.getAttribute('data-render')
        });
    });
}());
