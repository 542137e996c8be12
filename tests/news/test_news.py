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
from tests.factories import (
    NEWS_CONTACTS,
    NEWS_DATE,
    NEWS_TEXT,
    h1_texts,
    home_page,
    make_campaign,
    make_image,
    make_news,
    make_post,
    soup,
    translate_post,
)

FILLER = {"en": "Test advisory that fills a place", "es": "Aviso de prueba de relleno"}

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def parse_xml(content):
    return ET.fromstring(content)  # noqa: S314 — the site's own feed, not untrusted input


def index(code):
    return NewsIndexPage.objects.get(locale__language_code=code)


def live_titles(code, post_type=None):
    """The titles of the index's public posts, newest first, as the database has them."""
    return [post.title for post in index(code).posts(post_type)]


def card_titles(response):
    return [
        a.get_text(strip=True) for a in soup(response).select(".page-card h2 a, .page-card h3 a")
    ]


def add_posts(parent, count, post_type="statement", start=datetime.date(2020, 1, 1)):
    image = make_image("Extra post picture")
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
        advisory = make_news()["advisory"]
        built = {NewsIndexPage: (index("en"), index("es")), NewsPage: advisory}
        for model, pages in built.items():
            for code, page in zip(("en", "es"), pages, strict=True):
                with self.subTest(model=model.__name__, locale=code):
                    self.assertPageIsRenderable(page)
                    response = self.client.get(page.url)
                    self.assertContains(response, f'<html lang="{code}"')
                    self.assertEqual(h1_texts(response), [page.title])


def test_the_date_type_and_related_posts_are_synchronised_and_the_words_translated(test_news):
    english, spanish = test_news["advisory"]
    assert spanish.get_translation(english.locale).pk == english.pk
    assert spanish.date == english.date
    assert spanish.post_type == english.post_type == "media_advisory"
    assert [block.value.pk for block in spanish.related_posts] == [
        block.value.pk for block in english.related_posts
    ]
    assert spanish.hashtags == NEWS_TEXT["es"]["hashtags"]
    assert english.hashtag_list == NEWS_TEXT["en"]["hashtags"].split()


# The index -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "label"), [("en", "Story of a victory"), ("es", "Historia de una victoria")]
)
def test_index_lists_the_posts_of_its_language_newest_first(client, test_news, code, label):
    response = client.get(index(code).url)
    assert response.status_code == 200
    titles = card_titles(response)
    assert len(titles) == len(live_titles(code)) <= PAGE_SIZE
    assert titles[:3] == [
        NEWS_TEXT[code]["advisory"],
        NEWS_TEXT[code]["victory"],
        NEWS_TEXT[code]["related"],
    ]
    page = soup(response)
    assert label in [a.get_text(strip=True) for a in page.select(".news-filter a")]
    assert page.select_one('.news-filter a[aria-current="page"]')["href"] == index(code).url


def test_index_filters_by_type(client, test_news):
    url = index("en").url
    response = client.get(url + "?type=victory")
    victories = card_titles(response)
    assert victories[0] == NEWS_TEXT["en"]["victory"]
    assert victories == live_titles("en", "victory")
    assert (
        NEWS_TEXT["en"]["advisory"] not in victories and NEWS_TEXT["en"]["related"] not in victories
    )
    current = soup(response).select_one('.news-filter a[aria-current="page"]')
    assert current.get_text(strip=True) == "Story of a victory"
    advisories = card_titles(client.get(url + "?type=media_advisory"))
    assert advisories[0] == NEWS_TEXT["en"]["advisory"]
    assert advisories == live_titles("en", "media_advisory")
    assert NEWS_TEXT["en"]["victory"] not in advisories
    # An unknown type shows all the news rather than an empty page.
    everything = card_titles(client.get(url + "?type=gossip"))
    assert everything == card_titles(client.get(url))
    assert {
        NEWS_TEXT["en"]["advisory"],
        NEWS_TEXT["en"]["victory"],
        NEWS_TEXT["en"]["related"],
    } <= set(everything)


def test_index_is_paginated_and_pages_keep_the_filter(client):
    news = index("en")
    # Enough press releases for two full pages and one more, whatever the site had.
    have = len(live_titles("en", "press_release"))
    add_posts(news, 2 * PAGE_SIZE + 1 - have, post_type="press_release")
    first = client.get(news.url + "?type=press_release")
    assert len(card_titles(first)) == PAGE_SIZE
    next_link = soup(first).select_one('.pagination a[rel="next"]')["href"]
    assert next_link == "?type=press_release&page=2"
    last = client.get(news.url + "?type=press_release&page=3")
    assert card_titles(last) == live_titles("en", "press_release")[-1:]  # 21: 10, 10, 1
    assert card_titles(last)[0].startswith("Extra post")
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


