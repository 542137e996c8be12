"""A small journey of the tests' own, in English and Spanish: what the journey tests assert on,
so that editing the demo's journey breaks none of them.

The graph is shaped for what the tests check: three starting stages, a stage with two next
stages, one that a later stage sends a case back to, three paths and chained questions."""

import datetime

import pytest
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from journey.models import JourneyPage
from tests.factories import stream_json

TITLE_EN = "Test road through the process"
TITLE_ES = "Camino de prueba por el proceso"
CUSTODY_EN = "Held or let go"
CUSTODY_ES = "Retenido o liberado"
FIGURE_EN = "4,321"
FIGURE_ES = "4.321"


def stage(key, title, next_stages=(), **fields):
    value = {
        "stage_id": key,
        "title": title,
        "label": f"Map: {title}"[:32],
        "summary": f"What happens at the stage {title}.",
        "next_stages": [{"stage": to, "condition": condition} for to, condition in next_stages],
    }
    value.update(fields)
    return ("stage", value)


def journey_stages(rights_pages):
    return [
        stage("at-the-border", "At the crossing", [("fear-interview", "")]),
        stage("crossed-over", "Stopped after crossing", [("court-notice", "if let go")]),
        stage("living-here", "Living here", [("filing-deadline", "")]),
        stage(
            "fear-interview",
            "The fear talk",
            [("custody", "if a fear is found"), ("second-look", "if the finding is no")],
        ),
        stage("second-look", "A judge looks again", [("custody", "if the judge thinks otherwise")]),
        stage("court-notice", "The court letter", [("hearing", "")]),
        stage("filing-deadline", "The filing year", [("asylum-office", "")]),
        stage(
            "custody",
            CUSTODY_EN,
            [("hearing", "")],
            duration="Weeks to seasons",
            statistic={
                "number": FIGURE_EN,
                "label": "people held on a test day",
                "as_of": datetime.date(2021, 3, 14),
                "source_name": "A made-up register",
            },
            rights=[{"text": text, "page": page.pk} for text, page in rights_pages],
        ),
        # A case sent back to court: a step to an earlier stage of the list.
        stage(
            "asylum-office",
            "The office interview",
            [("granted", "if approved"), ("court-notice", "if sent to court")],
        ),
        stage("hearing", "Before the judge", [("granted", "if the judge agrees")]),
        stage("granted", "Protected"),
    ]


PATHS = [
    (
        "path",
        {
            "path_id": "affirmative",
            "title": "Asking from inside",
            "stages": ["living-here", "filing-deadline", "asylum-office", "granted"],
        },
    ),
    (
        "path",
        {
            "path_id": "crossing",
            "title": "Asking at the crossing",
            "stages": ["at-the-border", "fear-interview", "custody", "hearing", "granted"],
        },
    ),
    (
        "path",
        {
            "path_id": "stopped",
            "title": "Stopped inside",
            "stages": ["crossed-over", "court-notice"],
        },
    ),
]


def answer(text, stage="", question=""):
    return {"answer": text, "stage": stage, "question": question}


QUESTIONS = [
    (
        "question",
        {
            "question_id": "where-now",
            "question": "Where did it start?",
            "answers": [
                answer("At the crossing itself", stage="at-the-border"),
                answer("Agents stopped me inside", question="fear-asked"),
                answer("I have lived here a while", question="court-letter"),
            ],
        },
    ),
    (
        "question",
        {
            "question_id": "fear-asked",
            "question": "Did an officer ask about your fear?",
            "answers": [
                answer("Not yet", stage="fear-interview"),
                answer("Yes", stage="custody"),
            ],
        },
    ),
    (
        "question",
        {
            "question_id": "court-letter",
            "question": "Did a court letter come?",
            "answers": [
                answer("It did", stage="court-notice"),
                answer("It did not", stage="filing-deadline"),
            ],
        },
    ),
]


def build_journey(home, rights):
    """A live journey of eleven stages under `home`; the custody stage's rights link the
    [(text, page)] given."""
    page = JourneyPage(
        title=TITLE_EN,
        slug="test-road",
        intro="A journey the tests build.",
        stages=stream_json(JourneyPage, "stages", journey_stages(rights)),
        paths=stream_json(JourneyPage, "paths", PATHS),
        questions=stream_json(JourneyPage, "questions", QUESTIONS),
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return JourneyPage.objects.get(pk=page.pk)


@pytest.fixture
def journey_en(home_en, petition_en):
    """The English journey; its rights link pages that have a Spanish translation."""
    return build_journey(
        home_en, [("Back to the start page", home_en), ("Sign for fair hearings", petition_en)]
    )


@pytest.fixture
def journey_es(journey_en):
    """Its Spanish translation through wagtail-localize: the title, the custody stage's title
    and figure translated, every other string falling back to the English."""
    spanish = Locale.objects.get(language_code="es")
    source, _created = TranslationSource.update_or_create_from_instance(journey_en)
    for english, translated in (
        (TITLE_EN, TITLE_ES),
        (CUSTODY_EN, CUSTODY_ES),
        (FIGURE_EN, FIGURE_ES),
    ):
        segments = StringSegment.objects.select_related("string", "context").filter(
            source=source, string__data=english
        )
        assert segments, english
        for segment in segments:  # a stage's title may be its map label too
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=spanish,
                context=segment.context,
                data=translated,
            )
    Translation.objects.get_or_create(source=source, target_locale=spanish)
    page, _created = source.create_or_update_translation(spanish, publish=False, fallback=True)
    page.get_latest_revision().publish()
    return JourneyPage.objects.get(pk=page.pk)
