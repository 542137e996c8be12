/* FAQ pages: open the question a link points at; "expand all / collapse all" buttons.
   The questions are native <details>: everything works without this file. */
(function () {
  "use strict";
  var root = document.querySelector("[data-faq]");
  if (!root) return;
  var items = root.querySelectorAll("details.faq-item");

  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    var details = target.closest("details");
    if (details) {
      details.open = true;
      details.scrollIntoView();
      details.querySelector("summary").focus({ preventScroll: true });
    }
  }

  if (items.length > 1) {
    var labels = root.getAttribute("data-labels").split("|");
    var bar = document.createElement("div");
    bar.className = "faq-tools";
    [[labels[0], true], [labels[1], false]].forEach(function (pair) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "button button--small";
      button.textContent = pair[0];
      button.setAttribute("data-expand", pair[1] ? "all" : "none");
      button.addEventListener("click", function () {
        items.forEach(function (item) {
          item.open = pair[1];
        });
      });
      bar.appendChild(button);
    });
    var first = root.querySelector(".faq-section");
    root.insertBefore(bar, first);
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
})();
