/* Border Humanity: small enhancements. Every page works without this file. */
(function () {
  "use strict";

  // Menu: a <details> that is a toggle on small screens and always open on wide ones.
  var menu = document.querySelector("[data-menu]");
  if (menu && window.matchMedia) {
    var wide = window.matchMedia("(min-width: 60em)");
    var sync = function () {
      menu.open = wide.matches;
    };
    sync();
    if (wide.addEventListener) wide.addEventListener("change", sync);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.open && !wide.matches) {
        menu.open = false;
        menu.querySelector("summary").focus();
      }
    });
  }

  // Video: nothing loads from the video site until the visitor presses play.
  function embedUrl(address) {
    var url;
    try {
      url = new URL(address);
    } catch (error) {
      return null;
    }
    var host = url.hostname.replace(/^(www|m)\./, "");
    var id = null;
    if (host === "youtu.be") {
      id = url.pathname.slice(1);
    } else if (host === "youtube.com" || host === "youtube-nocookie.com") {
      id = url.searchParams.get("v") || (url.pathname.match(/^\/(?:embed|shorts|live)\/([^/?]+)/) || [])[1];
    }
    if (id && /^[\w-]{6,20}$/.test(id)) {
      return "https://www.youtube-nocookie.com/embed/" + id + "?autoplay=1&rel=0";
    }
    var vimeo = host === "vimeo.com" && url.pathname.match(/^\/(\d+)/);
    if (vimeo) {
      return "https://player.vimeo.com/video/" + vimeo[1] + "?autoplay=1&dnt=1";
    }
    return null;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-video-play]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button) return;
    var src = embedUrl(link.href);
    if (!src) return; // an unknown host: follow the link to it
    event.preventDefault();
    var frame = document.createElement("iframe");
    frame.src = src;
    frame.title = link.getAttribute("data-title") || "";
    frame.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
    frame.allowFullscreen = true;
    frame.referrerPolicy = "strict-origin-when-cross-origin";
    link.replaceWith(frame);
    frame.focus();
  });
})();
