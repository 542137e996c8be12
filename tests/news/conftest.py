"""News posts the news tests build for themselves, in English and Spanish, so that they assert on
their own words rather than the demo's.

The posts are dated after every demo post, so they are the newest of each index."""

import datetime

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from news.models import NewsIndexPage, NewsPage
from tests.factories import make_image, stream_json

ADVISORY_DATE = datetime.date(2031, 3, 4)  # a Tuesday


def news_index(code):
    return NewsIndexPage.objects.get(locale__language_code=code)


def make_post(title, slug, date, post_type="statement", **fields):
    """An English post, published under the English news index."""
    fields.setdefault("hero_image", make_image(title=f"Picture for {title}"))
    for name in ("authors", "press_contacts", "body", "related_posts"):
        if name in fields:
            fields[name] = stream_json(NewsPage, name, fields[name])
    post = NewsPage(
        title=title, slug=slug, date=date, post_type=post_type, intro=f"About {title}.", **fields
    )
    news_index("en").add_child(instance=post)
    post.save_revision().publish()
    return NewsPage.objects.get(pk=post.pk)


def translate_post(post, title, slug, **fields):
    """Its Spanish translation as wagtail-localize makes it (synchronised fields copied), then
    edited by a translator and published."""
    spanish = Locale.objects.get(language_code="es")
    source, _created = TranslationSource.update_or_create_from_instance(post)
    Translation.objects.get_or_create(source=source, target_locale=spanish)
    page, _created = source.create_or_update_translation(spanish, publish=False, fallback=True)
    page.get_latest_revision().publish()
    page = NewsPage.objects.get(pk=page.pk)
    page.title, page.slug = title, slug
    for name, value in fields.items():
        if name in ("body", "authors", "press_contacts"):
            value = stream_json(NewsPage, name, value)
        setattr(page, name, value)
    page.save_revision().publish()
    return NewsPage.objects.get(pk=page.pk)


ADVISORY = {
    "en": "Test advisory: the clinic opens its doors",
    "es": "Aviso de prueba: la clínica abre sus puertas",
}
RELATED = {"en": "Test statement on shelters", "es": "Declaración de prueba sobre albergues"}
VICTORY = {"en": "Test victory in court", "es": "Victoria de prueba en el tribunal"}
HASHTAGS = {"en": "#TestTagOne #TestTagTwo #TestTagThree", "es": "#EtiquetaUno #EtiquetaDos #Tres"}
CONTACTS = [
    {"name": "Tess Contact", "organisation": "Test Legal Clinic", "phone": "+1 555 0101"},
    {"name": "Second Contact", "organisation": "Another Clinic", "phone": "+1 555 0102"},
]


def contact(name, organisation, phone):
    return {
        "heading": "",
        "name": name,
        "organisation": organisation,
        "role": "",
        "phone": phone,
        "email": "press-test@example.org",
        "languages": "",
    }


@pytest.fixture
def test_news(db):
    """Three new posts in both languages, newest first: a media advisory (byline, two press
    contacts, three hashtags, a section in the other language, the statement as related post),
    a story of a victory and a statement. {name: (english, spanish)}."""
    related = make_post(RELATED["en"], "test-statement", ADVISORY_DATE - datetime.timedelta(2))
    related_es = translate_post(related, RELATED["es"], "declaracion-de-prueba")
    victory = make_post(
        VICTORY["en"], "test-victory", ADVISORY_DATE - datetime.timedelta(1), "victory"
    )
    victory_es = translate_post(victory, VICTORY["es"], "victoria-de-prueba")
    advisory = make_post(
        ADVISORY["en"],
        "test-advisory",
        ADVISORY_DATE,
        "media_advisory",
        authors=[("author", {"name": "Tina Writer", "role": "Test Desk"})],
        press_contacts=[("contact", contact(**c)) for c in CONTACTS],
        hashtags=HASHTAGS["en"],
        related_posts=[("post", related.pk)],
        body=[
            ("text", "<p>The clinic opens in English words.</p>"),
            (
                "second_language",
                {"language": "es", "heading": "Sección", "text": "<p>Palabras en español.</p>"},
            ),
        ],
    )
    advisory_es = translate_post(
        advisory,
        ADVISORY["es"],
        "aviso-de-prueba",
        hashtags=HASHTAGS["es"],
        body=[
            ("text", "<p>La clínica abre en palabras españolas.</p>"),
            (
                "second_language",
                {"language": "en", "heading": "Section", "text": "<p>The clinic in English.</p>"},
            ),
        ],
    )
    return {
        "advisory": (advisory, advisory_es),
        "victory": (victory, victory_es),
        "related": (related, related_es),
    }
