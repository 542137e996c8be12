"""News as a reader, a journalist and a feed reader find it, in English and Spanish."""

import datetime
import json
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.test.utils import WagtailPageTestCase

from campaigns.models import CampaignPage
from home.models import HomePage, StandardPage
from news.blocks import AuthorBlock, PressContactBlock, SecondLanguageSectionBlock
from news.models import PAGE_SIZE, NewsIndexPage, NewsPage
from tests.factories import h1_texts, soup

pytestmark = pytest.mark.django_db

LETTER_EN = "/en/news/binational-letter-97-organisations/"
LETTER_ES = "/es/noticias/carta-binacional-97-organizaciones/"
ATOM = "{http://www.w3.org/2005/Atom}"


def parse_xml(content):
    return ET.fromstring(content)  # noqa: S314 — the site's own feed, not untrusted input


def index(code):
    return NewsIndexPage.objects.get(locale__language_code=code)


def card_titles(response):
    return [
        a.get_text(strip=True) for a in soup(response).select(".page-card h2 a, .page-card h3 a")
    ]


def add_posts(parent, count, post_type="statement", start=datetime.date(2020, 1, 1)):
    image = parent.get_children().live().specific().first().hero_image
    for i in range(count):
        parent.add_child(
            instance=NewsPage(
                title=f"Extra post {i}",
                slug=f"extra-post-{i}",
                date=start - datetime.timedelta(days=i),
                post_type=post_type,
                intro="More news.",
                hero_image=image,
                locale=parent.locale,
            )
        )


# Page rules ------------------------------------------------------------------------------------


class NewsTreeRulesTests(WagtailPageTestCase):
    def test_news_index_sits_under_a_home_page_only(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})

    def test_posts_sit_under_a_news_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(CampaignPage, NewsIndexPage)
        self.assertCanNotCreateAt(StandardPage, NewsPage)

    def test_both_news_types_render_in_english_and_spanish(self):
        for model in (NewsIndexPage, NewsPage):
            for code in ("en", "es"):
                page = model.objects.live().filter(locale__language_code=code).first()
                with self.subTest(model=model.__name__, locale=code):
                    self.assertPageIsRenderable(page)
                    response = self.client.get(page.url)
                    self.assertContains(response, f'<html lang="{code}"')
                    self.assertEqual(h1_texts(response), [page.title])


def test_the_date_type_and_related_posts_are_synchronised_and_the_words_translated():
    english = NewsPage.objects.get(url_path__endswith="/binational-letter-97-organisations/")
    spanish = english.get_translation(index("es").locale)
    assert spanish.date == english.date
    assert spanish.post_type == english.post_type == "media_advisory"
    assert spanish.hashtags == "#ReformaDeAsiloYA #BienvenidosConDignidad #DefenderAsilo"
    assert english.hashtag_list == ["#AsylumReformNOW", "#WelcomeWithDignity", "#DefendAsylum"]


# The index -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "newest", "label"),
    [
        ("en", "Media advisory: visit our partner shelters", "Story of a victory"),
        ("es", "Aviso a medios: visita nuestros albergues", "Historia de una victoria"),
    ],
)
def test_index_lists_the_posts_of_its_language_newest_first(client, code, newest, label):
    response = client.get(index(code).url)
    assert response.status_code == 200
    titles = card_titles(response)
    assert len(titles) == 6
    assert titles[0] == newest
    page = soup(response)
    assert label in [a.get_text(strip=True) for a in page.select(".news-filter a")]
    assert page.select_one('.news-filter a[aria-current="page"]')["href"] == index(code).url


def test_index_filters_by_type(client):
    url = index("en").url
    response = client.get(url + "?type=victory")
    assert card_titles(response) == ["Protection for Cameroonians, won together"]
    current = soup(response).select_one('.news-filter a[aria-current="page"]')
    assert current.get_text(strip=True) == "Story of a victory"
    advisories = card_titles(client.get(url + "?type=media_advisory"))
    assert len(advisories) == 2
    assert "97 organisations from both sides of the border ask for a humane asylum system" in (
        advisories
    )
    # An unknown type shows all the news rather than an empty page.
    assert len(card_titles(client.get(url + "?type=gossip"))) == 6


def test_index_is_paginated_and_pages_keep_the_filter(client):
    news = index("en")
    add_posts(news, 2 * PAGE_SIZE, post_type="press_release")
    first = client.get(news.url + "?type=press_release")
    assert len(card_titles(first)) == PAGE_SIZE
    next_link = soup(first).select_one('.pagination a[rel="next"]')["href"]
    assert next_link == "?type=press_release&page=2"
    last = client.get(news.url + "?type=press_release&page=3")
    assert card_titles(last) == ["Extra post 19"]  # 21 press releases: 10, 10, 1
    assert soup(last).select_one('.pagination a[rel="next"]') is None
    # Past the end or nonsense: the nearest real page.
    assert card_titles(client.get(news.url + "?type=press_release&page=99")) == card_titles(last)
    assert card_titles(client.get(news.url + "?page=abc")) == card_titles(client.get(news.url))


