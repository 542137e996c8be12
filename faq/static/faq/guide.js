/* Know-your-rights guides: keep the guide for offline reading (a service worker whose scope is
   this guide only) and print the wallet card. The guide works without this file. */
(function () {
  "use strict";
  var root = document.querySelector("[data-guide]");
  if (!root) return;

  var print = document.querySelector("[data-print]");
  if (print && window.print) {
    print.hidden = false;
    print.addEventListener("click", function () {
      window.print();
    });
  }

  if (!("serviceWorker" in navigator)) return;
  var scope = root.getAttribute("data-scope");
  navigator.serviceWorker
    .register(root.getAttribute("data-worker"), { scope: scope })
    .then(function () {
      return navigator.serviceWorker.ready;
    })
    .then(function (registration) {
      var pictures = Array.prototype.map.call(document.images, function (img) {
        return img.currentSrc;
      });
      if (registration.active) registration.active.postMessage({ keep: pictures.filter(Boolean) });
      var status = document.querySelector("[data-offline-status]");
      var text = document.querySelector("[data-offline-saved]");
      if (status && text) {
        status.textContent = text.content.textContent;
        status.hidden = false;
      }
      root.setAttribute("data-offline-ready", "");
    })
    .catch(function () {
      /* No offline copy: the guide still reads online. */
    });
})();
