"""Rendered page parts are kept for the requests the page cache cannot answer (a session, a
query string), and are never stale: a publish or a snippet change anywhere drops them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from news.models import NewsIndexPage, NewsPage
from tests.factories import NEWS_DATE, make_campaign, make_post, make_standard_page

pytestmark = pytest.mark.django_db

# Finding the page is Wagtail's part and stays: site, locale, the page (one more per level of
# the address), its ancestors' aliases and its view restrictions.
ROUTING_QUERIES = {"/en/": 5, "/es/": 6}


@pytest.fixture(autouse=True)
def fragments_on(settings, page_cache_off):
    settings.FRAGMENT_CACHE_SECONDS = 600


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


@pytest.mark.parametrize("url", ["/en/", "/es/"])
def test_a_kept_home_page_costs_only_the_routing_queries(client, url):
    first_count, first = queries_for(client, url)
    second_count, second = queries_for(client, url)
    assert second == first
    assert second_count == ROUTING_QUERIES[url] < first_count


def test_a_query_string_is_answered_from_the_kept_parts(client):
    campaign, _spanish = make_campaign()
    first_count, first = queries_for(client, campaign.url + "?utm_source=share")
    second_count, second = queries_for(client, campaign.url + "?utm_source=other")
    assert second == first and second_count < first_count
    assert campaign.title in second


def test_a_kept_news_post_needs_only_its_news_index_beyond_routing(client):
    post = make_post("Test post kept", "test-kept", NEWS_DATE)
    first_count, first = queries_for(client, post.url)
    second_count, second = queries_for(client, post.url)
    assert second == first and post.title in second
    # Routing: two more queries per level below the home page; then the feeds' news index.
    assert second_count == ROUTING_QUERIES["/en/"] + 4 + 1 < first_count


def test_publishing_the_page_shows_the_new_text(client):
    page = make_standard_page()
    client.get(page.url)
    page.intro = "A new introduction, published just now"
    page.save_revision().publish()
    assert "A new introduction, published just now" in client.get(page.url).content.decode()


def test_a_new_news_post_reaches_the_kept_home_page(client):
    assert "Court rules on detention" not in client.get("/en/").content.decode()
    index = NewsIndexPage.objects.live().get(locale__language_code="en")
    post = NewsPage(title="Court rules on detention", slug="court-rules-on-detention")
    index.add_child(instance=post)
    post.save_revision().publish()
    assert "Court rules on detention" in client.get("/en/").content.decode()


def test_unpublishing_a_translation_drops_it_from_the_kept_language_links(client):
    english, _spanish = make_campaign(spanish="Campaña de prueba: abrir el puerto")
    alternate = '<link rel="alternate" hreflang="es"'
    assert alternate in client.get(english.url).content.decode()
    english.get_translation(Locale.objects.get(language_code="es")).unpublish()
    assert alternate not in client.get(english.url).content.decode()


def test_previews_are_rendered_afresh(client):
    page = make_standard_page()
    client.get(page.url)
    page.intro = "Draft words only the editor sees"
    preview = page.make_preview_request()
    assert "Draft words only the editor sees" in preview.content.decode()
    assert "Draft words only the editor sees" not in client.get(page.url).content.decode()
