/*
 * Two small helps for forms that send files, so a trainee on a slow line does not wait to learn what the server would
 * say anyway. The server checks everything again; this only saves the upload.
 *  - A file input with data-max-bytes refuses a file over the limit at once, with the message from the page.
 *  - A form with class "once" disables its buttons after it was sent, so a double click does not send it twice.
 */
(function () {
    'use strict';
    document.addEventListener('change', function (event) {
        var input = event.target;
        if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) {
            return;
        }
        var max = Number(input.getAttribute('data-max-bytes'));
        var error = input.form ? input.form.querySelector('[data-too-large]') : null;
        var tooLarge = Array.prototype.filter.call(input.files, function (f) { return f.size > max; });
        if (error) {
            error.textContent = tooLarge.length === 0 ? '' : tooLarge.map(function (f) {
                return error.getAttribute('data-too-large').replace('{0}', f.name)
                    .replace('{1}', error.getAttribute('data-limit'));
            }).join(' ');
        }
        if (tooLarge.length > 0) {
            input.value = '';
        }
    });
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.classList || !form.classList.contains('once')) {
            return;
        }
        // After the browser has taken the pressed button into the request: disabling it earlier would drop it.
        setTimeout(function () {
            Array.prototype.forEach.call(form.querySelectorAll('input[type=submit], button'), function (b) {
                b.disabled = true;
                b.setAttribute('aria-busy', 'true');
            });
        }, 0);
    });
}());
