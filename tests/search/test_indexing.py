"""Every page type is searchable through its own declaration, StreamField text included."""

import pytest
from django.db import connection
from modelsearch.conf import get_app_config
from modelsearch.index import SearchField
from wagtail.models import Page, get_page_models

from home.models import ContentPage
from search.highlight import fold, passage, query_stems
from search.languages import config_for_language
from search.views import indexed_text
from tests.factories import SEARCH_CORPUS

pytestmark = pytest.mark.django_db


def test_every_page_type_declares_its_search_fields_with_the_body():
    page_types = [model for model in get_page_models() if model is not Page]
    assert any(issubclass(model, ContentPage) for model in page_types), page_types
    for model in page_types:
        names = {f.field_name for f in model.get_search_fields() if isinstance(f, SearchField)}
        assert {"title"} <= names, model
        if issubclass(model, ContentPage):
            assert {"intro", "body"} <= names, model


def test_block_settings_are_not_indexed(corpus):
    # Heading levels ("Section (h2)"), anchors and button styles are not words on the page.
    pages = list(Page.objects.live().filter(depth__gt=1).specific())
    texts = indexed_text(pages)
    assert len(texts) == len(pages)
    home_text = " ".join(texts.values())
    assert SEARCH_CORPUS["keepers"]["en"]["heading"] in home_text  # a heading's words are indexed
    assert SEARCH_CORPUS["keepers"]["en"]["answer"] in home_text  # and an accordion's answer
    for setting in ["Section (h2)", "Subsection (h3)", "primary", "secondary", "Strong"]:
        assert setting not in home_text


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL configurations")
def test_each_language_is_indexed_with_its_own_stemmer(corpus):
    IndexEntry = get_app_config().get_model("IndexEntry")  # noqa: N806

    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('bh_spanish', 'Los asilos y la detención')::text")
        assert cursor.fetchone()[0] == "'asil':2 'detencion':5"
    spanish = corpus["keepers"]["es"]
    entry = IndexEntry.objects.get(object_id=str(spanish.pk), content_type=spanish.content_type)
    assert "'far'" in str(entry.title)  # "faro" read in Spanish (English would keep "faro")


def test_languages_map_to_configurations():
    assert config_for_language("es") == "bh_spanish"
    assert config_for_language("pt-br") == "bh_portuguese"
    assert config_for_language("en") == "bh_english"
    assert config_for_language("xx") == "bh_simple"


def test_passages_mark_other_forms_of_a_word():
    assert fold("Detención") == "detencion"
    assert query_stems("asilos de la") == ["asil"]
    text = "Pedir asilo es un derecho. " * 3 + "La detención no es la respuesta."
    marked = passage(text, "detenciones", words=6)
    assert marked.startswith("… ") and "<mark>detención</mark>" in marked


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL configurations")
def test_a_search_limited_to_one_language_uses_its_rules_whatever_the_active_language(corpus):
    from django.utils import translation

    with translation.override("en"):  # an editor working in English, searching Spanish pages
        spanish = corpus["keepers"]["es"]
        found = Page.objects.filter(locale=spanish.locale).search("faros")
        assert SEARCH_CORPUS["keepers"]["es"]["title"] in [page.title for page in found]
