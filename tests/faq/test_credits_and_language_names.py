"""Words inside a sentence keep the sentence's case: "by an immigration lawyer", "por una
abogada", "Narrado en español", whatever capital the editor or translator typed."""

import datetime

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from faq.blocks import AudioBlock
from faq.models import KnowYourRightsPage
from home.language_names import language_in_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "language, credit, expected",
    [
        ("en", "An immigration lawyer of our team", "by an immigration lawyer of our team."),
        ("en", "The legal team of the clinic", "by the legal team of the clinic."),
        ("en", "Ana Ruiz", "by Ana Ruiz."),
        ("es", "Una abogada de nuestro equipo", "por una abogada de nuestro equipo."),
        ("es", "El equipo legal", "por el equipo legal."),
        ("es", "Antonia Ruiz", "por Antonia Ruiz."),
    ],
)
def test_a_role_after_by_is_in_lower_case_and_a_name_keeps_its_capital(language, credit, expected):
    page = KnowYourRightsPage(reviewed_by=credit, last_reviewed=datetime.date.today())
    with translation.override(language):
        html = render_to_string("faq/includes/reviewed.html", {"page": page})
    assert expected in html


def audio_caption(language, spoken):
    block = AudioBlock()
    value = block.to_python(
        {"title": "Recording", "audio": None, "language": spoken, "transcript": "<p>Text</p>"}
    )
    with translation.override(language):
        return block.render(value)


def test_spanish_running_text_writes_language_names_in_lower_case():
    assert "Narrado en español" in audio_caption("es", "Español")
    assert "Narrado en k&#x27;iche&#x27;" in audio_caption("es", "K'iche'")
    assert "Spoken in Spanish" in audio_caption("en", "Spanish")
    with translation.override("es"):
        assert language_in_text("en") == "inglés"
        assert language_in_text("fr") == "francés"
    with translation.override("en"):
        assert language_in_text("es") == "Spanish"
