/* Letters to decision makers: name the recipients as the visitor types a ZIP code.
   Everything happens in the browser; the ZIP code is sent only with the form. */
(function () {
  "use strict";
  var data = document.getElementById("recipients-data");
  var list = document.querySelector("[data-recipients-list]");
  var zip = document.getElementById("id_postal_code");
  var country = document.getElementById("id_country");
  if (!data || !list || !zip) return;
  data = JSON.parse(data.textContent);
  var fallback = list.querySelector("[data-recipients-state]");
  var fallbackText = fallback ? fallback.textContent : "";

  function stateFor(value) {
    var digits = (value || "").trim().split("-")[0];
    if (!/^\d{5}$/.test(digits)) return "";
    var prefix = parseInt(digits.slice(0, 3), 10);
    for (var i = 0; i < data.zipRanges.length; i++) {
      var r = data.zipRanges[i];
      if (prefix >= parseInt(r[0], 10) && prefix <= parseInt(r[1], 10)) return r[2];
    }
    return "";
  }

  function render() {
    var us = !country || country.value === "US";
    var names = data.byState[us ? stateFor(zip.value) : ""] || [];
    list.textContent = "";
    data.national.concat(names).forEach(function (name) {
      var item = document.createElement("li");
      item.textContent = name;
      list.appendChild(item);
    });
    if (!names.length && fallbackText) {
      var note = document.createElement("li");
      note.textContent = fallbackText;
      list.appendChild(note);
    }
  }

  zip.addEventListener("input", render);
  if (country) country.addEventListener("change", render);
  render();
})();
