"""The full-page cache for anonymous visitors.

A page an anonymous visitor may see is stored whole in the shared cache (Redis when REDIS_URL
is set) under its host, path and language, and served from there without touching the
database: no session, no page tree, no template. That is also what keeps cached pages up when
the database is down.

What is never stored: anything for a visitor with a session (staff, previews, someone who
just sent a form), any URL with a query string (search terms, filters; a shared link's
tracking parameters are answered from the bare address's stored page), the admin, any
response that is not a plain 200, sets a cookie (a CSRF token is in it) or says private /
no-store (pages with forms say so: see campaigns.formflow).

Invalidation is by generation: every stored entry carries the generation number it was made
in, and a publish, unpublish, move, delete, a snippet, setting or image change bumps it (see
home.signals), so nothing stale is served (by another server's workers: from the moment the
purge's announcement reaches them, see home.page_cache_watch). The number and the entry are
read together in one round trip (`read`); home.fragments keeps rendered parts of pages the same
way, and a worker's own copies of pages need not even that while it knows the number. A
campaign site changes a few times a day and is read constantly, so emptying the whole cache on
a change costs little and can never miss a page that lists, links or embeds what changed
(menus, listings, snippets, counters).
"""

import hashlib
import secrets
import time
from http import HTTPStatus

from django.conf import settings
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIRequest
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import http_date, parse_etags
from django.utils.translation import get_language_from_path

from .page_cache_watch import watch

GENERATION_KEY = "page-cache:generation"
# Part of every key: a release that stores pages differently never reads an older release's.
FORMAT = "v2"
SKIPPED_PREFIXES = ("/admin/", "/django-admin/", "/healthz", "/documents/")
# A shared link's tracking parameters: answered with the stored page of the bare address (never
# stored themselves, so no stored page carries one).
TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "igshid", "ref_src")
# Everything the page was answered with is kept (type, language, security headers) except
# what belongs to one response only.
DROPPED_HEADERS = {"set-cookie", "date", "content-length", "x-page-cache"}
# What a 304 repeats of the page's headers.
NOT_MODIFIED_HEADERS = {"etag", "last-modified", "cache-control", "vary", "x-page-cache"}
# Where the WSGI front (StoredPageApplication) leaves the key it looked up, for the middleware.
LOOKED_UP = "borderhumanity.page_cache.looked_up"


def seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        # Started at random, not at 1: once the cache is emptied or restarted, no copy a worker
        # still holds (`read_page`) can carry a number that is current again.
        cache.add(GENERATION_KEY, fresh_generation(), None)
        value = cache.get(GENERATION_KEY)
    # The cache unreachable: a number nothing was stored under, so nothing is served.
    return value if value is not None else -fresh_generation()


def fresh_generation():
    return secrets.randbits(48) + 1


def read(key):
    """(current generation, what is stored under key if it was stored in that generation)."""
    found = cache.get_many([GENERATION_KEY, key])
    current = found.get(GENERATION_KEY) or generation()
    entry = found.get(key)
    if entry is not None and entry[0] == current:
        return current, entry[1]
    return current, None


def write(key, made_in, value, timeout):
    """Store value as made in generation `made_in`, read before it was made: if anything
    changed meanwhile, it is already out of date and will never be served."""
    cache.set(key, (made_in, value), timeout)


# Each worker also keeps the pages it served last, checked against the shared generation on every
# use: a hit reads one small number from the shared cache instead of the whole page, or nothing
# at all while the worker knows the number is current (home.page_cache_watch).
LOCAL_PAGES_KEPT = 200
_local_pages = {}


def read_page(key):
    """`read` for whole pages, from this worker's copy when it is still current."""
    watch.start_once()
    kept = _local_pages.get(key)
    if kept is not None and kept[0] == known_generation():  # None when unreachable
        return kept
    before = watch.announcements_seen()
    current, stored = read(key)
    watch.remember(current, before)
    if stored is not None:
        keep_locally(key, current, stored)
    return current, stored


def known_generation():
    current = watch.trusted()
    if current is None:
        before = watch.announcements_seen()
        current = cache.get(GENERATION_KEY)
        watch.remember(current, before)
    return current


def forget_local_pages():
    _local_pages.clear()
    watch.forget()


def keep_locally(key, made_in, stored):
    if len(_local_pages) >= LOCAL_PAGES_KEPT:
        _local_pages.pop(next(iter(_local_pages)))  # the oldest
    _local_pages[key] = (made_in, stored)


