/* Title suggestions for the header search box: an enhancement of a plain GET form.
   Debounced, one request at a time (an older one is cancelled), answers cached, given up
   after a while on a slow connection: the form itself always works. */
(function () {
  "use strict";

  var form = document.querySelector("[data-suggest-url]");
  if (!form || !window.fetch || !window.AbortController) return;
  var input = form.querySelector("input[type=search]");
  var list = document.createElement("ul");
  var status = document.createElement("p");
  var cache = {};
  var items = [];
  var active = -1;
  var timer = null;
  var pending = null;
  var MIN = 2;
  var WAIT = 250;
  var GIVE_UP = 8000;

  list.id = input.id + "-suggestions";
  list.className = "suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", form.getAttribute("data-suggest-label") || "");
  list.hidden = true;
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  form.appendChild(list);
  form.appendChild(status);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function choose(index) {
    active = index;
    Array.prototype.forEach.call(list.children, function (option, i) {
      option.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", list.children[index].id);
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function show(suggestions) {
    items = suggestions;
    list.textContent = "";
    suggestions.forEach(function (item, i) {
      var option = document.createElement("li");
      option.id = list.id + "-" + i;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.textContent = item.title;
      option.addEventListener("mousedown", function (event) {
        event.preventDefault(); // keep focus in the box until the page changes
        window.location.href = item.url;
      });
      list.appendChild(option);
    });
    var template = form.getAttribute(suggestions.length === 1 ? "data-suggest-one" : "data-suggest-many") || "";
    status.textContent = suggestions.length ? template.replace("%s", suggestions.length) : "";
    if (suggestions.length) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      choose(-1);
    } else {
      close();
    }
  }

  function lookup(query) {
    if (cache[query]) {
      show(cache[query]);
      return;
    }
    if (pending) pending.abort();
    var controller = new AbortController();
    pending = controller;
    var giveUp = setTimeout(function () {
      controller.abort();
    }, GIVE_UP);
    var url = form.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(query);
    fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.ok ? response.json() : { suggestions: [] };
      })
      .then(function (data) {
        cache[query] = data.suggestions || [];
        if (input.value.trim() === query) show(cache[query]);
      })
      .catch(function () {
        /* cancelled or offline: the search button still works */
      })
      .then(function () {
        clearTimeout(giveUp);
        if (pending === controller) pending = null;
      });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    var query = input.value.trim();
    if (query.length < MIN) {
      if (pending) pending.abort();
      close();
      return;
    }
    timer = setTimeout(function () {
      lookup(query);
    }, WAIT);
  });

  input.addEventListener("keydown", function (event) {
    var open = !list.hidden && items.length;
    if (event.key === "ArrowDown" && open) {
      event.preventDefault();
      choose((active + 1) % items.length);
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      choose(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      window.location.href = items[active].url;
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  });

  input.addEventListener("blur", close);
})();
