"""While a page is made again, one request renders it (across workers and servers: the lock is
in the shared cache); the others answer at once with the stale copy, or wait for the new one.
A purge names what changed; a page made from it is stale, even when the purge came while it
was being rendered."""

import threading
import time

import pytest
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.test import RequestFactory

from page_cache import renders, revalidate, store, tag_index
from page_cache.dependencies import add
from page_cache.front import StoredPageApplication, background
from page_cache.middleware import PageCacheMiddleware, cache_key
from page_cache.watch import redis_client

TAG = "snippet:faq.faqquestion:1"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_CACHE_COUNT_RENDERS = True


class SlowSite:
    """Django's view of a page that takes `seconds` to render and shows TAG, counting renders."""

    def __init__(self, seconds=0.3, during=None, status=200, control=""):
        self.seconds, self.during, self.renders = seconds, during, 0
        self.status, self.control = status, control
        self.lock = threading.Lock()

    def __call__(self, request):
        with self.lock:
            self.renders += 1
            number = self.renders
        add(TAG)
        if self.during is not None:
            self.during()
        time.sleep(self.seconds)
        response = HttpResponse(f"render {number}", content_type="text/html", status=self.status)
        if self.control:
            response["Cache-Control"] = self.control
        return response


def visit(site, path="/en/slow/"):
    response = PageCacheMiddleware(site)(RequestFactory().get(path))
    return response.get("X-Page-Cache"), response.content.decode()


def at_once(site, visitors=2, stagger=0.0):
    answers = [None] * visitors

    def one(number):
        answers[number] = visit(site), time.monotonic()

    threads = [threading.Thread(target=one, args=(n,)) for n in range(visitors)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
        time.sleep(stagger)
    for thread in threads:
        thread.join()
    return [(answer, at - started) for answer, at in answers]


def test_two_visitors_of_a_cold_page_at_once_cause_one_render():
    renders.reset()
    site = SlowSite()
    answers = at_once(site)
    assert site.renders == 1
    assert sorted(label for (label, _body), _at in answers) == ["hit", "miss"]
    assert {body for (_label, body), _at in answers} == {"render 1"}
    assert renders.totals() == {"/en/slow/": 1}


def test_while_a_stale_page_is_made_again_the_others_get_the_stale_copy_at_once():
    site = SlowSite(seconds=0.5)
    visit(site)
    store.purge({TAG})
    answers = at_once(site, stagger=0.1)
    (first, first_at), (second, second_at) = answers
    assert first == ("miss", "render 2") and second == ("stale", "render 1")
    assert second_at < first_at and second_at < 0.4
    assert visit(site) == ("hit", "render 2") and site.renders == 2


def test_a_purge_during_the_render_leaves_the_stored_page_stale():
    site = SlowSite(seconds=0, during=lambda: store.purge({TAG}))
    assert visit(site) == ("miss", "render 1")
    site.during = None
    # Marked stale the moment it was stored: made again, and the copy meanwhile never fresh.
    assert visit(site) == ("miss", "render 2")
    assert visit(site) == ("hit", "render 2")


def test_visitors_of_a_page_that_cannot_be_stored_do_not_wait_for_one_another():
    site = SlowSite(seconds=0.4, control="private")  # a page with a form
    visit(site)
    answers = at_once(site)
    assert site.renders == 3
    assert all(label is None and at < 0.75 for (label, _body), at in answers)


def test_an_error_while_a_stale_page_is_made_again_keeps_the_stale_copy():
    site = SlowSite(seconds=0)
    visit(site)
    store.purge({TAG})
    site.status = 500
    assert visit(site) == (None, "render 2")
    found = store.read(cache_key(RequestFactory().get("/en/slow/")))
    assert found.value[0] == b"render 1" and not found.fresh


def test_a_purge_of_something_else_leaves_the_page_cached():
    site = SlowSite(seconds=0)
    visit(site)
    store.purge({"snippet:faq.faqquestion:2", "type:news.newspage"})
    assert visit(site) == ("hit", "render 1")


def test_stale_copies_outlive_a_purge_of_everything_but_not_a_hard_one():
    key = "page-cache:test-entry"
    store.write(key, store.read(key).made_in, "before", 600, {TAG})
    assert store.read(key) == store.Found(
        store.read(key).made_in, "before", True, pytest.approx(time.time() + 600, abs=5)
    )
    store.purge({TAG})
    found = store.read(key)
    assert found.value == "before" and not found.fresh
    store.write(key, found.made_in, "after", 600, {TAG})
    assert store.read(key).fresh and store.read(key).value == "after"
    store.purge_all(keep_stale=True)
    assert store.read(key).value == "after" and not store.read(key).fresh
    store.purge_all()
    assert store.read(key).value is None


def test_marks_of_two_purges_at_once_keep_the_later_one_whatever_the_order():
    if redis_client() is None:
        pytest.skip("without Redis, marks are plain values (one machine)")
    key = "page-cache:test-entry"
    store.write(key, store.read(key).made_in, "before", 600, {TAG})
    tag_index.mark({TAG}, 10**9 + 2, 600)
    tag_index.mark({TAG}, 10**9 + 1, 600)  # the earlier purge, written last
    assert cache.get(tag_index.stale_key(key)) == 10**9 + 2


def test_renders_are_not_counted_unless_asked(settings):
    settings.PAGE_CACHE_COUNT_RENDERS = False
    renders.reset()
    visit(SlowSite(seconds=0))
    assert renders.totals() == {}


def wsgi_site(site):
    """Django's WSGI handler reduced to the page cache's middleware in front of `site`."""
    middleware = PageCacheMiddleware(site)

    def application(environ, start_response):
        response = middleware(WSGIRequest(environ))
        start_response(f"{response.status_code} OK", list(response.items()))
        return [response.content]

    return application


def front_visit(front, path="/en/slow/"):
    answered = {}

    def start_response(status, headers, exc_info=None):
        answered.update(headers)

    environ = RequestFactory().get(path).environ
    body = b"".join(front(environ, start_response)).decode()
    return answered.get("X-Page-Cache"), body


def test_behind_the_front_nobody_waits_for_a_stale_page_to_be_made_again():
    site = SlowSite(seconds=0.5)
    front = StoredPageApplication(wsgi_site(site))
    assert front_visit(front) == ("miss", "render 1")  # nothing stored yet: made while waiting
    store.purge([TAG])
    began = time.monotonic()
    assert front_visit(front) == ("stale", "render 1")  # the winner of the lock too
    assert time.monotonic() - began < 0.4
    background.wait()
    assert front_visit(front) == ("hit", "render 2") and site.renders == 2


def test_a_request_that_read_a_stale_page_just_before_it_was_made_again_renders_nothing():
    key = "page-cache:test:race"
    store.write(key, store.read(key).made_in, "old", 600, {TAG})
    store.purge([TAG])
    seen_stale = store.read(key)
    assert not seen_stale.fresh
    # Meanwhile another worker made the page again, stored it and let its lock go.
    store.write(key, store.read(key).made_in, "new", 600, {TAG})
    planned = revalidate.plan(key, seen_stale)
    assert (planned.kind, planned.stored) == (revalidate.HIT, "new")
    assert cache.get(revalidate.lock_key(key)) is None
