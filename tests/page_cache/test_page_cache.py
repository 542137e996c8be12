"""Anonymous visitors get pages from the shared cache; nothing stale, personal or private."""

import time
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import OperationalError, connection, transaction
from wagtail.models import PageViewRestriction

from campaigns.models import CampaignPage, DecisionMaker, Signature
from faq.models import FAQTopic
from home.models import SiteBranding, SiteNavigation
from page_cache.store import SEQ_KEY, generation
from page_cache.watch import redis_client
from tests.factories import (
    NEWS_DATE,
    make_action,
    make_campaign,
    make_image,
    make_post,
    make_user,
    purged_urls,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()


def test_second_visit_is_served_from_the_cache_with_validators(client):
    first = client.get("/en/")
    second = client.get("/en/")
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["ETag"] == first["ETag"] and "Last-Modified" in second
    assert "public" in second["Cache-Control"] and "max-age=60" in second["Cache-Control"]
    again = client.get("/en/", HTTP_IF_NONE_MATCH=second["ETag"])
    assert again.status_code == 304 and again.content == b""


def test_each_language_has_its_own_copy(client):
    client.get("/en/"), client.get("/es/")
    english, spanish = client.get("/en/"), client.get("/es/")
    assert english["X-Page-Cache"] == spanish["X-Page-Cache"] == "hit"
    assert '<html lang="en"' in english.content.decode()
    assert '<html lang="es"' in spanish.content.decode()


def test_publishing_a_change_is_seen_at_once(client):
    page, _spanish = make_campaign()
    assert client.get(page.url).status_code == 200
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    page.title = "Test campaign, retitled"
    page.save_revision().publish()
    fresh = client.get(page.url)
    assert fresh["X-Page-Cache"] == "miss"
    assert "Test campaign, retitled" in fresh.content.decode()


def test_a_page_stored_before_a_publish_is_committed_is_not_kept(
    client, django_capture_on_commit_callbacks
):
    page, _spanish = make_campaign()
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        page.title = "Test campaign, retitled"
        page.save_revision().publish()
        # Another worker would render from the rows as they were until the commit: whatever
        # was stored meanwhile must not outlive it.
        assert client.get(page.url)["X-Page-Cache"] == "miss"
        assert client.get(page.url)["X-Page-Cache"] == "hit"
    assert client.get(page.url)["X-Page-Cache"] == "miss"


def test_a_page_made_private_is_no_longer_served_from_the_cache(client):
    page, _spanish = make_campaign()
    client.get(page.url)
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="for-partners-only"
    )
    private = client.get(page.url)
    assert "X-Page-Cache" not in private  # Wagtail's password form, never stored
    assert 'name="password"' in private.content.decode()


def test_a_menu_change_reaches_every_cached_page(client):
    client.get("/en/")
    navigation = SiteNavigation.objects.get(locale__language_code="en")
    navigation.footer_text = "<p>Footer words changed today</p>"
    navigation.save()
    assert "Footer words changed today" in client.get("/en/").content.decode()


def what_it_purges(change):
    """ "everything" (a new generation), "what showed it" (stale markers), or nothing."""
    before = generation(), cache.get(SEQ_KEY)
    change()
    if generation() != before[0]:
        return "everything"
    return "what showed it" if cache.get(SEQ_KEY) != before[1] else None


def test_settings_and_the_menu_purge_everything_the_rest_only_what_showed_it():
    topic = FAQTopic.objects.create(name="Test topic")
    maker = DecisionMaker.objects.create(name="Test Maker", role="president")
    image = make_image()
    post = make_post("Test post to delete", "test-deleted", NEWS_DATE)
    assert what_it_purges(SiteBranding.load().save) == "everything"
    assert what_it_purges(SiteNavigation.objects.first().save) == "everything"
    for change in (topic.save, maker.delete, image.save, post.delete):
        assert what_it_purges(change) == "what showed it"


