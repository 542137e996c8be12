"""The full-page cache for anonymous visitors.

A page an anonymous visitor may see is stored whole in the shared cache (Redis when REDIS_URL
is set) under its host, path and language, and served from there without touching the
database: no session, no page tree, no template. That is also what keeps cached pages up when
the database is down. How it is stored and dropped: page_cache.store; the same hits answered
before Django runs at all: page_cache.front.

What is never stored: anything for a visitor with a session (staff, previews, someone who
just sent a form), any URL with a query string (search terms, filters; a shared link's
tracking parameters are answered from the bare address's stored page), the admin, any
response that is not a plain 200, sets a cookie (a CSRF token is in it) or says private /
no-store (pages with forms say so: see campaigns.formflow).
"""

import hashlib
import time
from http import HTTPStatus

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import http_date, parse_etags
from django.utils.translation import get_language_from_path

from . import renders, revalidate
from .dependencies import collecting
from .freshness import fresh_seconds
from .store import NOT_STORABLE, read_page, seconds, write

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
# Where the WSGI front (page_cache.front) leaves its plan to render, for the middleware.
LOOKED_UP = "page_cache.looked_up"


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


def public_headers(response, etag, stored_at, fresh_for_seconds):
    """What lets a browser or CDN keep the page a little and revalidate it cheaply (never
    longer than the page cache keeps it fresh)."""
    response["ETag"] = etag
    response["Last-Modified"] = http_date(stored_at)
    max_age = min(getattr(settings, "PAGE_MAX_AGE", 60), fresh_for_seconds)
    patch_cache_control(response, public=True, max_age=max_age)
    patch_vary_headers(response, ("Cookie",))


def answer(stored, if_none_match, served_as="hit"):
    """(status, headers, body) for a stored page: 304 when the visitor already has it. A stale
    copy, sent while the page is made again, says so."""
    body, headers, etag = stored
    if served_as != "hit":
        headers = [
            (name, served_as if name == "X-Page-Cache" else value) for name, value in headers
        ]
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
        planned = request.META.get(LOOKED_UP)  # the WSGI front's: no second read
        if planned is None:
            key = cache_key(request)
            planned = revalidate.plan(key, read_page(key))
            if planned.kind != revalidate.RENDER:
                return self.from_store(request, planned)
        try:
            return self.render(request, planned)
        finally:
            revalidate.done(planned)

    def render(self, request, planned):
        with collecting() as tags:
            response = self.get_response(request)
        if request.GET:  # tracking parameters: answered, never stored
            return response
        if is_storable(response):
            self.store(planned, response, tags)
            renders.count(request.path)
            response["X-Page-Cache"] = "miss"
        elif planned.stored != NOT_STORABLE and response.status_code < 500:
            # A form, a redirect, a 404: its next visitors need not wait for one another. (An
            # error says nothing of the page, and must not replace a stale copy.)
            write(planned.key, planned.made_in, NOT_STORABLE, seconds(), tags)
        return response

    def store(self, planned, response, tags):
        """The page is kept with its final headers, so a hit only has to send them."""
        body = response.content
        etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
        timeout = fresh_seconds(response, seconds())
        public_headers(response, etag, time.time(), timeout)
        headers = [(k, v) for k, v in response.items() if k.lower() not in DROPPED_HEADERS]
        headers.append(("X-Page-Cache", "hit"))
        write(planned.key, planned.made_in, (body, headers, etag), timeout, tags)

    def from_store(self, request, planned):
        status, headers, body = answer(
            planned.stored, request.headers.get("If-None-Match"), planned.kind
        )
        response = HttpResponse(body, status=status)
        for name, value in headers:
            response[name] = value
        return response
