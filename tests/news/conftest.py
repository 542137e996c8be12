"""News posts the news tests build for themselves (tests/factories.py, NEWS_TEXT), in English
and Spanish, so that they assert on their own words rather than the demo's."""

import pytest

from tests.factories import make_news


@pytest.fixture
def test_news(db):
    """Three new posts in both languages, newest first: {name: (english, spanish)}."""
    return make_news()
