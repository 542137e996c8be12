"""A small corpus of pages the search tests build for themselves (tests/factories.py,
SEARCH_CORPUS), in English and Spanish, with words the demo does not use: what they assert is
found, marked and ranked is their own text."""

import pytest

from tests.factories import make_search_corpus


@pytest.fixture
def corpus(home_en, django_capture_on_commit_callbacks):
    """{name: {"en": page, "es": page}} for every page of SEARCH_CORPUS, published in both
    languages (what waits for the commit, as a publish does, run now)."""
    with django_capture_on_commit_callbacks(execute=True):
        return make_search_corpus(home_en)
