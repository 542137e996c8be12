"""Editors see what people search for, in totals; nothing that could identify anyone is kept."""

import pytest
from django.utils import timezone

from search.models import SearchTermCount
from search.privacy import contains_personal_data, recordable_term
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def counts():
    return {
        (row.locale.language_code, row.term): (row.searches, row.zero_results)
        for row in SearchTermCount.objects.select_related("locale")
    }


def test_searches_are_counted_per_language_and_term(client):
    client.get("/en/search/", {"q": "Asylum"})
    client.get("/en/search/", {"q": "  asylum "})
    client.get("/es/search/", {"q": "asylum"})
    client.get("/es/search/", {"q": "xylophone"})
    assert counts() == {
        ("en", "asylum"): (2, 0),
        ("es", "asylum"): (1, 0),  # the bilingual news sections hold the English word
        ("es", "xylophone"): (1, 1),
    }
    assert SearchTermCount.objects.get(term="xylophone").day == timezone.now().date()


def test_turning_the_page_or_asking_for_suggestions_is_not_another_search(client):
    client.get("/en/search/", {"q": "asylum"})
    client.get("/en/search/", {"q": "asylum", "page": "2"})
    client.get("/en/search/suggest/", {"q": "asylum"})
    assert counts() == {("en", "asylum"): (1, 0)}


@pytest.mark.parametrize(
    "query",
    [
        "maria.lopez@example.org",
        "help for juan@mail.mx please",
        "+1 (915) 555-0142",
        "915 555 0142 lawyer",
        "A-123-456-789",  # a case number is a person too
    ],
)
def test_a_query_with_an_email_address_or_phone_number_is_not_recorded(client, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert SearchTermCount.objects.count() == 0


@pytest.mark.parametrize("query", ["2,000 miles", "title 42", "25,000 beds", "asylum 2021"])
def test_queries_with_small_numbers_are_still_counted(query):
    assert not contains_personal_data(query)
    assert recordable_term(query) == query


def test_a_count_holds_nothing_about_the_visitor():
    fields = {field.name for field in SearchTermCount._meta.get_fields()}
    assert fields == {"id", "locale", "term", "day", "searches", "zero_results"}


def test_searching_sets_no_cookie(client):
    response = client.get("/en/search/", {"q": "asylum"})
    assert not response.cookies


def test_editors_see_top_and_fruitless_terms(admin_client):
    for query in ["asylum", "asylum", "xylophone"]:
        admin_client.get("/en/search/", {"q": query})
    response = admin_client.get("/admin/site-search/terms/", {"days": "7", "locale": "en"})
    assert response.status_code == 200
    html = response.content.decode()
    top = html.split("Searches that found nothing")[0]
    zero = html.split("Searches that found nothing")[1]
    assert "asylum" in top and "xylophone" in top
    assert "xylophone" in zero and "asylum" not in zero


def test_the_report_is_for_editors_only(client):
    client.force_login(make_user("visitor"))
    assert client.get("/admin/site-search/terms/").status_code in (302, 403)
