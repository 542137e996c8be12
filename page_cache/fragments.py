"""Rendered parts of pages kept in the shared cache, for the requests the page cache cannot
answer: a visitor with a session (after signing, say), an address with a query string (links
shared on social media carry tracking parameters), or the first visitor after a page expires.

A part is kept under its page's `cache_key` (which changes when the page is published), the
site and the language, and is tagged with the page cache's generation (page_cache.store), so a
publish, a snippet, a setting or an image change anywhere drops every part at once, exactly as
it drops every cached page. Only parts that read nothing of the request may be kept: never a
form, a CSRF token, a message or a live count. Previews are always rendered afresh.
"""

from django.conf import settings
from django.utils import translation
from wagtail.models import Site

from . import store


def seconds():
    return getattr(settings, "FRAGMENT_CACHE_SECONDS", 0)


def fragment_key(request, page, name):
    site = Site.find_for_request(request)
    language = translation.get_language()
    return f"fragment:{name}:{page.cache_key}:{site.pk if site else 0}:{language}"


def remember(request, page, name, make):
    """What `make()` returns for this page, from the shared cache when it was made in the
    current generation; made (and kept) otherwise."""
    if not seconds() or request is None or getattr(request, "is_preview", False):
        return make()
    key = fragment_key(request, page, name)
    made_in, value = store.read(key)
    if value is None:
        value = make()
        store.write(key, made_in, value, seconds())
    return value
