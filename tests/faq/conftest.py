"""FAQ pages, guides and snippets the faq tests build for themselves, in English and Spanish,
so that what they assert is the text they wrote (the demo's wording may change)."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from faq.models import (
    FAQIndexPage,
    FAQPage,
    FAQQuestion,
    FAQTopic,
    KnowYourRightsPage,
    KnowYourRightsSettings,
    LegalNotice,
)
from tests.factories import spanish_snippet, spanish_translation, stream_json

# What the built pages say, by language.
TEXT = {
    "en": {
        "title": "Test answers about crossing",
        "topic": "Test topic: crossing",
        "shared": "Test: may I bring my papers?",
        "sections": ["Test: before you cross", "Test: after you cross"],
        "written": ["Test: who can help me?", "Test: what is a tidewater interview?"],
        "guide": "Test guide: rights on the road",
        "scenarios": ["Test: at the door", "Test: at work", "Test: on the road"],
        "phrase": "I do not agree to a search.",
        "notice": "Test notice: this page is general information only.",
        "card_notice": "Test: general information only",
        "transcript": "Test transcript: you may stay silent.",
    },
    "es": {
        "title": "Respuestas de prueba sobre el cruce",
        "topic": "Tema de prueba: el cruce",
        "shared": "Prueba: ¿puedo traer mis papeles?",
        "sections": ["Prueba: antes de cruzar", "Prueba: después de cruzar"],
        "written": ["Prueba: ¿quién me puede ayudar?", "Prueba: ¿qué es una entrevista tidewater?"],
        "guide": "Guía de prueba: derechos en el camino",
        "scenarios": ["Prueba: en la puerta", "Prueba: en el trabajo", "Prueba: en el camino"],
        "phrase": "No doy permiso para un registro.",
        "notice": "Aviso de prueba: esta página es solo información general.",
        "card_notice": "Prueba: solo información general",
        "transcript": "Transcripción de prueba: puede guardar silencio.",
    },
}
ANCHORS = ["test-bring-papers", "test-who-helps", "test-tidewater"]
SECTION_ANCHORS = ["test-before", "test-after"]
SCENARIO_ANCHORS = ["test-at-the-door", "test-at-work", "test-on-the-road"]
HOTLINE = "+1 555 010 0177"
HOTLINE_TEL = "tel:+15550100177"
CARD_RIGHTS = {
    "en": "You may stay silent.\nYou may ask for a lawyer.",
    "es": "Puede guardar silencio.\nPuede pedir un abogado.",
}


@pytest.fixture
def faq_index(db):
    """The FAQ index pages (found by type: the parents of what the tests build)."""
    return {code: FAQIndexPage.objects.get(locale__language_code=code) for code in ("en", "es")}


@pytest.fixture
def topic(db):
    english = FAQTopic.objects.create(name=TEXT["en"]["topic"], sort_order=0)
    return {"en": english, "es": spanish_snippet(english, name=TEXT["es"]["topic"])}


@pytest.fixture
def shared_question(db):
    english = FAQQuestion.objects.create(
        question=TEXT["en"]["shared"],
        anchor=ANCHORS[0],
        answer="<p>Yes: bring every paper about your case you have.</p>",
        sources="<p>Test source</p>",
    )
    spanish = spanish_snippet(
        english,
        question=TEXT["es"]["shared"],
        answer="<p>Sí: traiga todos los papeles de su caso que tenga.</p>",
    )
    return {"en": english, "es": spanish}


def faq_sections(code, shared_pk):
    """Two sections: the shared question and a written one, then a written one."""
    text = TEXT[code]

    def written(i):
        return {
            "type": "question",
            "value": {
                "question": text["written"][i],
                "anchor": ANCHORS[i + 1],
                "answer": f"<p>{text['written'][i]} An answer long enough to read.</p>",
                "sources": "<p>Test source</p>",
            },
        }

    questions = [[{"type": "shared_question", "value": shared_pk}, written(0)], [written(1)]]
    return [
        {
            "type": "section",
            "value": {
                "heading": text["sections"][i],
                "anchor": SECTION_ANCHORS[i],
                "intro": "",
                "questions": questions[i],
            },
        }
        for i in range(2)
    ]


@pytest.fixture
def faq_pages(faq_index, topic, shared_question):
    """A published FAQ page in English and its Spanish translation."""
    english = faq_index["en"].add_child(
        instance=FAQPage(
            title=TEXT["en"]["title"],
            slug="test-crossing-answers",
            topic=topic["en"],
            last_reviewed=timezone.localdate(),
            sections=faq_sections("en", shared_question["en"].pk),
        )
    )
    english.save_revision().publish()
    english = FAQPage.objects.get(pk=english.pk)
    spanish = spanish_translation(
        english,
        title=TEXT["es"]["title"],
        sections=faq_sections("es", shared_question["es"].pk),
    )
    return {"en": english, "es": spanish}


@pytest.fixture
def legal_notice(db):
    """Our own "not legal advice" notice, chosen in the setting."""
    english = LegalNotice.objects.create(
        name="Test notice",
        text=f"<p>{TEXT['en']['notice']}</p>",
        short_text=TEXT["en"]["card_notice"],
    )
    spanish = spanish_snippet(
        english, text=f"<p>{TEXT['es']['notice']}</p>", short_text=TEXT["es"]["card_notice"]
    )
    settings = KnowYourRightsSettings.load()
    settings.legal_notice = english
    settings.save()
    return {"en": english, "es": spanish}


@pytest.fixture
def recording(db):
    document = get_document_model()(title="Test recording")
    document.file.save("test-recording.mp3", ContentFile(b"ID3 test recording"), save=False)
    document.save()
    return document


def guide_stream(code, recording):
    text = TEXT[code]
    scenarios = [
        (
            "scenario",
            {
                "title": title,
                "anchor": anchor,
                "summary": "",
                "do": ["Stay calm.", "Ask for a lawyer."],
                "dont": ["Do not run."],
                "phrases": [
                    {
                        "phrase": text["phrase"],
                        # Copied into every language; shown only off the English guide.
                        "english": TEXT["en"]["phrase"],
                        "note": "",
                    }
                ],
                "hotlines": [{"name": "Test hotline", "number": HOTLINE, "hours": ""}],
            },
        )
        for title, anchor in zip(text["scenarios"], SCENARIO_ANCHORS, strict=True)
    ]
    audio = (
        "audio",
        {
            "title": "Test recording",
            "audio": recording.pk,
            "language": {"en": "English", "es": "Spanish"}[code],
            "transcript": f"<p>{text['transcript']}</p>",
        },
    )
    return scenarios + [audio]


def make_guide(parent, slug, recording, reviewed):
    page = parent.add_child(
        instance=KnowYourRightsPage(
            title=TEXT["en"]["guide"] + (" (" + slug + ")"),
            slug=slug,
            last_reviewed=reviewed,
            guide=stream_json(KnowYourRightsPage, "guide", guide_stream("en", recording)),
            card_rights=CARD_RIGHTS["en"],
            card_hotline_name="Test hotline",
            card_hotline_number=HOTLINE,
        )
    )
    page.save_revision().publish()
    return KnowYourRightsPage.objects.get(pk=page.pk)


@pytest.fixture
def guides(faq_index, recording, legal_notice):
    """A guide reviewed today in English and Spanish, and an English one reviewed 400 days
    ago: {"en": ..., "es": ..., "overdue": ...}."""
    today = timezone.localdate()
    english = make_guide(faq_index["en"], "test-road-guide", recording, today)
    spanish = spanish_translation(
        english,
        title=TEXT["es"]["guide"],
        guide=stream_json(KnowYourRightsPage, "guide", guide_stream("es", recording)),
        card_rights=CARD_RIGHTS["es"],
    )
    overdue = make_guide(
        faq_index["en"], "test-old-guide", recording, today - datetime.timedelta(days=400)
    )
    return {"en": english, "es": spanish, "overdue": overdue}
