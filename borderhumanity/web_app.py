"""The site's icon at /favicon.ico, where browsers and feed readers look for it by name, and its
web app manifest per language (/<lang>/manifest.webmanifest): what a phone shows when a visitor
adds the site to the home screen. Neither reads anything of the visitor: both may be cached."""

import functools
import json

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

# The colours of static/css/site.css (--accent, --paper), as in <meta name="theme-color">.
THEME_COLOUR = "#0b4550"
BACKGROUND_COLOUR = "#f6f3ee"
ICONS = [
    ("icons/icon-192.png", "192x192", "image/png"),
    ("icons/icon-512.png", "512x512", "image/png"),
    ("icons/icon.svg", "any", "image/svg+xml"),
]


@functools.cache
def _favicon():
    path = finders.find("icons/favicon.ico")
    if path is None:
        return None
    with open(path, "rb") as file:
        return file.read()


@require_safe
@cache_control(public=True, max_age=60 * 60 * 24)
def favicon(request):
    content = _favicon()
    if content is None:
        raise Http404
    return HttpResponse(content, content_type="image/x-icon")


def manifest():
    """The manifest in the active language: its name, its home page as start, the icons."""
    name = gettext("Border Humanity")
    return {
        "name": name,
        "short_name": name,
        "description": str(settings.SITE_DEFAULT_DESCRIPTION),
        "lang": translation.get_language(),
        "dir": "rtl" if translation.get_language_bidi() else "ltr",
        "start_url": reverse("wagtail_serve", args=[""]),
        "scope": "/",
        "display": "minimal-ui",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": [
            {"src": static(path), "sizes": sizes, "type": kind, "purpose": "any"}
            for path, sizes, kind in ICONS
        ],
    }


@require_safe
@cache_control(public=True, max_age=60 * 60)  # an hour: it names the release's static files
def web_manifest(request):
    body = json.dumps(manifest(), ensure_ascii=False, indent=1)
    return HttpResponse(body, content_type="application/manifest+json; charset=utf-8")
