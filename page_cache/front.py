"""Stored pages sent before Django's handler runs (borderhumanity/wsgi.py wraps the site in it)."""

from django.core.handlers.wsgi import WSGIRequest

from . import revalidate
from .middleware import LOOKED_UP, answer, cache_key, is_anonymous_read
from .store import read_page, seconds


class StoredPageApplication:
    """In front of Django's WSGI application (borderhumanity/wsgi.py): a stored page is sent
    from here, without Django's handler, middleware or response objects, which are most of
    the cost of a hit. The rules are PageCacheMiddleware's own; anything else, a miss
    included, goes on to Django, which then does not look the page up again. A stale copy is
    sent from here too while another request makes the page again (page_cache.revalidate)."""

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
        planned = revalidate.plan(key, read_page(key))
        if planned.kind == revalidate.RENDER:
            environ[LOOKED_UP] = planned
            return None
        return answer(planned.stored, environ.get("HTTP_IF_NONE_MATCH"), planned.kind)
