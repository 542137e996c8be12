"""The demo site a new user sees after `make run`: complete, in two languages, loaded once."""

import pytest
from django.core.management import call_command
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from home.models import HomePage, SiteNavigation
from tests.html import h1_texts, hreflangs, meta_content

pytestmark = pytest.mark.django_db


def live_pages():
    return Page.objects.filter(depth__gt=1).live().specific().order_by("path")


def counts():
    return (
        Page.objects.count(),
        get_image_model().objects.count(),
        SiteNavigation.objects.count(),
    )


def test_loading_twice_creates_nothing_twice():
    before = counts()
    call_command("load_demo_content", verbosity=0)
    assert counts() == before


def test_both_languages_have_the_same_pages_as_real_translations():
    en = {p.translation_key for p in live_pages().filter(locale__language_code="en")}
    es = {p.translation_key for p in live_pages().filter(locale__language_code="es")}
    assert len(en) >= 5  # home, three campaigns, the coalition
    assert en == es
    assert HomePage.objects.filter(locale__language_code="es").count() == 1
    assert SiteNavigation.objects.filter(locale__language_code="es").exists()


def test_every_live_page_answers_with_title_description_alternates_and_one_h1(client):
    pages = list(live_pages())
    assert pages
    for page in pages:
        response = client.get(page.url)
        code = page.locale.language_code
        assert response.status_code == 200, page.url
        assert f'<html lang="{code}"' in response.content.decode(), page.url
        assert len(h1_texts(response)) == 1, page.url
        assert escape(page.title) in response.content.decode(), page.url
        assert meta_content(response, name="description"), page.url
        assert set(hreflangs(response)) == {"en", "es"}, page.url
        assert meta_content(response, prop="og:image"), page.url


def test_spanish_pages_are_in_spanish(client):
    english = Locale.objects.get(language_code="en")
    for page in live_pages().filter(locale__language_code="es"):
        source = page.get_translation(english)
        assert page.intro and page.intro != source.intro, page.url
        assert page.search_description != source.search_description, page.url
        body = client.get(page.url).content.decode()
        assert source.intro not in body, page.url
