/* The asylum journey map. The page is complete without this file: it only adds the map,
   the path highlight and one-question-at-a-time answers, on top of the ordered list. */
(function () {
  "use strict";
  var root = document.querySelector("[data-journey]");
  if (!root || !root.querySelector("[data-journey-graph]")) return;

  var map = root.querySelector("[data-journey-map]");
  var graph = root.querySelector("[data-journey-graph]");
  var edges = root.querySelector("[data-journey-edges]");
  var nodes = Array.prototype.slice.call(graph.querySelectorAll("[data-stage]"));
  var byKey = {};
  nodes.forEach(function (node) { byKey[node.dataset.stage] = node; });
  var panels = {};
  Array.prototype.forEach.call(root.querySelectorAll("[data-stage-panel]"), function (panel) {
    panels[panel.dataset.stagePanel] = panel;
  });
  var live = document.createElement("p");
  live.className = "visually-hidden";
  live.setAttribute("aria-live", "polite");
  root.appendChild(live);
  var reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var empty = root.querySelector("[data-journey-empty]");
  var openKey = null;
  var pathKeys = null; // the chosen path's stage ids, in order, or null for every stage

  function say(template, values) {
    live.textContent = template.replace(/\{(\w+)\}/g, function (_m, name) {
      return values[name] === undefined ? "" : values[name];
    });
  }

  function order() {
    return pathKeys ? pathKeys.map(function (key) { return byKey[key]; }).filter(Boolean) : nodes;
  }

  function setTabStop(node) {
    nodes.forEach(function (other) { other.tabIndex = other === node ? 0 : -1; });
  }

  function close(returnFocus) {
    if (!openKey) return;
    var node = byKey[openKey];
    panels[openKey].classList.remove("is-open");
    node.setAttribute("aria-expanded", "false");
    openKey = null;
    empty.hidden = false;
    say(root.dataset.msgClosed, {});
    if (window.location.hash) history.replaceState(null, "", window.location.pathname + window.location.search);
    if (returnFocus) node.focus();
  }

  function open(key, options) {
    var node = byKey[key];
    var panel = panels[key];
    if (!node || !panel) return false;
    options = options || {};
    if (openKey && openKey !== key) {
      panels[openKey].classList.remove("is-open");
      byKey[openKey].setAttribute("aria-expanded", "false");
    }
    openKey = key;
    empty.hidden = true;
    panel.classList.add("is-open");
    node.setAttribute("aria-expanded", "true");
    setTabStop(node);
    if (options.updateUrl !== false && window.location.hash !== "#stage-" + key) {
      history.pushState(null, "", "#stage-" + key);
    }
    say(root.dataset.msgOpen, { number: node.dataset.number, total: nodes.length, title: node.dataset.title });
    if (options.focus !== false) {
      var heading = panel.querySelector("h3");
      heading.focus({ preventScroll: true });
      panel.scrollIntoView({ behavior: reduced ? "auto" : "smooth", block: "nearest" });
    }
    return true;
  }

  // Keyboard: arrows move along the stages (or the chosen path), Enter opens, Escape closes.
  graph.addEventListener("keydown", function (event) {
    var list = order();
    var index = list.indexOf(document.activeElement);
    var target = null;
    if (event.key === "ArrowRight" || event.key === "ArrowDown") target = list[Math.min(index + 1, list.length - 1)] || list[0];
    else if (event.key === "ArrowLeft" || event.key === "ArrowUp") target = list[Math.max(index - 1, 0)] || list[0];
    else if (event.key === "Home") target = list[0];
    else if (event.key === "End") target = list[list.length - 1];
    if (target) {
      event.preventDefault();
      setTabStop(target);
      target.focus();
    }
  });
  graph.addEventListener("click", function (event) {
    var node = event.target.closest("[data-stage]");
    if (!node) return;
    if (openKey === node.dataset.stage) close(false);
    else open(node.dataset.stage);
  });
  root.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && openKey) {
      event.preventDefault();
      close(true);
    }
  });
  root.addEventListener("click", function (event) {
    var closer = event.target.closest("[data-journey-close]");
    if (closer) close(true);
  });

  // Links to a stage (next stages, paths, answers) open it on the map.
  root.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-goto]");
    if (link && byKey[link.dataset.goto]) {
      event.preventDefault();
      open(link.dataset.goto);
    }
  });

  function fromHash() {
    var match = /^#stage-([a-z0-9-]+)$/.exec(window.location.hash);
    if (match) open(match[1], { updateUrl: false });
    else {
      var path = /^#path-([a-z0-9-]+)$/.exec(window.location.hash);
      if (path) choosePath(path[1]);
      var question = /^#question-([a-z0-9-]+)$/.exec(window.location.hash);
      if (question && askQuestion) askQuestion(question[1], true);
      if (openKey && !path) close(false);
    }
  }
  window.addEventListener("hashchange", fromHash);
  window.addEventListener("popstate", fromHash);

  // Paths.
  var radios = Array.prototype.slice.call(root.querySelectorAll('input[name="journey-path"]'));
  function highlight() {
    var on = {};
    var steps = {};
    (pathKeys || []).forEach(function (key, i) {
      on[key] = true;
      if (i > 0) steps[pathKeys[i - 1] + ">" + key] = true;
    });
    root.classList.toggle("journey--path", !!pathKeys);
    nodes.forEach(function (node) { node.classList.toggle("is-on-path", !!on[node.dataset.stage]); });
    Array.prototype.forEach.call(edges.querySelectorAll("path"), function (line) {
      line.classList.toggle("is-on-path", !!steps[line.dataset.step]);
    });
  }
  function choosePath(key) {
    var radio = radios.filter(function (r) { return r.value === key; })[0];
    if (!radio) return;
    radio.checked = true;
    pathKeys = key ? radio.dataset.stages.split(" ") : null;
    highlight();
    if (pathKeys) {
      setTabStop(byKey[pathKeys[0]]);
      say(root.dataset.msgPath, { title: radio.dataset.title, count: pathKeys.length });
    } else say(root.dataset.msgAll, {});
  }
  radios.forEach(function (radio) {
    radio.addEventListener("change", function () { choosePath(radio.value); });
  });

  // The lines between stages: drawn from the buttons' positions, redrawn when they move.
  var SVG = "http://www.w3.org/2000/svg";
  function draw() {
    while (edges.firstChild) edges.removeChild(edges.firstChild);
    var box = graph.getBoundingClientRect();
    var rtl = getComputedStyle(graph).direction === "rtl";
    nodes.forEach(function (node) {
      var a = node.getBoundingClientRect();
      (node.dataset.next || "").split(" ").forEach(function (key) {
        var target = byKey[key];
        if (!target) return;
        var b = target.getBoundingClientRect();
        var x1 = a.left + a.width / 2 - box.left, x2 = b.left + b.width / 2 - box.left;
        var d;
        if (b.top > a.top) {
          var y1 = a.bottom - box.top, y2 = b.top - box.top, mid = (y1 + y2) / 2;
          d = "M" + x1 + " " + y1 + " C" + x1 + " " + mid + " " + x2 + " " + mid + " " + x2 + " " + y2;
        } else {
          // A step back (a case sent on to court): a loop along the side of the map.
          var side = rtl ? box.width - 4 : 4;
          var ya = a.top + a.height / 2 - box.top, yb = b.top + b.height / 2 - box.top;
          var xa = rtl ? a.right - box.left : a.left - box.left, xb = rtl ? b.right - box.left : b.left - box.left;
          d = "M" + xa + " " + ya + " C" + side + " " + ya + " " + side + " " + yb + " " + xb + " " + yb;
        }
        var line = document.createElementNS(SVG, "path");
        line.setAttribute("d", d);
        line.dataset.step = node.dataset.stage + ">" + key;
        edges.appendChild(line);
      });
    });
    highlight();
  }

  // "Where am I?": one question at a time; the last answer opens the visitor's stage.
  var finder = root.querySelector("[data-journey-finder]");
  var askQuestion = null;
  if (finder) {
    var questions = Array.prototype.slice.call(finder.querySelectorAll("[data-question]"));
    var restart = finder.querySelector("[data-journey-restart]");
    var ask = function (id, focus) {
      questions.forEach(function (q) { q.hidden = q.dataset.question !== id; });
      restart.parentNode.hidden = id === questions[0].dataset.question;
      if (focus) document.getElementById("question-" + id + "-text").focus();
    };
    askQuestion = function (id, focus) {
      if (questions.some(function (q) { return q.dataset.question === id; })) ask(id, focus);
    };
    ask(questions[0].dataset.question, false);
    finder.addEventListener("click", function (event) {
      var link = event.target.closest("a[data-ask]");
      if (link) {
        event.preventDefault();
        ask(link.dataset.ask, true);
      }
    });
    restart.addEventListener("click", function () { ask(questions[0].dataset.question, true); });
  }

  // Switch on: the map appears, the list becomes the details beside (or below) it.
  root.classList.add("journey--js");
  map.hidden = false;
  empty.hidden = false;
  Array.prototype.forEach.call(root.querySelectorAll(".journey-close, .journey-list-toggle"), function (p) { p.hidden = false; });
  var listButton = root.querySelector("[data-journey-list]");
  listButton.addEventListener("click", function () {
    var all = root.classList.toggle("journey--list");
    listButton.setAttribute("aria-pressed", all ? "true" : "false");
  });
  setTabStop(nodes[0]);
  draw();
  if (window.ResizeObserver) new ResizeObserver(draw).observe(graph);
  else window.addEventListener("resize", draw);
  if (window.location.hash) fromHash();
})();
