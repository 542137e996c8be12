"""A small corpus of pages the search tests build for themselves, in English and Spanish, with
words the demo does not use: what they assert is found, marked and ranked is their own text."""

import pytest

from home.models import StandardPage
from tests.factories import spanish_translation, stream_json

# Each page: title, intro and body (a heading, and an accordion whose answer is StreamField
# text), in English then Spanish.
CORPUS = {
    "keepers": {
        "en": {
            "title": "Lighthouse keepers' rights",
            "intro": "What a lighthouse keeper may refuse.",
            "heading": "Why guard the lighthouse?",
            "question": "Before the lantern inspection",
            "answer": "Ask the harbourmaster or another lamplighter to come with you.",
        },
        "es": {
            "title": "Brújula y faro de los guardianes",
            "intro": "Lo que un guardián del faro puede rechazar.",
            "heading": "¿Por qué guardar el faro?",
            "question": "Antes de la inspección de la linterna",
            "answer": "Pida al capitán del puerto u otro farero que le acompañe.",
        },
    },
    "lanterns": {
        "en": {
            "title": "Lantern repairs",
            "intro": "How to mend a lantern that leaks.",
            "heading": "Tools for the lantern",
            "question": "Which wick to buy",
            "answer": "A cotton wick burns longest in the cold.",
        },
        "es": {
            "title": "Reparación de linternas",
            "intro": "Cómo arreglar una linterna que gotea.",
            "heading": "Herramientas para la linterna",
            "question": "Qué mecha comprar",
            "answer": "Una mecha de algodón dura más con el frío.",
        },
    },
    "foghorn": {
        "en": {
            "title": "Foghorn schedules",
            "intro": "When the foghorn sounds each night.",
            "heading": "Sounding the foghorn",
            "question": "Who keeps the foghorn log",
            "answer": "The keeper writes each foghorn signal in the log.",
        },
        "es": {
            "title": "Horarios de la sirena de niebla",
            "intro": "Cuándo suena la sirena cada noche.",
            "heading": "Hacer sonar la sirena",
            "question": "Quién lleva el registro de la sirena",
            "answer": "El guardián anota cada señal de la sirena en el registro.",
        },
    },
}


def body(words):
    return stream_json(
        StandardPage,
        "body",
        [
            ("heading", {"text": words["heading"], "level": "h2", "anchor": ""}),
            (
                "accordion",
                {
                    "heading": "",
                    "items": [{"title": words["question"], "body": f"<p>{words['answer']}</p>"}],
                },
            ),
        ],
    )


def standard_page(parent, slug, words):
    page = parent.add_child(
        instance=StandardPage(
            title=words["title"], slug=slug, intro=words["intro"], body=body(words)
        )
    )
    page.save_revision().publish()
    return StandardPage.objects.get(pk=page.pk)


@pytest.fixture
def corpus(home_en, django_capture_on_commit_callbacks):
    """{name: {"en": page, "es": page}} for every page of CORPUS, published in both languages
    (what waits for the commit, as a publish does, run now)."""
    pages = {}
    with django_capture_on_commit_callbacks(execute=True):
        for name, words in CORPUS.items():
            english = standard_page(home_en, f"test-{name}", words["en"])
            spanish = spanish_translation(
                english,
                title=words["es"]["title"],
                intro=words["es"]["intro"],
                body=body(words["es"]),
            )
            pages[name] = {"en": english, "es": spanish}
    return pages