def index_queries(client, url):
    client.get(url)  # warm: renditions made, navigation cached
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


INDEX_QUERY_CEILING = 14


@pytest.mark.usefixtures("page_cache_off")
def test_index_queries_do_not_grow_with_the_number_of_posts(client):
    news = index("en")
    few = index_queries(client, news.url)
    few_filtered = index_queries(client, news.url + "?type=statement")
    add_posts(news, 30)
    many = index_queries(client, news.url)
    many_filtered = index_queries(client, news.url + "?type=statement")
    assert few == many, (few, many)
    assert few_filtered == many_filtered, (few_filtered, many_filtered)
    assert many <= INDEX_QUERY_CEILING, many


# A post --------------------------------------------------------------------------------------


def test_media_advisory_shows_date_byline_press_contacts_and_hashtags(client):
    response = client.get(LETTER_EN)
    page = soup(response)
    assert page.select_one(".kicker").get_text(strip=True) == "Media advisory"
    assert page.select_one(".news-post-meta time")["datetime"] == "2021-02-09"
    assert "Lucía Herrera" in page.select_one(".byline").get_text()
    cards = page.select(".news-contacts .contact-card")
    assert len(cards) == 2
    first = cards[0]
    assert first.select_one(".contact-name").get_text(strip=True) == "Daniel Ibarra"
    assert first.select_one(".contact-org").get_text(strip=True) == "Frontera Legal Defense Project"
    assert first.select_one('a[href^="tel:"]')["href"] == "tel:+15550173"
    assert first.select_one('a[href^="mailto:"]')["href"] == "mailto:press@example.org"
    tags = [li.get_text(strip=True) for li in page.select(".hashtags li")]
    assert tags == ["#AsylumReformNOW", "#WelcomeWithDignity", "#DefendAsylum"]
    assert "97 organisations" in page.select_one(".stream").get_text()


def test_spanish_advisory_reads_in_spanish_with_the_english_version_marked_as_english(client):
    page = soup(client.get(LETTER_ES))
    assert page.select_one(".kicker").get_text(strip=True) == "Aviso a medios"
    assert page.select_one(".news-post-meta time").get_text(strip=True) == "9 de febrero de 2021"
    assert page.select_one("#press-contacts-heading").get_text(strip=True) == "Contactos de prensa"
    tags = [li.get_text(strip=True) for li in page.select(".hashtags li")]
    assert tags == ["#ReformaDeAsiloYA", "#BienvenidosConDignidad", "#DefenderAsilo"]
    section = page.select_one("section.second-language")
    assert section["lang"] == "en"
    assert section.select_one("h2").get_text(strip=True) == "In English"
    assert "97 organisations from both sides" in section.get_text()
    # Outside that section the page is Spanish.
    section.decompose()
    assert "97 organisations" not in page.select_one(".stream").get_text()
    assert "97 organizaciones" in page.select_one(".stream").get_text()


def test_english_advisory_carries_its_spanish_section_marked_as_spanish(client):
    section = soup(client.get(LETTER_EN)).select_one("section.second-language")
    assert section["lang"] == "es"
    assert section["dir"] == "ltr"
    assert section.select_one("h2").get_text(strip=True) == "En español"
    assert "97 organizaciones" in section.get_text()


def test_related_posts_follow_the_chosen_post_into_the_readers_language(client):
    english = soup(client.get(LETTER_EN)).select(".news-related .page-card h3 a")
    spanish = soup(client.get(LETTER_ES)).select(".news-related .page-card h3 a")
    # The chosen post first; the other media advisory fills the rest.
    assert [a.get_text(strip=True) for a in english] == [
        "Six demands for incoming leaders",
        "Media advisory: visit our partner shelters",
    ]
    assert [a["href"] for a in spanish] == [
        "/es/noticias/seis-exigencias-para-los-nuevos-gobernantes/",
        "/es/noticias/visitas-a-albergues/",
    ]


def test_pages_announce_the_feed_of_their_language(client):
    for url, feed in ((index("en").url, "/en/news/feed/"), (LETTER_ES, "/es/noticias/feed/")):
        links = soup(client.get(url)).select('link[rel="alternate"][type="application/rss+xml"]')
        assert [link["href"] for link in links] == [feed]


