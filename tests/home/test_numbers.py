"""Numbers, percentages and dates are written as the reader's language writes them: 12,345 and
45% in English, 12 345 and 45 % (no-break spaces) in Spanish, everywhere the site shows them."""

import datetime

import pytest
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Locale

from home import numbers
from home.blocks.evidence import StatisticSetBlock
from toolkit import cards
from toolkit.models import SocialCard
from toolkit.templatetags.toolkit_tags import post_info

NB = "\u00a0"


@pytest.mark.parametrize(
    "language, expected",
    [
        ("en", ["12,345", "1,250", "4.5", "45%", "July 11, 2022"]),
        ("es", [f"12{NB}345", "1250", "4,5", f"45{NB}%", "11 de julio de 2022"]),
    ],
)
def test_numbers_percentages_and_dates_per_language(language, expected):
    with translation.override(language):
        assert [
            numbers.number(12345),
            numbers.number(1250),
            numbers.number(4.5, 1),
            numbers.percent(45),
            numbers.day(datetime.date(2022, 7, 11)),
        ] == expected


def test_an_editors_figure_is_rewritten_only_when_it_is_a_plain_number():
    assert numbers.figure("23,753", "es") == f"23{NB}753"
    assert numbers.figure("23,753", "en") == "23,753"
    assert numbers.figure("62%", "es") == f"62{NB}%"
    assert numbers.figure("~100%", "es") == f"~100{NB}%"
    assert numbers.figure("2,000", "es") == "2000"
    assert numbers.figure("7.5%", "es") == f"7,5{NB}%"
    # Not plain numbers, or ambiguous (a Spanish thousand?): shown as typed.
    for typed in ("$24 billion", "1 in 4", "34,000 → 25,000", "23.753", "Demand 1", ""):
        assert numbers.figure(typed, "es") == typed


def statistics_html(language):
    block = StatisticSetBlock()
    value = block.to_python(
        {
            "heading": "Figures",
            "statistics": [
                {"number": "48,210", "label": "people", "as_of": "2023-03-05"},
                {"number": "38%", "label": "of cases"},
            ],
        }
    )
    with translation.override(language):
        return block.render(value)


def test_statistics_block_writes_figures_and_dates_for_the_reader():
    english, spanish = statistics_html("en"), statistics_html("es")
    assert ">48,210<" in english and ">38%<" in english and "March 5, 2023" in english
    assert f">48{NB}210<" in spanish and f">38{NB}%<" in spanish and "5 de marzo de 2023" in spanish


@pytest.mark.parametrize(
    "language, shown",
    [("en", ["12,345", "20,000", "62%"]), ("es", [f"12{NB}345", f"20{NB}000", f"62{NB}%"])],
)
def test_the_signature_counter_in_each_language(language, shown):
    with translation.override(language):
        html = render_to_string(
            "campaigns/includes/counter.html",
            {"figures": {"total": 12345, "goal": 20000, "percent": 62}},
        )
    for text in shown:
        assert text in html


def test_toolkit_character_counts_in_each_language():
    info = post_info({"platform": "x", "text": "a" * 12}) | {"label": "Post", "limit": 25000}
    with translation.override("es"):
        html = render_to_string("toolkit/includes/post_field.html", info)
    assert f"12 de 25{NB}000 caracteres" in html
    with translation.override("en"):
        assert "12 of 25,000" in render_to_string("toolkit/includes/post_field.html", info)


@pytest.mark.django_db
def test_a_spanish_social_card_draws_its_figure_the_spanish_way():
    card = SocialCard(
        figure="23,753", text="personas", locale=Locale.objects.get(language_code="es")
    )
    assert card.shown_figure() == f"23{NB}753"
    assert card.content().figure == f"23{NB}753"
    english = SocialCard(
        figure="23,753", text="people", locale=Locale.objects.get(language_code="en")
    )
    assert english.shown_figure() == "23,753"
    # The no-break space keeps the figure on one line however narrow the card.
    assert cards.wrap(f"23{NB}753", 40, True, 10) == [f"23{NB}753"]
