"""The public reads every page in its language and can switch to the other one."""

import pytest
from django.test import override_settings
from wagtail.models import Locale

from campaigns.models import CampaignPage
from home.models import HomePage, StandardPage
from tests.html import h1_texts, hreflangs, soup

pytestmark = pytest.mark.django_db


def switcher_links(response):
    nav = soup(response).find(attrs={"data-language-switcher": True})
    assert nav is not None, "the page has a language switcher"
    return {a["hreflang"]: a["href"] for a in nav.find_all("a", hreflang=True)}


def test_switcher_and_hreflang_link_a_campaign_to_its_spanish_translation(client):
    page_en = CampaignPage.objects.live().filter(locale__language_code="en").first()
    page_es = page_en.get_translation(Locale.objects.get(language_code="es"))
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


def test_untranslated_page_links_to_the_other_languages_home_and_claims_no_alternate(
    client, home_en, home_es
):
    page = home_en.add_child(instance=StandardPage(title="Only in English", slug="only-english"))
    page.save_revision().publish()

    response = client.get(page.url)
    assert switcher_links(response)["es"] == home_es.url
    assert set(hreflangs(response)) == {"en"}


def test_spanish_pages_speak_spanish_in_the_frame(client, home_es):
    response = client.get(home_es.url)
    html = response.content.decode()
    assert "Saltar al contenido principal" in html
    assert "Skip to main content" not in html
    # A string holding a percent sign: screen readers announce the count of suggestions.
    search = soup(response).find("form", role="search")
    assert search["data-suggest-many"] == "%s sugerencias, usa las flechas arriba y abajo"


@override_settings(
    LANGUAGES=[("en", "English"), ("es", "Español"), ("ar", "العربية")],
    WAGTAIL_CONTENT_LANGUAGES=[("en", "English"), ("es", "Español"), ("ar", "العربية")],
)
def test_a_right_to_left_language_is_added_by_settings_alone(client, home_en):
    arabic = Locale.objects.create(language_code="ar")
    home_ar = home_en.copy_for_translation(arabic)
    home_ar.title = "الصفحة الرئيسية"
    home_ar.save_revision().publish()

    response = client.get("/ar/")
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl"' in response.content.decode()
    assert switcher_links(response)["ar"] == "/ar/"
    assert HomePage.objects.live().filter(locale=arabic).count() == 1
