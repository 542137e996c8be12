"""A small journey of the tests' own, in English and Spanish (tests/factories.py builds it):
what the journey tests assert on, so that editing the demo's journey breaks none of them."""

import pytest

from tests.factories import build_journey, translate_journey


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
    return translate_journey(journey_en)