def test_media_advisory_shows_date_byline_press_contacts_and_hashtags(client, test_news):
    response = client.get(test_news["advisory"][0].url)
    page = soup(response)
    assert page.select_one(".kicker").get_text(strip=True) == "Media advisory"
    assert page.select_one(".news-post-meta time")["datetime"] == "2031-03-04"
    assert "Tina Writer" in page.select_one(".byline").get_text()
    cards = page.select(".news-contacts .contact-card")
    assert len(cards) == 2
    first = cards[0]
    assert first.select_one(".contact-name").get_text(strip=True) == NEWS_CONTACTS[0]["name"]
    assert first.select_one(".contact-org").get_text(strip=True) == NEWS_CONTACTS[0]["organisation"]
    assert first.select_one('a[href^="tel:"]')["href"] == "tel:+15550101"
    assert first.select_one('a[href^="mailto:"]')["href"] == "mailto:press-test@example.org"
    tags = [li.get_text(strip=True) for li in page.select(".hashtags li")]
    assert tags == NEWS_TEXT["en"]["hashtags"].split()
    assert "The clinic opens in English words." in page.select_one(".stream").get_text()


def test_spanish_advisory_reads_in_spanish_with_the_english_version_marked_as_english(
    client, test_news
):
    page = soup(client.get(test_news["advisory"][1].url))
    assert page.select_one(".kicker").get_text(strip=True) == "Aviso a medios"
    assert page.select_one(".news-post-meta time").get_text(strip=True) == "4 de marzo de 2031"
    assert page.select_one("#press-contacts-heading").get_text(strip=True) == "Contactos de prensa"
    tags = [li.get_text(strip=True) for li in page.select(".hashtags li")]
    assert tags == NEWS_TEXT["es"]["hashtags"].split()
    section = page.select_one("section.second-language")
    assert section["lang"] == "en"
    assert section.select_one("h2").get_text(strip=True) == "Section"
    assert "The clinic in English." in section.get_text()
    # Outside that section the page is Spanish.
    section.decompose()
    assert "The clinic in English." not in page.select_one(".stream").get_text()
    assert "La clínica abre en palabras españolas." in page.select_one(".stream").get_text()


def test_english_advisory_carries_its_spanish_section_marked_as_spanish(client, test_news):
    section = soup(client.get(test_news["advisory"][0].url)).select_one("section.second-language")
    assert section["lang"] == "es"
    assert section["dir"] == "ltr"
    assert section.select_one("h2").get_text(strip=True) == "Sección"
    assert "Palabras en español." in section.get_text()


def test_related_posts_follow_the_chosen_post_into_the_readers_language(client, test_news):
    english_post, spanish_post = test_news["advisory"]
    # Another media advisory, newer than any other on the site but older than the chosen one's
    # post: it fills the second place.
    filler = make_post(
        FILLER["en"], "test-filler", NEWS_DATE - datetime.timedelta(3), "media_advisory"
    )
    filler_es = translate_post(filler, FILLER["es"], "relleno-de-prueba")
    english = soup(client.get(english_post.url)).select(".news-related .page-card h3 a")
    spanish = soup(client.get(spanish_post.url)).select(".news-related .page-card h3 a")
    # The chosen post first; the newest other media advisories fill the rest.
    others = [t for t in live_titles("en", "media_advisory") if t != NEWS_TEXT["en"]["advisory"]]
    assert others[0] == FILLER["en"]
    assert [a.get_text(strip=True) for a in english] == [NEWS_TEXT["en"]["related"], *others[:2]]
    spanish_others = [p.url for p in index("es").posts("media_advisory") if p.pk != spanish_post.pk]
    assert [a["href"] for a in spanish] == [test_news["related"][1].url, *spanish_others[:2]]
    assert [a.get_text(strip=True) for a in spanish[:2]] == [
        NEWS_TEXT["es"]["related"],
        FILLER["es"],
    ]
    assert spanish[1]["href"] == filler_es.url


def test_pages_announce_the_feed_of_their_language(client, test_news):
    spanish_post = test_news["advisory"][1].url
    for url, feed in ((index("en").url, "/en/news/feed/"), (spanish_post, "/es/noticias/feed/")):
        links = soup(client.get(url)).select('link[rel="alternate"][type="application/rss+xml"]')
        assert [link["href"] for link in links] == [feed]


