"""The public reads every page in its language and can switch to the other one."""

import pytest
from wagtail.models import Locale

from home.locales import locale_by_id
from home.models import StandardPage
from home.templatetags.site_tags import language_links
from tests.factories import h1_texts, hreflangs, make_campaign, soup

pytestmark = pytest.mark.django_db

SPANISH_TITLE = "Campaña de prueba: abrir el puerto"


def switcher_links(response):
    nav = soup(response).find(attrs={"data-language-switcher": True})
    assert nav is not None, "the page has a language switcher"
    return {a["hreflang"]: a["href"] for a in nav.find_all("a", hreflang=True)}


def test_switcher_and_hreflang_link_a_campaign_to_its_spanish_translation(client):
    page_en, page_es = make_campaign(spanish=SPANISH_TITLE)
    assert page_es.live and page_es.title != page_en.title

    response = client.get(page_en.url)
    assert switcher_links(response)["es"] == page_es.url
    assert hreflangs(response) == {"en": page_en.full_url, "es": page_es.full_url}
    canonical = soup(response).find("link", rel="canonical")["href"]
    assert canonical == page_en.full_url

    response = client.get(page_es.url)
    assert response.status_code == 200
    assert '<html lang="es" dir="ltr"' in response.content.decode()
    assert h1_texts(response) == [page_es.title]
    assert switcher_links(response)["en"] == page_en.url


def switcher_notes(response):
    nav = soup(response).find(attrs={"data-language-switcher": True})
    return {
        note["lang"]: note.get_text(strip=True) for note in nav.find_all(class_="language-note")
    }


def english_only_page(home_en):
    page = home_en.add_child(instance=StandardPage(title="Only in English", slug="only-english"))
    page.save_revision().publish()
    return page


def test_untranslated_page_links_to_the_other_languages_home_and_claims_no_alternate(
    client, home_en, home_es
):
    page = english_only_page(home_en)

    response = client.get(page.url)
    assert switcher_links(response)["es"] == home_es.url
    assert set(hreflangs(response)) == {"en"}
    # Told in Spanish, to the reader who wants Spanish.
    assert switcher_notes(response) == {"es": "Esta página aún no está disponible en español."}


def test_a_spanish_only_page_tells_english_readers_in_english(client, home_en, home_es):
    page = home_es.add_child(instance=StandardPage(title="Solo en español", slug="solo-espanol"))
    page.save_revision().publish()

    response = client.get(page.url)
    assert switcher_links(response) == {"en": home_en.url, "es": page.url}
    assert switcher_notes(response) == {"en": "This page is not yet available in English."}
    assert set(hreflangs(response)) == {"es"}


def test_a_translated_page_carries_no_note(client):
    page_en, _page_es = make_campaign(spanish=SPANISH_TITLE)
    assert switcher_notes(client.get(page_en.url)) == {}


def test_an_unpublished_spanish_draft_is_not_offered(client, home_en, home_es):
    page = english_only_page(home_en)
    draft = page.copy_for_translation(Locale.objects.get(language_code="es"))
    assert not draft.live

    response = client.get(page.url)
    assert switcher_links(response)["es"] == home_es.url
    assert set(hreflangs(response)) == {"en"}


def test_an_alias_of_english_text_is_no_spanish_page(client, home_en, home_es):
    """What wagtail-localize's locale synchronisation makes for a page nobody translated."""
    page = english_only_page(home_en)
    alias = page.copy_for_translation(Locale.objects.get(language_code="es"), alias=True)
    assert alias.live and alias.url.startswith("/es/")

    response = client.get(page.url)
    assert switcher_links(response)["es"] == home_es.url
    assert set(hreflangs(response)) == {"en"}

    # The English text is not served a second time under /es/: the visitor is sent to it.
    response = client.get(alias.url)
    assert response.status_code == 302
    assert response["Location"] == page.url

    sitemap = client.get("/sitemap.xml").content.decode()
    assert page.full_url in sitemap
    assert alias.full_url not in sitemap


def test_once_translated_the_alias_address_serves_the_spanish_page(client, home_en):
    page = english_only_page(home_en)
    alias = page.copy_for_translation(Locale.objects.get(language_code="es"), alias=True)
    # What publishing a wagtail-localize translation does to the alias it replaces.
    alias.alias_of = None
    alias.title = "Solo en inglés, hasta hoy"
    alias.save()
    alias.save_revision().publish()

    response = client.get(alias.url)
    assert response.status_code == 200
    assert h1_texts(response) == ["Solo en inglés, hasta hoy"]
    assert switcher_links(client.get(page.url))["es"] == alias.url


@pytest.mark.parametrize("translated", [True, False], ids=["translated", "untranslated"])
def test_the_switcher_costs_two_queries_at_most(
    rf, home_en, translated, django_assert_max_num_queries
):
    if translated:
        page, _spanish = make_campaign(spanish=SPANISH_TITLE)
    else:
        page = english_only_page(home_en)
    request = rf.get(page.url)
    page.get_url(request)  # the site and its root paths, read once per request anyway
    locale_by_id(page.locale_id)  # the Locale rows, kept by the process (home.locales)

    with django_assert_max_num_queries(1 if translated else 2):
        links = language_links({"request": request}, page)
    assert [link["code"] for link in links] == ["en", "es"]
    assert links[1]["is_translation"] is translated


def test_spanish_pages_speak_spanish_in_the_frame(client, home_es):
    response = client.get(home_es.url)
    html = response.content.decode()
    assert "Saltar al contenido principal" in html
    assert "Skip to main content" not in html
    # A string holding a percent sign: screen readers announce the count of suggestions.
    search = soup(response).find("form", role="search")
    assert search["data-suggest-many"] == "%s sugerencias, usa las flechas arriba y abajo"
