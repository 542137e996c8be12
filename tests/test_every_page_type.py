"""Every page type in the demo renders in both languages with a bounded number of queries, and
tripling its body (more blocks, more images, more links) does not add a single one."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, get_page_models

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

# A warm site (navigation and renditions cached, as after the first visitor).
QUERY_CEILING = 24


def queries_for(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def demo_pages():
    for model in get_page_models():
        if model is Page:
            continue
        page = model.objects.live().filter(locale__language_code="en").first()
        yield model, page


def test_every_page_type_is_in_the_demo_in_both_languages():
    from wagtail.models import Locale

    spanish = Locale.objects.get(language_code="es")
    pages = list(demo_pages())
    assert pages, "no page types"
    for model, page in pages:
        assert page is not None, f"no live {model.__name__} in the demo"
        assert page.get_translation(spanish).live, f"{model.__name__} has no Spanish page"


def test_every_page_type_renders_in_bounded_queries(client):
    counts = {}
    for model, page in demo_pages():
        counts[model.__name__] = queries_for(client, page.url)
    assert counts and min(counts.values()) > 0, f"renders that made no query: {counts}"
    over = {name: n for name, n in counts.items() if n > QUERY_CEILING}
    assert not over, f"over {QUERY_CEILING} queries: {over} (all: {counts})"


def test_more_blocks_cost_no_more_queries(client):
    grown = {}
    measured = 0
    for model, page in demo_pages():
        body = getattr(page, "body", None)
        if body is None or not len(body):
            continue
        measured += 1
        before = queries_for(client, page.url)
        page.body = list(body.raw_data) * 3
        page.save_revision().publish()
        after = queries_for(client, page.url)
        if after > before:
            grown[model.__name__] = (before, after)
    assert measured, "no page type with a body: nothing was measured"
    assert not grown, f"queries grew with the number of blocks: {grown}"
