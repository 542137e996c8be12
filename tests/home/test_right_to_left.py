"""A third language is a setting: Arabic, written right to left, mirrors the whole page."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from tests.factories import make_campaign, soup

pytestmark = pytest.mark.django_db

THREE_LANGUAGES = [("en", "English"), ("es", "Español"), ("ar", "العربية")]
HOME_TITLE_AR = "الإنسانية على الحدود"


@pytest.fixture
def home_ar(home_en):
    """The Arabic home page as a translator would make it with wagtail-localize: the title
    translated, other strings still the English source until someone translates them."""
    with override_settings(LANGUAGES=THREE_LANGUAGES, WAGTAIL_CONTENT_LANGUAGES=THREE_LANGUAGES):
        arabic = Locale.objects.create(language_code="ar")
        source, _created = TranslationSource.update_or_create_from_instance(home_en)
        title = StringSegment.objects.select_related("string", "context").get(
            source=source, context__path="title"
        )
        StringTranslation.objects.create(
            translation_of=title.string, locale=arabic, context=title.context, data=HOME_TITLE_AR
        )
        Translation.objects.create(source=source, target_locale=arabic)
        # Published from its revision, as the translation editor does (the untranslated strings
        # fall back to the English source).
        page, _created = source.create_or_update_translation(arabic, publish=False, fallback=True)
        page.get_latest_revision().publish()
        page.refresh_from_db()
        return page


@override_settings(LANGUAGES=THREE_LANGUAGES, WAGTAIL_CONTENT_LANGUAGES=THREE_LANGUAGES)
def test_an_arabic_home_page_is_served_right_to_left(client, home_ar):
    assert home_ar.live and home_ar.url == "/ar/"

    response = client.get("/ar/")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "ar" and page.html["dir"] == "rtl"
    assert page.title.get_text().startswith(HOME_TITLE_AR)
    switcher = page.find(attrs={"data-language-switcher": True})
    assert [a["hreflang"] for a in switcher.find_all("a")] == ["en", "es", "ar"]
    assert switcher.find("a", hreflang="ar")["aria-current"] == "true"
    hreflangs = {link["hreflang"] for link in page.find_all("link", rel="alternate")}
    assert hreflangs == {"en", "es", "ar"}


@override_settings(LANGUAGES=THREE_LANGUAGES, WAGTAIL_CONTENT_LANGUAGES=THREE_LANGUAGES)
def test_english_pages_offer_arabic_right_to_left_only_where_it_exists(client, home_ar):
    campaign, _spanish = make_campaign(spanish="Campaña de prueba: abrir el puerto")

    page = soup(client.get(campaign.url))
    arabic = page.find("a", hreflang="ar")
    assert arabic["href"] == "/ar/" and arabic["dir"] == "rtl"
    note = page.find(class_="language-note", lang="ar")
    assert note["dir"] == "rtl"
    assert not page.find("link", rel="alternate", hreflang="ar")


# Physical directions do not turn around under dir="rtl"; their logical twins do.
PHYSICAL = re.compile(
    r"(?:margin|padding|border|inset)-(?:left|right)\b"
    r"|(?<![-\w])(?:left|right)\s*:"
    r"|(?:text-align|float|clear)\s*:\s*(?:left|right)"
    r"|border-(?:top|bottom)-(?:left|right)-radius"
)


def test_stylesheets_use_logical_directions_so_the_layout_mirrors():
    root = Path(settings.BASE_DIR)
    stylesheets = [
        path
        for path in root.glob("*/static/**/*.css")
        if ".venv" not in path.parts and "node_modules" not in path.parts
    ]
    assert len(stylesheets) >= 3
    physical = [
        f"{path.relative_to(root)}:{number}: {line.strip()}"
        for path in stylesheets
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if PHYSICAL.search(line)
    ]
    assert physical == []
