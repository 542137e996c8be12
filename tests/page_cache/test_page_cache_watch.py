"""With Redis, each worker hears of purges on a channel and serves its own copy of a page with
no round trip to the shared cache; a purge anywhere, or a lost connection, ends that at once."""

import time
from unittest import mock

import pytest
from django.core.cache import cache

from campaigns.models import CampaignPage
from page_cache import store
from page_cache.watch import TRUST_SECONDS, channel, redis_client, watch
from tests.factories import make_campaign

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def listening():
    if redis_client() is None:
        pytest.skip("the shared cache is not Redis here: there is no channel to hear")
    watch.start_once()
    assert within(2, lambda: watch.listening), "never subscribed"


def within(seconds, condition):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return False


def a_campaign():
    return make_campaign()[0]


def reads_of_the_shared_cache(client, url, visits):
    with (
        mock.patch.object(store.cache, "get", wraps=cache.get) as get,
        mock.patch.object(store.cache, "get_many", wraps=cache.get_many) as get_many,
    ):
        hits = [client.get(url)["X-Page-Cache"] for _ in range(visits)]
    assert hits == ["hit"] * visits
    return get.call_count + get_many.call_count


def test_hits_from_a_workers_own_copy_ask_the_shared_cache_nothing(client, listening):
    url = a_campaign().url
    client.get(url), client.get(url)
    assert reads_of_the_shared_cache(client, url, 5) == 0
    # Trust runs out on its own: the number is read again, once.
    later = time.monotonic() + TRUST_SECONDS
    with mock.patch("page_cache.watch.time.monotonic", return_value=later):
        assert reads_of_the_shared_cache(client, url, 1) == 1


def test_a_purge_announced_by_another_server_reaches_this_worker_at_once(
    client, listening, monkeypatch
):
    monkeypatch.setattr("page_cache.watch.TRUST_SECONDS", 60)  # only the news can end it
    page = a_campaign()
    url = page.url
    client.get(url), client.get(url)
    CampaignPage.objects.filter(pk=page.pk).update(title="Published on the other server")
    cache.incr(store.GENERATION_KEY)  # what the other server's purge does: bump...
    redis_client().publish(channel(), b"")  # ...and announce
    assert within(0.5, lambda: client.get(url)["X-Page-Cache"] == "miss")
    assert "Published on the other server" in client.get(url).content.decode()


def test_a_lost_connection_to_redis_ends_the_trust(client, listening, monkeypatch):
    monkeypatch.setattr("page_cache.watch.TRUST_SECONDS", 60)
    url = a_campaign().url
    client.get(url), client.get(url)
    assert watch.trusted() is not None
    redis_client().client_kill_filter(_type="pubsub")  # what a restart of Redis does to it
    assert within(0.5, lambda: watch.trusted() is None)
    assert within(3, lambda: watch.listening), "never subscribed again"


def test_without_redis_every_hit_reads_the_shared_cache(client, settings):
    if redis_client() is not None:
        pytest.skip("the shared cache is Redis here")
    url = a_campaign().url
    client.get(url), client.get(url)
    # One read each (the generation, the purge count, the page and its stale marker at once):
    # another worker's purge of this page cannot be heard here.
    with mock.patch.object(store, "read", wraps=store.read) as read:
        hits = [client.get(url)["X-Page-Cache"] for _ in range(3)]
    assert hits == ["hit"] * 3 and read.call_count == 3
