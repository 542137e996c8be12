"""Rendered parts of pages kept in the shared cache, for the requests the page cache cannot
answer: a visitor with a session (after signing, say), an address with a query string (links
shared on social media carry tracking parameters), or the first visitor after a page expires.

A part is kept under its page's `cache_key` (which changes when the page is published), the
site and the language, and is made stale exactly as cached pages are (page_cache.store): by a
change to anything it was made from (page_cache.dependencies), or by a purge of everything.
A stale part is never shown: it is made again at once. Only parts that read nothing of the
request may be kept: never a form, a CSRF token, a message or a live count. Previews are
always rendered afresh.
"""

from django.conf import settings
from django.utils import translation
from wagtail.models import Site

from . import dependencies, store


def seconds():
    return getattr(settings, "FRAGMENT_CACHE_SECONDS", 0)


def fragment_key(request, page, name):
    site = Site.find_for_request(request)
    language = translation.get_language()
    return f"fragment:{name}:{page.cache_key}:{site.pk if site else 0}:{language}"


def remember(request, page, name, make):
    """What `make()` returns for this page, from the shared cache while it is fresh; made (and
    kept) otherwise. What it was made from counts for the page it is part of."""
    if not seconds() or request is None or getattr(request, "is_preview", False):
        return make()
    key = fragment_key(request, page, name)
    found = store.read(key)
    if found.fresh:
        value, tags = found.value
        dependencies.add(*tags)
        return value
    with dependencies.collecting() as tags:
        value = make()
    store.write(key, found.made_in, (value, sorted(tags)), seconds(), tags)
    return value