# Feeds ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "title"),
    [
        ("en", "97 organisations from both sides of the border ask for a humane asylum system"),
        ("es", "97 organizaciones de ambos lados de la frontera piden un sistema de asilo humano"),
    ],
)
def test_rss_feed_per_language(client, code, title):
    news = index(code)
    response = client.get(news.url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = parse_xml(response.content).find("channel")
    assert channel.findtext("language") == code
    items = channel.findall("item")
    assert len(items) == 6
    letter = next(item for item in items if item.findtext("title") == title)
    assert letter.findtext("link").startswith("http://")
    assert letter.findtext("link").endswith(
        f"/{code}/{news.slug}/{letter.findtext('link').split('/')[-2]}/"
    )
    assert letter.findtext("pubDate").startswith("Tue, 09 Feb 2021")
    categories = [c.text for c in letter.findall("category")]
    assert categories[0] == ("Media advisory" if code == "en" else "Aviso a medios")
    assert len(categories) == 4  # the type and three hashtags


def test_atom_feed_parses_with_every_post(client):
    response = client.get(index("es").url + "feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = parse_xml(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "es"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 6
    assert entries[0].findtext(f"{ATOM}title") == "Aviso a medios: visita nuestros albergues"
    assert all(e.find(f"{ATOM}link").get("href").startswith("http") for e in entries)


def test_feed_leaves_out_unpublished_posts(client):
    news = index("en")
    post = news.get_children().live().first().specific
    post.unpublish()
    items = parse_xml(client.get(news.url + "feed/").content).find("channel").findall("item")
    assert len(items) == 5
    assert post.title not in [item.findtext("title") for item in items]


# The latest-news block on home and campaign pages --------------------------------------------


def test_home_pages_show_the_three_latest_posts_in_their_language(client):
    en = soup(client.get("/en/")).select(".latest-news .page-card h3 a")
    assert [a.get_text(strip=True) for a in en] == [
        "Media advisory: visit our partner shelters",
        "Protection for Cameroonians, won together",
        "Welcome, not cells",
    ]
    es = soup(client.get("/es/")).select_one(".latest-news")
    assert es.select_one("h2").get_text(strip=True) == "Últimas noticias"
    assert [a["href"] for a in es.select(".page-card h3 a")][
        0
    ] == "/es/noticias/visitas-a-albergues/"
    assert es.select_one("a.button")["href"] == "/es/noticias/"


def page_queries(client, page):
    client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        client.get(page.url)
    return len(queries)


@pytest.mark.usefixtures("page_cache_off")
@pytest.mark.parametrize("model", [HomePage, CampaignPage])
def test_latest_news_block_costs_the_same_for_one_post_or_six(client, model):
    page = model.objects.live().filter(locale__language_code="en").first()
    news = index("en")
    counts = {}
    for count in (1, 6):
        page.body = [
            {"type": "latest_news", "value": {"heading": "", "news_index": news.pk, "count": count}}
        ]
        page.save_revision().publish()
        counts[count] = page_queries(client, page)
        assert len(soup(client.get(page.url)).select(".latest-news .page-card")) == count
    assert counts[1] == counts[6], counts


# Blocks --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (AuthorBlock(), "Ana Ruiz"),
        (PressContactBlock(), "Frontera Legal Aid"),
        (SecondLanguageSectionBlock(), 'lang="es"'),
    ],
)
def test_news_blocks_render_their_preview(block, expected):
    assert str(block.meta.description).strip()
    with translation.override("en"):
        html = block.render(
            block.get_preview_value(), context={"request": RequestFactory().get("/en/")}
        )
    assert expected in html


def test_a_section_in_a_right_to_left_language_is_marked_so():
    block = SecondLanguageSectionBlock()
    value = block.to_python({"language": "ar", "heading": "", "text": "<p>مرحبا</p>"})
    assert 'lang="ar" dir="rtl"' in block.render(value)


def test_translator_can_switch_the_sections_language_in_the_translation_editor(admin_client):
    spanish = NewsPage.objects.get(url_path__endswith="/carta-binacional-97-organizaciones/")
    response = admin_client.get(f"/admin/pages/{spanish.pk}/edit/")
    assert response.status_code == 200
    props = json.loads(soup(response).select_one("[data-props]")["data-props"])
    language = [
        segment
        for segment in props["segments"]
        if segment["type"] == "synchronised_value"
        and segment["location"]["subField"] == "Language of this section"
    ]
    assert len(language) == 1
    assert language[0]["location"]["widget"] == {"type": "text"}  # a box the translator can edit
    assert language[0]["value"] == "es"
    overrides = {override["segment_id"]: override["data"] for override in props["initialOverrides"]}
    assert overrides[language[0]["id"]] == "en"