# Feeds ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["en", "es"])
def test_rss_feed_per_language(client, test_news, code):
    title = NEWS_TEXT[code]["advisory"]
    news = index(code)
    response = client.get(news.url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = parse_xml(response.content).find("channel")
    assert channel.findtext("language") == code
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == live_titles(code)
    letter = next(item for item in items if item.findtext("title") == title)
    assert letter.findtext("link").startswith("http://")
    assert letter.findtext("link").endswith(
        f"/{code}/{news.slug}/{letter.findtext('link').split('/')[-2]}/"
    )
    assert letter.findtext("pubDate").startswith("Tue, 04 Mar 2031")
    categories = [c.text for c in letter.findall("category")]
    assert categories[0] == ("Media advisory" if code == "en" else "Aviso a medios")
    assert len(categories) == 4  # the type and three hashtags


def test_atom_feed_parses_with_every_post(client, test_news):
    response = client.get(index("es").url + "feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = parse_xml(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "es"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == live_titles("es")
    assert entries[0].findtext(f"{ATOM}title") == NEWS_TEXT["es"]["advisory"]
    assert all(e.find(f"{ATOM}link").get("href").startswith("http") for e in entries)


def test_feed_leaves_out_unpublished_posts(client):
    news = index("en")
    post = make_post("Test post to unpublish", "test-unpublish", NEWS_DATE)
    before = len(live_titles("en"))
    post.unpublish()
    items = parse_xml(client.get(news.url + "feed/").content).find("channel").findall("item")
    assert len(items) == before - 1 == len(live_titles("en"))
    assert post.title not in [item.findtext("title") for item in items]


# The latest-news block on home and campaign pages --------------------------------------------


def test_home_pages_show_the_three_latest_posts_in_their_language(client, test_news, home_es):
    en = soup(client.get("/en/")).select(".latest-news .page-card h3 a")
    assert [a.get_text(strip=True) for a in en] == [
        NEWS_TEXT["en"]["advisory"],
        NEWS_TEXT["en"]["victory"],
        NEWS_TEXT["en"]["related"],
    ]
    es = soup(client.get("/es/")).select_one(".latest-news")
    # The heading the Spanish home page's block was given, as the database has it.
    heading = next(b.value["heading"] for b in home_es.body if b.block_type == "latest_news")
    assert heading and es.select_one("h2").get_text(strip=True) == heading
    assert [a["href"] for a in es.select(".page-card h3 a")] == [
        test_news[name][1].url for name in ("advisory", "victory", "related")
    ]
    assert es.select_one("a.button")["href"] == "/es/noticias/"


def page_queries(client, page):
    client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        client.get(page.url)
    return len(queries)


@pytest.mark.usefixtures("page_cache_off")
@pytest.mark.parametrize("model", [HomePage, CampaignPage])
def test_latest_news_block_costs_the_same_for_one_post_or_six(client, model):
    if model is HomePage:
        page = home_page("en")
    else:
        page, _spanish = make_campaign(spanish="Campaña de prueba: abrir el puerto")
    news = index("en")
    add_posts(news, 6, start=NEWS_DATE)  # six to show, whatever the index held
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


def translated_with_the_section_in_english(english):
    """`english`'s Spanish translation whose section language a translator switched from
    Spanish to English, under "Synchronised values" in the translation editor."""
    from wagtail.models import Locale
    from wagtail_localize.models import (
        OverridableSegment,
        SegmentOverride,
        Translation,
        TranslationSource,
    )

    locale = Locale.objects.get(language_code="es")
    source, _created = TranslationSource.update_or_create_from_instance(english)
    switched = [
        SegmentOverride.objects.create(locale=locale, context=segment.context, data_json='"en"')
        for segment in OverridableSegment.objects.filter(source=source, data_json='"es"')
        if segment.context.path.endswith(".language")
    ]
    assert len(switched) == 1, "one section language to switch"
    Translation.objects.get_or_create(source=source, target_locale=locale)
    spanish, _created = source.create_or_update_translation(locale, publish=True, fallback=True)
    return spanish


def test_translator_can_switch_the_sections_language_in_the_translation_editor(admin_client):
    english = make_post(
        "Test statement with a Spanish section",
        "test-section-language",
        NEWS_DATE,
        body=[
            ("text", "<p>Words in English.</p>"),
            (
                "second_language",
                {"language": "es", "heading": "Sección", "text": "<p>Palabras en español.</p>"},
            ),
        ],
    )
    spanish = translated_with_the_section_in_english(english)
    section = next(b for b in spanish.body if b.block_type == "second_language")
    assert section.value["language"] == "en"  # what the override did to the page
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
