/*
 * Repeating rows (a plan's services, funding and milestones) are added and removed in place with Ajax; the list that
 * was redrawn names in data-focus the field to continue from (the new row's first field, or the list's add button
 * after a removal), so a keyboard or screen-reader user is not thrown back to the top of the page.
 */
(function () {
    'use strict';
    // The field named last: a later partial update may redraw it and drop the focus to the page; it is put back then.
    var continued = null;
    function focusNamed() {
        var named = false;
        Array.prototype.forEach.call(document.querySelectorAll('[data-focus]'), function (list) {
            var target = list.getAttribute('data-focus') ? document.getElementById(list.getAttribute('data-focus')) : null;
            list.removeAttribute('data-focus');
            if (target) {
                target.focus();
                continued = target.id;
                named = true;
            }
        });
        if (!named && continued) {
            var again = document.getElementById(continued);
            if (again && (!document.activeElement || document.activeElement === document.body)) {
                again.focus();
            }
            continued = null;
        }
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
