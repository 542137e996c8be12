"""FAQ pages, guides and snippets the faq tests build for themselves (tests/factories.py), in
English and Spanish, so that what they assert is the text they wrote (FAQ_TEXT), not the
demo's."""

import pytest

from tests.factories import (
    make_faq_pages,
    make_faq_topic,
    make_guides,
    make_legal_notice,
    make_recording,
    make_shared_question,
)


@pytest.fixture
def topic(db):
    return make_faq_topic()


@pytest.fixture
def shared_question(db):
    return make_shared_question()


@pytest.fixture
def faq_pages(topic, shared_question):
    """A published FAQ page in English and its Spanish translation."""
    return make_faq_pages(topic, shared_question)


@pytest.fixture
def legal_notice(db):
    return make_legal_notice()


@pytest.fixture
def recording(db):
    return make_recording()


@pytest.fixture
def guides(recording, legal_notice):
    """A guide reviewed today in English and Spanish, and an English one reviewed 400 days
    ago: {"en": ..., "es": ..., "overdue": ...}."""
    return make_guides(recording)