def purge_all(**kwargs):
    """Every stored page becomes unreachable at once (they expire on their own). Again once the
    change is committed: a page rendered meanwhile, from the rows as they were, is not kept."""
    next_generation()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(next_generation)


def next_generation():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, fresh_generation(), None)
    watch.announce()


def only_tracking(query):
    """Parameters that campaign links carry when shared (utm_source, fbclid…): no page reads
    them, so the page is the same as without them."""
    return all(name.startswith(TRACKING_PREFIXES) for name in query)


def is_anonymous_read(request):
    """Only addresses with a language prefix: what else there is (the root's redirect by
    Accept-Language, static files, the admin) is not a page of one language."""
    return (
        request.method in ("GET", "HEAD")
        and only_tracking(request.GET)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(SKIPPED_PREFIXES)
        and get_language_from_path(request.path_info) is not None
        # Plain HTTP must still meet SecurityMiddleware's redirect to HTTPS in production.
        and (request.is_secure() or not settings.SECURE_SSL_REDIRECT)
    )


def cache_key(request):
    language = get_language_from_path(request.path_info)
    place = f"{request.get_host()}{request.path}:{language}"
    digest = hashlib.sha256(place.encode()).hexdigest()[:40]
    return f"page-cache:{FORMAT}:{digest}"


def is_storable(response):
    control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in control
        and "no-store" not in control
        and "no-cache" not in control
    )


def public_headers(response, etag, stored_at):
    """What lets a browser or CDN keep the page a little and revalidate it cheaply."""
    response["ETag"] = etag
    response["Last-Modified"] = http_date(stored_at)
    patch_cache_control(response, public=True, max_age=getattr(settings, "PAGE_MAX_AGE", 60))
    patch_vary_headers(response, ("Cookie",))


def answer(stored, if_none_match):
    """(status, headers, body) for a stored page: 304 when the visitor already has it."""
    body, headers, etag = stored
    if etag in parse_etags(if_none_match or ""):
        kept = [(name, value) for name, value in headers if name.lower() in NOT_MODIFIED_HEADERS]
        return HTTPStatus.NOT_MODIFIED, kept, b""
    return HTTPStatus.OK, headers, body


class PageCacheMiddleware:
    """First in MIDDLEWARE: a hit is answered before any other middleware runs (the stored
    page already carries the security headers they added), and without the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not seconds() or not is_anonymous_read(request):
            return self.get_response(request)
        looked_up = request.META.get(LOOKED_UP)
        if looked_up is not None:  # the WSGI front found nothing stored: no second read
            key, current = looked_up
        else:
            key = cache_key(request)
            current, stored = read_page(key)
            if stored is not None:
                return self.from_store(request, stored)
        response = self.get_response(request)
        if not request.GET and is_storable(response):
            self.store(key, current, response)
            response["X-Page-Cache"] = "miss"
        return response

    def store(self, key, made_in, response):
        """The page is kept with its final headers, so a hit only has to send them."""
        body = response.content
        etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
        public_headers(response, etag, time.time())
        headers = [(k, v) for k, v in response.items() if k.lower() not in DROPPED_HEADERS]
        headers.append(("X-Page-Cache", "hit"))
        write(key, made_in, (body, headers, etag), seconds())
        keep_locally(key, made_in, (body, headers, etag))

    def from_store(self, request, stored):
        status, headers, body = answer(stored, request.headers.get("If-None-Match"))
        response = HttpResponse(body, status=status)
        for name, value in headers:
            response[name] = value
        return response


class StoredPageApplication:
    """In front of Django's WSGI application (borderhumanity/wsgi.py): a stored page is sent
    from here, without Django's handler, middleware or response objects, which are most of
    the cost of a hit. The rules are PageCacheMiddleware's own; anything else, a miss
    included, goes on to Django, which then does not look the page up again."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        if seconds():
            found = self.lookup(environ)
            if found is not None:
                status, headers, body = found
                start_response(f"{status.value} {status.phrase}", [
                    *headers, ("Content-Length", str(len(body)))
                ])  # fmt: skip
                return [b""] if environ["REQUEST_METHOD"] == "HEAD" else [body]
        return self.application(environ, start_response)

    def lookup(self, environ):
        try:
            request = WSGIRequest(environ)
            if not is_anonymous_read(request):
                return None
            key = cache_key(request)
        except Exception:  # noqa: BLE001 — a host not allowed, a malformed request: Django answers it
            return None
        current, stored = read_page(key)
        if stored is None:
            environ[LOOKED_UP] = (key, current)
            return None
        return answer(stored, environ.get("HTTP_IF_NONE_MATCH"))
