"""The service worker of a know-your-rights guide: what lets a guide open with no connection.

A view, not a model: the guide's routable page answers `offline-worker/` by calling
`guide_worker`, which needs nothing of the page but its addresses and publication date.
"""

import json

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils.cache import patch_cache_control


def guide_worker(page):
    """The service worker of this guide: it may control only the guide's own URLs."""
    version = page.last_published_at.isoformat() if page.last_published_at else "draft"
    precache = [
        page.url,
        page.card_url,
        static("css/site.css"),
        static("js/site.js"),
        static("faq/faq.css"),
        static("faq/guide.js"),
    ]
    script = render_worker(
        cache_prefix=f"kyr-{page.pk}-",
        version=version,
        precache=precache,
    )
    response = HttpResponse(script, content_type="application/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = page.url
    patch_cache_control(response, no_cache=True, max_age=0)
    return response


def render_worker(**values):
    return render_to_string(
        "faq/offline_worker.js",
        {
            "cache_prefix": json.dumps(values["cache_prefix"]),
            "version": json.dumps(values["version"]),
            "precache": json.dumps(values["precache"]),
        },
    )
