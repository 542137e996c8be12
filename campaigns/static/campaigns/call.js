/* Call your officials, without leaving the page: the ZIP code is posted (never put in an
   address) and the officials of the private answer replace the form; "I called" is posted and
   its button says the call is counted. Without this script both forms work as plain posts. */
(function () {
  "use strict";

  function lookupOf(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    return doc.querySelector("[data-call-lookup]");
  }

  function post(form) {
    return fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
    });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.classList.contains("call-zip-form")) {
      event.preventDefault();
      post(form)
        .then(function (response) {
          return response.text();
        })
        .then(function (html) {
          var fresh = lookupOf(html);
          var current = document.querySelector("[data-call-lookup]");
          if (!fresh || !current) return form.submit();
          current.replaceWith(fresh);
          var focus = fresh.querySelector("#officials-heading, .field-error, #call-zip");
          if (focus) focus.focus();
        })
        .catch(function () {
          form.submit();
        });
    } else if (form.hasAttribute("data-called")) {
      event.preventDefault();
      var button = form.querySelector("button");
      button.disabled = true;
      post(form)
        .then(function (response) {
          if (response.ok) {
            var done = form.querySelector(".call-done");
            button.hidden = true;
            done.textContent = done.getAttribute("data-done"); // announced: a live region
            return;
          }
          return response.text().then(function (html) {
            // Refused (too fast, too many): the answer's message, and its fresh tokens.
            var fresh = lookupOf(html);
            var message = fresh && fresh.querySelector(".form-errors");
            var again = fresh && fresh.querySelector(
              "form[data-called] input[name=official][value='" + form.elements.official.value + "']"
            );
            if (again) form.elements.started.value = again.form.elements.started.value;
            var note = form.querySelector(".call-error") || document.createElement("p");
            note.className = "call-error";
            note.setAttribute("role", "alert");
            note.textContent = message ? message.textContent.trim() : "";
            form.appendChild(note);
            button.disabled = false;
          });
        })
        .catch(function () {
          button.disabled = false;
        });
    }
  });
})();
