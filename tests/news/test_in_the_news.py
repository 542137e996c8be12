"""The "in the news" block: coverage by other outlets, newest first whatever order the editor
entered, each headline marked with its article's language, a visible note when that is not the
page's, dates written for the reader, and links only where an article is online."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from home.blocks import BodyStreamBlock
from home.models import StandardPage
from news.blocks import InTheNewsBlock
from tests.factories import soup, spanish_translation

ITEMS = [
    {"outlet": "Quarry Hill Gazette", "headline": "Oldest story on the list", "date": "2021-05-02",
     "url": "", "language": "en"},
    {"outlet": "Diario del Sur", "headline": "La noticia más reciente", "date": "2023-11-20",
     "url": "https://altiplano-sur.test/noticia", "language": "es"},
    {"outlet": "Harbour Evening Post", "headline": "A story from the middle", "date": "2022-08-09",
     "url": "https://harbour-post.test/story", "language": "en"},
]  # fmt: skip


def rendered(language, items=ITEMS):
    block = InTheNewsBlock()
    value = block.to_python({"heading": "Coverage", "items": items})
    with translation.override(language):
        return soup_of(block.render(value))


def soup_of(html):
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "html.parser")


def test_newest_first_whatever_the_editors_order():
    headlines = [h.get_text(strip=True) for h in rendered("en").select(".press-headline")]
    assert headlines == [
        "La noticia más reciente",
        "A story from the middle",
        "Oldest story on the list",
    ]


def test_each_headline_carries_its_language_and_links_only_when_online():
    html = rendered("en")
    newest, middle, oldest = html.select(".press-headline")
    assert newest["lang"] == "es" and newest.a["hreflang"] == "es"
    assert newest.a["href"] == "https://altiplano-sur.test/noticia"
    assert middle["lang"] == "en" and middle.a["hreflang"] == "en"
    assert oldest.a is None  # print or broadcast: no link, never a made-up one
    assert "not online" in oldest.find_parent("li").get_text()


@pytest.mark.parametrize(
    "language, notes, dates",
    [
        ("en", ["in Spanish", "", ""], ["Nov. 20, 2023", "Aug. 9, 2022", "May 2, 2021"]),
        ("es", ["", "en inglés", "en inglés"],
         ["20 de noviembre de 2023", "9 de agosto de 2022", "2 de mayo de 2021"]),
    ],
)  # fmt: skip
def test_a_note_names_another_language_and_dates_follow_the_reader(language, notes, dates):
    html = rendered(language)
    items = html.select(".press-item")
    shown = [(i.select_one(".press-language") or soup_of("")).get_text(strip=True) for i in items]
    assert shown == notes
    assert [i.time.get_text() for i in items] == dates
    assert [i.time["datetime"] for i in items] == ["2023-11-20", "2022-08-09", "2021-05-02"]


def test_the_block_is_in_every_body_and_its_preview_renders():
    assert isinstance(BodyStreamBlock().child_blocks["in_the_news"], InTheNewsBlock)
    block = InTheNewsBlock()
    html = soup_of(block.render(block.to_python(block.get_prep_value(block.meta.preview_value))))
    assert len(html.select(".press-item")) == 2
    assert str(block.meta.description)


@pytest.mark.django_db
def test_on_a_page_in_both_languages_headlines_stay_as_published(client, home_en, home_es):
    page = home_en.add_child(
        instance=StandardPage(
            title="Coverage of the vigil",
            slug="coverage-of-the-vigil",
            body=[("in_the_news", {"heading": "Coverage", "items": ITEMS})],
        )
    )
    page.save_revision().publish()
    spanish = spanish_translation(page)
    for url, note in ((page.url, "in Spanish"), (spanish.url, "en inglés")):
        response = client.get(url)
        assert response.status_code == 200
        html = soup(response)
        headlines = [h.get_text(strip=True) for h in html.select(".press-headline")]
        assert headlines[0] == "La noticia más reciente"  # never translated
        assert note in html.select_one(".in-the-news").get_text()


@pytest.mark.django_db
def test_twenty_articles_render_without_a_query():
    items = [dict(ITEMS[0], date=f"2020-01-{day:02d}") for day in range(1, 21)]
    block = InTheNewsBlock()
    value = block.to_python({"heading": "", "items": items})
    with CaptureQueriesContext(connection) as queries:
        html = soup_of(block.render(value))
    assert len(html.select(".press-item")) == 20
    assert len(queries) == 0
