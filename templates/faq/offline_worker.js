/* The offline copy of one know-your-rights guide. Registered by the guide with the guide's own
   address as its scope, so it sees no other page of the site. It keeps only the guide, its
   wallet card and the files they load, fetched without cookies: nothing personal is stored. */
"use strict";
var PREFIX = {{ cache_prefix|safe }};
var CACHE = PREFIX + {{ version|safe }};
var PRECACHE = {{ precache|safe }};

function cacheable(response) {
  if (!response || !response.ok || response.type !== "basic") return false;
  var control = response.headers.get("Cache-Control") || "";
  return !/no-store|private/.test(control);
}

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches.open(CACHE).then(function (cache) {
      return Promise.all(
        PRECACHE.map(function (url) {
          return fetch(new Request(url, { credentials: "omit" })).then(function (response) {
            if (cacheable(response)) return cache.put(url, response);
          });
        })
      );
    }).then(function () {
      return self.skipWaiting();
    })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (keys) {
      return Promise.all(
        keys.filter(function (key) {
          return key.indexOf(PREFIX) === 0 && key !== CACHE;
        }).map(function (key) {
          return caches.delete(key);
        })
      );
    }).then(function () {
      return self.clients.claim();
    })
  );
});

// The guide sends the pictures it shows (loaded before this worker took control) to keep.
self.addEventListener("message", function (event) {
  var urls = (event.data && event.data.keep) || [];
  event.waitUntil(
    caches.open(CACHE).then(function (cache) {
      return Promise.all(
        urls.filter(function (url) {
          return new URL(url, self.location.href).origin === self.location.origin;
        }).map(function (url) {
          return fetch(new Request(url, { credentials: "omit" })).then(function (response) {
            if (cacheable(response)) return cache.put(url, response);
          }).catch(function () {});
        })
      );
    })
  );
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.indexOf("/documents/") === 0 || request.headers.has("range")) return;
  if (request.mode === "navigate") {
    // The network first, so a connected reader gets the latest version; the copy otherwise.
    event.respondWith(
      fetch(request).then(function (response) {
        if (cacheable(response)) {
          var copy = response.clone();
          caches.open(CACHE).then(function (cache) {
            cache.put(url.pathname, copy);
          });
        }
        return response;
      }).catch(function () {
        return caches.match(url.pathname, { cacheName: CACHE }).then(function (hit) {
          return hit || Response.error();
        });
      })
    );
    return;
  }
  // Files the guide loads (styles, scripts, pictures): the kept copy first.
  event.respondWith(
    caches.match(request, { cacheName: CACHE, ignoreSearch: false }).then(function (hit) {
      return hit || fetch(request).then(function (response) {
        if (cacheable(response)) {
          var copy = response.clone();
          caches.open(CACHE).then(function (cache) {
            cache.put(request, copy);
          });
        }
        return response;
      });
    })
  );
});
