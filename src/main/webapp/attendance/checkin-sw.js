/*
 * Keeps the check-in page for a phone with no network (scope /attendance/; see checkin.js). Only the check-in page
 * and what it loads are handled. The page is fetched from the network first (it is personal and changes) and the
 * last copy is given when the network fails; its stylesheets and scripts never change under their versioned
 * addresses. The page and what it loads are also kept when the worker is installed, so the very first visit is
 * enough. A copy is kept only of the real page, never of a sign-in page answered in its place; a sign-out (a
 * redirect) forgets it.
 */
'use strict';
var CACHE = 'lms-checkin-v1';
var PAGE = new URL('checkin.xhtml', self.registration.scope).pathname;
var MARK = 'id="checkin-offline"';

function keepPage(response) {
    return response.clone().text().then(function (html) {
        if (html.indexOf(MARK) < 0) {
            return [];
        }
        return caches.open(CACHE).then(function (cache) {
            return cache.put(PAGE, response.clone());
        }).then(function () {
            return (html.match(/(?:href|src)="[^"]*\/jakarta\.faces\.resource\/[^"]*"/g) || []).map(function (attr) {
                return attr.replace(/^(?:href|src)="/, '').replace(/"$/, '').replace(/&amp;/g, '&');
            });
        });
    });
}

self.addEventListener('install', function (event) {
    self.skipWaiting();
    event.waitUntil(fetch(PAGE, {credentials: 'same-origin'}).then(function (response) {
        return response.ok && !response.redirected ? keepPage(response) : [];
    }).then(function (resources) {
        return caches.open(CACHE).then(function (cache) {
            return Promise.all(resources.map(function (url) {
                return cache.add(url).catch(function () { /* kept on its next use */ });
            }));
        });
    }).catch(function () { /* kept on the next visit */ }));
});

self.addEventListener('activate', function (event) {
    event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', function (event) {
    var request = event.request;
    var url = new URL(request.url);
    var page = url.pathname === PAGE;
    if (request.method !== 'GET' || url.origin !== self.location.origin
            || !(page || url.pathname.indexOf('/jakarta.faces.resource/') >= 0)) {
        return;
    }
    var key = page ? PAGE : request.url;
    event.respondWith(fetch(request).then(function (response) {
        if (page && response.ok && response.type === 'basic' && !response.redirected) {
            keepPage(response);
        } else if (page) {
            caches.delete(CACHE); // signed out, or refused: keep nobody's page
        } else if (response.ok) {
            var copy = response.clone();
            caches.open(CACHE).then(function (cache) { return cache.put(key, copy); });
        }
        return response;
    }).catch(function (failure) {
        return caches.open(CACHE).then(function (cache) {
            return cache.match(key, {ignoreVary: true, ignoreSearch: page});
        }).then(function (kept) {
            if (kept) {
                return kept;
            }
            throw failure;
        });
    }));
});
