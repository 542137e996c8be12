// "Copy text" buttons: shown only when JavaScript runs; without it the text stays selectable.
(function () {
  var status = document.querySelector("[data-copy-status]");
  function announce(message) {
    if (status) { status.textContent = ""; status.textContent = message; }
  }
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field) { return; }
    button.hidden = false;
    var label = button.textContent;
    button.addEventListener("click", function () {
      var done = function () {
        button.textContent = button.getAttribute("data-copied") || label;
        announce(button.textContent);
        setTimeout(function () { button.textContent = label; }, 2500);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, function () { field.select(); });
      } else {
        field.select();
        try { document.execCommand("copy"); done(); } catch (e) { /* selected: the visitor copies */ }
      }
    });
  });
})();
