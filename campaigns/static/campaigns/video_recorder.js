/* Video answers: record in the browser and send with a progress bar. Without this script the
   form uploads the chosen file as any multipart form does. With it, where the browser can
   record (MediaRecorder, getUserMedia), the recorder appears; the recording, or a chosen file,
   is sent with the same form's fields through FormData (XMLHttpRequest, whose upload reports
   progress). A refusal brings the form back as the server wrote it: its message, fresh tokens.
   Messages come translated in the recorder's data-msg-* attributes. */
(function () {
  "use strict";
  var recorderBox = document.querySelector("[data-recorder]");
  var recorded = null; // {blob, name}

  function form() {
    return document.querySelector("form[data-video-form]");
  }

  function say(target, text) {
    if (target) target.textContent = text;
  }

  function message(name) {
    return recorderBox ? recorderBox.getAttribute("data-msg-" + name) || "" : "";
  }

  function canRecord() {
    return (
      window.MediaRecorder &&
      navigator.mediaDevices &&
      navigator.mediaDevices.getUserMedia &&
      window.FormData &&
      window.XMLHttpRequest
    );
  }

  function recordingType() {
    var types = ["video/webm;codecs=vp8,opus", "video/webm", "video/mp4"];
    for (var i = 0; i < types.length; i++) {
      if (MediaRecorder.isTypeSupported(types[i])) return types[i];
    }
    return "";
  }

  function setUpRecorder() {
    var view = recorderBox.querySelector("video");
    var status = recorderBox.querySelector("[data-status]");
    var timer = recorderBox.querySelector("[data-timer]");
    var buttons = {
      camera: recorderBox.querySelector("[data-camera]"),
      record: recorderBox.querySelector("[data-record]"),
      stop: recorderBox.querySelector("[data-stop]"),
      discard: recorderBox.querySelector("[data-discard]"),
    };
    var maxSeconds = parseInt(recorderBox.getAttribute("data-max-seconds"), 10) || 120;
    var stream = null;
    var recorder = null;
    var ticking = null;

    function show(visible) {
      Object.keys(buttons).forEach(function (name) {
        buttons[name].hidden = visible.indexOf(name) === -1;
      });
    }

    function live() {
      if (view.src) URL.revokeObjectURL(view.src);
      view.removeAttribute("src");
      view.controls = false;
      view.muted = true;
      view.srcObject = stream;
      view.hidden = false;
      view.play().catch(function () {});
    }

    buttons.camera.addEventListener("click", function () {
      // The form's start token counts the time taken from now: fetched before the recording.
      fetchTokens(form()).catch(function () {});
      navigator.mediaDevices
        .getUserMedia({ video: { width: { ideal: 640 }, height: { ideal: 480 } }, audio: true })
        .then(function (granted) {
          stream = granted;
          live();
          show(["record"]);
          say(status, message("camera-on"));
          buttons.record.focus();
        })
        .catch(function () {
          say(status, message("no-camera"));
        });
    });

    buttons.record.addEventListener("click", function () {
      var chunks = [];
      var type = recordingType();
      recorder = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
      recorder.addEventListener("dataavailable", function (event) {
        if (event.data && event.data.size) chunks.push(event.data);
      });
      recorder.addEventListener("stop", function () {
        clearInterval(ticking);
        var blobType = (recorder.mimeType || type || "video/webm").split(";")[0];
        var blob = new Blob(chunks, { type: blobType });
        recorded = { blob: blob, name: "recording." + (blobType === "video/mp4" ? "mp4" : "webm") };
        view.srcObject = null;
        view.src = URL.createObjectURL(blob);
        view.muted = false;
        view.controls = true;
        say(timer, "");
        show(["discard"]);
        say(status, message("recorded"));
        buttons.discard.focus();
      });
      recorder.start(1000);
      var started = Date.now();
      say(status, message("recording"));
      ticking = setInterval(function () {
        var seconds = Math.floor((Date.now() - started) / 1000);
        say(timer, Math.floor(seconds / 60) + ":" + ("0" + (seconds % 60)).slice(-2));
        // A little before the limit: the server measures the file, not this clock.
        if (seconds >= maxSeconds - 2 && recorder.state === "recording") recorder.stop();
      }, 250);
      show(["stop"]);
      buttons.stop.focus();
    });

    buttons.stop.addEventListener("click", function () {
      if (recorder && recorder.state === "recording") recorder.stop();
    });

    buttons.discard.addEventListener("click", function () {
      recorded = null;
      live();
      show(["record"]);
      say(status, message("camera-on"));
      buttons.record.focus();
    });

    recorderBox.hidden = false;
  }

  function fetchTokens(target) {
    var started = target.elements.namedItem("started");
    if (!started || started.value) return Promise.resolve();
    return fetch(target.getAttribute("data-tokens"), {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (tokens) {
        Object.keys(tokens).forEach(function (name) {
          var field = target.elements.namedItem(name);
          if (field) field.value = tokens[name];
        });
      });
  }

  function replaceForm(target, html) {
    var answer = new DOMParser().parseFromString(html, "text/html");
    var fresh = answer.querySelector("form[data-video-form]");
    if (!fresh) return false;
    target.replaceWith(document.importNode(fresh, true));
    var errors = form().querySelector("#form-errors") || form().querySelector(".field-error");
    if (errors) {
      errors.setAttribute("tabindex", "-1");
      errors.focus();
    }
    return true;
  }

  function send(target) {
    var data = new FormData(target);
    if (recorded) data.set("video", recorded.blob, recorded.name);
    var progressBox = target.querySelector("[data-progress]");
    var progress = progressBox.querySelector("progress");
    var status = target.querySelector("[data-send-status]");
    var button = target.querySelector("button[type=submit]");
    var request = new XMLHttpRequest();
    request.open("POST", target.getAttribute("action"));
    request.upload.addEventListener("progress", function (event) {
      if (event.lengthComputable) progress.value = Math.round((event.loaded / event.total) * 100);
    });
    request.addEventListener("load", function () {
      if (request.status === 200 && request.responseURL) {
        window.location.assign(request.responseURL);
      } else if (!replaceForm(target, request.responseText)) {
        failed();
      }
    });
    request.addEventListener("error", failed);
    function failed() {
      progressBox.hidden = true;
      button.disabled = false;
      say(status, message("failed"));
    }
    progressBox.hidden = false;
    progress.value = 0;
    button.disabled = true;
    say(status, message("sending"));
    request.send(data);
  }

  if (!window.FormData || !window.XMLHttpRequest) return;
  // Capture: before form_tokens.js's own submit handler, which would submit natively.
  document.addEventListener(
    "submit",
    function (event) {
      var target = event.target;
      if (!target.matches || !target.matches("form[data-video-form]")) return;
      event.preventDefault();
      event.stopPropagation();
      fetchTokens(target)
        .then(function () {
          send(target);
        })
        .catch(function () {
          target.submit(); // no tokens: the server answers with the form and them
        });
    },
    true
  );
  if (recorderBox && canRecord()) setUpRecorder();
})();
