"""Stored pages sent before Django's handler runs (borderhumanity/wsgi.py wraps the site in it)."""

import io
import logging
import os
import queue
import threading

from django.core.handlers.wsgi import WSGIRequest
from django.db import connections

from . import revalidate
from .middleware import LOOKED_UP, answer, cache_key, is_anonymous_read
from .store import read_page, seconds

logger = logging.getLogger(__name__)
# What a background render must not carry over from the visitor's request: with them Django
# could answer 304, which is nothing to store.
CONDITIONAL = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE")


class BackgroundRenders:
    """One thread per worker process makes stale pages again, one after another and at a lower
    CPU priority than the worker's visitors: after a change that makes every page stale (a menu
    edit), the stale copies keep being sent at full speed while the pages are made again."""

    NICENESS = 10

    def __init__(self):
        self.pid = None
        self.jobs = None
        self.lock = threading.Lock()

    def submit(self, job):
        with self.lock:
            if self.pid != os.getpid():  # gunicorn forks its workers after the app is loaded
                self.pid, self.jobs = os.getpid(), queue.Queue()
                threading.Thread(target=self.run, name="page-cache-render", daemon=True).start()
        self.jobs.put(job)

    def run(self):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), self.NICENESS)
        except (AttributeError, OSError):  # not Linux: the same priority, still one at a time
            pass
        while True:
            job = self.jobs.get()
            try:
                job()
            finally:
                self.jobs.task_done()

    def wait(self):
        """Until every render submitted in this process is done (for tests)."""
        if self.pid == os.getpid():
            self.jobs.join()


background = BackgroundRenders()


class StoredPageApplication:
    """In front of Django's WSGI application (borderhumanity/wsgi.py): a stored page is sent
    from here, without Django's handler, middleware or response objects, which are most of
    the cost of a hit. The rules are PageCacheMiddleware's own; anything else, a miss
    included, goes on to Django, which then does not look the page up again. A stale copy is
    sent from here too while the page is made again, on a thread of the worker that won the
    page's lock, or by another worker (page_cache.revalidate)."""

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
        if planned.kind == revalidate.RENDER and planned.stale is not None:
            # The page is made again on this worker's render thread, and this visitor, like
            # every other meanwhile, gets the copy there is: no request waits for a render.
            self.render_in_background(environ, planned)
            return answer(planned.stale, environ.get("HTTP_IF_NONE_MATCH"), revalidate.STALE)
        if planned.kind == revalidate.RENDER:
            environ[LOOKED_UP] = planned
            return None
        return answer(planned.stored, environ.get("HTTP_IF_NONE_MATCH"), planned.kind)

    def render_in_background(self, environ, planned):
        copied = {name: value for name, value in environ.items() if name not in CONDITIONAL}
        copied.update({LOOKED_UP: planned, "REQUEST_METHOD": "GET", "wsgi.input": io.BytesIO()})
        background.submit(lambda: self.render(copied))

    def render(self, environ):
        """Through Django as any request (the middleware stores it and lets the lock go)."""
        try:
            result = self.application(environ, lambda status, headers, exc_info=None: None)
            try:
                for _chunk in result:
                    pass
            finally:
                if hasattr(result, "close"):
                    result.close()
        except Exception:  # noqa: BLE001 — the stale copy stays; the next visitor tries again
            logger.exception("page cache: a page could not be made again")
            revalidate.done(environ[LOOKED_UP])
        finally:
            connections.close_all()  # this thread's own database connections
