/* Public forms: the page is the same for every visitor (the page cache keeps it), so the
   form's own tokens, single-use, are fetched when the visitor starts on it and put into its
   hidden fields. A form shown again after a mistake already holds fresh ones. Should the
   fetch fail, the form is sent without them and comes back with them (campaigns.form_tokens). */
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("form[data-tokens]"), function (form) {
    var started = form.elements.namedItem("started");
    var pending = null;

    function ready() {
      return !started || started.value !== "";
    }

    function fetchTokens() {
      if (ready()) return Promise.resolve();
      if (!pending) {
        pending = fetch(form.getAttribute("data-tokens"), {
          credentials: "same-origin",
          headers: { Accept: "application/json" },
        })
          .then(function (response) {
            if (!response.ok) throw new Error(response.status);
            return response.json();
          })
          .then(function (tokens) {
            Object.keys(tokens).forEach(function (name) {
              var field = form.elements.namedItem(name);
              if (field) field.value = tokens[name];
            });
          })
          .catch(function () {
            pending = null; // the next focus tries again
          });
      }
      return pending;
    }

    form.addEventListener("focusin", fetchTokens);
    form.addEventListener("submit", function (event) {
      if (ready()) return;
      // Pressed before the tokens arrived (or without focusing a field): send once they have.
      event.preventDefault();
      fetchTokens().then(function () {
        form.submit();
      });
    });
  });
})();