def test_signatures_and_drafts_leave_the_cache_alone(petition_en):
    signature = Signature(
        page_key=petition_en.translation_key, language="en", first_name="Ana",
        last_name="Ruiz", email="ana@example.org", postal_code="79901", country="US",
    )  # fmt: skip
    assert what_it_purges(signature.save) is None
    assert what_it_purges(signature.delete) is None
    assert what_it_purges(petition_en.save_revision) is None


def test_staff_and_query_strings_are_never_served_or_stored(client):
    client.get("/en/")
    client.force_login(make_user(superuser=True))
    staff_view = client.get("/en/")
    assert "X-Page-Cache" not in staff_view
    client.logout()
    assert "X-Page-Cache" not in client.get("/en/search/", {"q": "asylum"})


def test_a_shared_link_with_tracking_parameters_gets_the_stored_page(client):
    shared = "/en/?utm_source=whatsapp&utm_campaign=detention&fbclid=abc123"
    first = client.get(shared)
    assert "X-Page-Cache" not in first  # not stored under the tracking address...
    assert client.get("/en/")["X-Page-Cache"] == "miss"  # ...nor under the bare one
    hit = client.get(shared)
    assert hit["X-Page-Cache"] == "hit" and b"abc123" not in hit.content
    assert "X-Page-Cache" not in client.get("/en/?utm_source=x&page=2")


def test_cached_pages_keep_serving_while_the_database_is_down(client):
    client.get("/es/")
    down = OperationalError("connection refused")
    with mock.patch.object(connection, "ensure_connection", side_effect=down):
        response = client.get("/es/")
    assert response.status_code == 200 and response["X-Page-Cache"] == "hit"


def test_no_worker_serves_its_old_copy_after_the_shared_cache_restarts(client):
    page, _spanish = make_campaign()
    client.get(page.url)
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    # Redis restarted: it keeps nothing on disk and drops every connection (the channel that
    # tells workers of purges, page_cache.watch, among them). Meanwhile the page changed.
    cache.clear()
    if redis_client() is not None:
        redis_client().client_kill_filter(_type="pubsub")
    CampaignPage.objects.filter(pk=page.pk).update(title="Changed while the cache was away")
    client.get("/es/")  # another visitor starts the count again
    deadline = time.monotonic() + 0.5  # the worker hears of the lost connection at once
    while (fresh := client.get(page.url))["X-Page-Cache"] == "hit" and time.monotonic() < deadline:
        time.sleep(0.01)
    assert fresh["X-Page-Cache"] == "miss"
    assert "Changed while the cache was away" in fresh.content.decode()


def test_off_when_the_setting_is_zero(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/en/")
    assert "X-Page-Cache" not in client.get("/en/")


def test_a_cdn_is_configured_from_the_environment():
    from borderhumanity.settings.cdn import frontend_cache_from_env

    assert frontend_cache_from_env({}) == {}
    backends = frontend_cache_from_env(
        {"FRONTEND_CACHE_PURGE_URL": "http://127.0.0.1:6081", "CLOUDFLARE_ZONEID": "zone"}
    )
    assert backends["proxy"]["LOCATION"] == "http://127.0.0.1:6081"
    assert backends["cloudflare"]["ZONEID"] == "zone"


def test_publishing_tells_the_cdn_which_page_to_drop(cdn_purges):
    page, _spanish = make_campaign()
    page.save_revision().publish()
    assert any(url.endswith(page.url) for url in purged_urls(cdn_purges))


def test_making_a_section_private_tells_the_cdn_to_drop_it(cdn_purges):
    campaign, _spanish = make_campaign()
    action = make_action("petition", "Test petition inside", "test-inside", parent=campaign)
    PageViewRestriction.objects.create(page=campaign, restriction_type=PageViewRestriction.LOGIN)
    purged = purged_urls(cdn_purges)
    assert any(url.endswith(campaign.url) for url in purged)
    assert any(url.endswith(action.url) for url in purged)
