"""The WSGI front (borderhumanity.wsgi) sends stored pages without running Django's handler,
by the page cache's own rules: the same page, headers and validators as the middleware."""

import io
import sys

import pytest
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from borderhumanity.wsgi import application, django_application
from page_cache.front import StoredPageApplication

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()


class Recorder:
    """Django's WSGI application, counting the requests that reach it."""

    def __init__(self):
        self.calls = 0

    def __call__(self, environ, start_response):
        self.calls += 1
        # Django's handler closes "old" connections at the start and end of a request, which on
        # PostgreSQL closes the test's transaction; its own test client unhooks them the same way.
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            return list(django_application(environ, start_response))
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)


def call(app, path, method="GET", **headers):
    query = path.partition("?")[2]
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path.partition("?")[0],
        "QUERY_STRING": query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
    }
    answered = {}

    def start_response(status, response_headers, exc_info=None):
        answered["status"] = int(status.split()[0])
        answered["headers"] = dict(response_headers)

    body = b"".join(app(environ, start_response))
    return answered["status"], answered["headers"], body


def test_the_site_is_served_through_the_front():
    assert isinstance(application, StoredPageApplication)


def test_a_stored_page_is_sent_without_reaching_django(client):
    django = Recorder()
    front = StoredPageApplication(django)
    status, headers, first = call(front, "/es/")
    assert status == 200 and headers["X-Page-Cache"] == "miss" and django.calls == 1
    status, headers, again = call(front, "/es/")
    assert status == 200 and headers["X-Page-Cache"] == "hit" and django.calls == 1
    assert again == first and '<html lang="es"' in again.decode()
    assert headers["Content-Length"] == str(len(again))
    assert "Content-Security-Policy" in headers and "public" in headers["Cache-Control"]
    # The test client, through the middleware, gets the very same page.
    assert client.get("/es/").content == again


def test_validators_head_and_visitors_with_a_session(client):
    django = Recorder()
    front = StoredPageApplication(django)
    _, headers, _ = call(front, "/en/")
    status, not_modified, body = call(front, "/en/", If_None_Match=headers["ETag"])
    assert status == 304 and body == b"" and not_modified["ETag"] == headers["ETag"]
    status, _, body = call(front, "/en/", method="HEAD")
    assert status == 200 and body == b""
    assert django.calls == 1
    call(front, "/en/", Cookie="sessionid=abc")
    call(front, "/en/search/?q=asylum")
    assert django.calls == 3


def test_a_host_not_allowed_is_left_to_django(settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    django = Recorder()
    front = StoredPageApplication(django)
    call(front, "/en/")
    environ_host = {"Host": "evil.example"}
    status, _, _ = call(front, "/en/", **environ_host)
    assert status == 400 and django.calls == 2
