"""Pages behind a privacy restriction stay out of everything that lists pages to the public:
the sitemap, hreflang alternates and the language switcher, the FAQ index, the back of a
wallet card, and a toolkit page's downloads unless the visitor passed the restriction."""

import datetime

import pytest
from wagtail.models import Locale, PageViewRestriction

from faq.models import FAQIndexPage
from news.models import NewsIndexPage
from tests.factories import (
    asset_value,
    make_guides,
    make_image,
    make_post,
    make_recording,
    news_index,
    pack_value,
    set_packs,
    soup,
    toolkit_page,
)

pytestmark = pytest.mark.django_db

PASSWORD = "for-partners"


def restrict(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )


def test_the_sitemap_leaves_out_a_private_page_and_the_pages_below_it(client):
    news = news_index("en")
    posts = [
        make_post("Test post: the ferry runs again", "test-ferry", datetime.date(2031, 3, 4)),
        make_post("Test post: a second crossing", "test-crossing", datetime.date(2031, 3, 5)),
    ]
    listed = client.get("/sitemap.xml").content.decode()
    assert all(post.url in listed for post in posts)
    restrict(news)
    body = client.get("/sitemap.xml").content.decode()
    assert news.full_url not in body
    for post in posts:
        assert post.url not in body


def test_a_private_translation_is_no_alternate_of_a_public_page(client):
    news = NewsIndexPage.objects.get(locale__language_code="en")
    spanish = news.get_translation(Locale.objects.get(language_code="es"))
    assert spanish.url in client.get(news.url).content.decode()
    restrict(spanish)
    html = soup(client.get(news.url))
    assert not html.select('link[rel="alternate"][hreflang="es"]')
    assert spanish.url not in str(html)


def main_links(client, page):
    return [a["href"] for a in soup(client.get(page.url)).select("main a[href]")]


def english_guide():
    """A live English guide with a Spanish translation."""
    return make_guides(make_recording())["en"]


def test_the_faq_index_leaves_out_a_private_guide(client):
    faq = FAQIndexPage.objects.get(locale__language_code="en")
    guide = english_guide()
    assert guide.url in main_links(client, faq)
    restrict(guide)
    assert guide.url not in main_links(client, faq)


def test_a_wallet_card_has_no_back_from_a_private_translation(client):
    guide = english_guide()
    spanish = guide.get_translation(Locale.objects.get(language_code="es"))
    restrict(spanish)
    sides = soup(client.get(guide.url + "card/")).select(".card-side")
    assert [side["lang"] for side in sides] == ["en"]


def toolkit_downloads(client, page):
    links = [a["href"] for a in soup(client.get(page.url)).select(".asset-downloads a")]
    assert links
    return links


def test_downloads_of_a_private_toolkit_page_need_the_password(client):
    poster = asset_value("Test poster", make_image("Test poster"))
    page = set_packs(toolkit_page(), [pack_value("Test pack", [poster])])
    link = toolkit_downloads(client, page)[0]
    restrict(page)
    assert client.get(link).status_code == 404
    form = soup(client.get(page.url)).select_one("form")
    client.post(form["action"], {"password": PASSWORD, "return_url": page.url})
    response = client.get(link)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
