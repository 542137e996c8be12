"""Reports → Translation status: each language's pages and snippets, by state and section."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import StandardPage

pytestmark = pytest.mark.django_db
URL = "/admin/reports/translation-status/"


def rows(response):
    """(title link, state) of each listed row, read from the HTML."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(response.content, "html.parser")
    return {
        tr.td.get_text(" ", strip=True).removesuffix(" (translate)"): (
            tr["data-state"],
            tr.a["href"] if tr.a else None,
        )
        for tr in soup.select("table[data-rows] tbody tr[data-state]")
    }


@pytest.mark.parametrize(
    "group, allowed",
    [("Translators", True), ("Spanish translators", True), ("Editors", True),
     ("Moderators", True), ("Campaign data", False)],
)  # fmt: skip
def test_who_sees_the_report(client, member, group, allowed):
    client.force_login(member(group))
    response = client.get(URL)
    assert (response.status_code == 200) is allowed
    if not allowed:
        assert response.status_code in (302, 403)
    menu = client.get("/admin/").content.decode()
    assert ("Translation status" in menu) is allowed


def test_states_links_and_filters(
    client, member, home_en, petition_en, petition_es, django_capture_on_commit_callbacks
):
    new = home_en.add_child(instance=StandardPage(title="Untranslated guide to hearings"))
    new.save_revision().publish()
    petition_en.title = "A changed English petition title"
    with django_capture_on_commit_callbacks(execute=True):
        petition_en.save_revision().publish()

    client.force_login(member("Spanish translators"))
    listed = rows(client.get(URL, {"locale": "es"}))
    assert listed["Untranslated guide to hearings"] == (
        "not started",
        f"/admin/localize/submit/page/{new.pk}/",
    )
    assert listed["A changed English petition title"] == (
        "out of date",
        f"/admin/pages/{petition_es.pk}/edit/",
    )
    assert {state for state, _link in listed.values()} >= {"published", "not started"}
    assert any(link and "/admin/snippets/faq/faqquestion/" in link for _s, link in listed.values())

    only_stale = rows(client.get(URL, {"locale": "es", "state": "out of date"}))
    assert list(only_stale) == ["A changed English petition title"]


def test_a_bar_per_section(client, member, home_en):
    from bs4 import BeautifulSoup

    client.force_login(member("Translators"))
    soup = BeautifulSoup(client.get(URL).content, "html.parser")
    sections = {
        tr["data-section"]: int(tr.progress["value"])
        for tr in soup.select("table[data-sections] tr[data-section]")
    }
    top_level = {p.title for p in home_en.get_children()}
    assert top_level & set(sections), "sections are the pages under the home page"
    assert "Snippets" in sections
    assert all(0 <= value <= 100 for value in sections.values())
    assert max(sections.values()) == 100  # the demo's Spanish is complete


def test_query_count_does_not_grow_with_the_site(client, member, home_en):
    client.force_login(member("Translators"))
    client.get(URL)  # warm caches (content types, site root)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(URL).status_code == 200
        return len(captured)

    before = queries()
    for n in range(6):
        home_en.add_child(instance=StandardPage(title=f"Extra page {n}")).save_revision().publish()
    assert queries() == before
    assert before < 60
