"""The one helper for "these pages an editor chose, in the visitor's language"
(`home.visibility.in_visitor_language`), its edge cases in both of its uses: listings (live
and public) and links an editor placed (live)."""

import pytest
from wagtail.models import Locale, PageViewRestriction

from home.models import HomePage, StandardPage
from home.visibility import in_visitor_language
from news.models import NewsIndexPage

pytestmark = pytest.mark.django_db


def spanish():
    return Locale.objects.get(language_code="es")


def news_index(code):
    return NewsIndexPage.objects.get(locale__language_code=code)


def untranslated_page(live=True):
    home = HomePage.objects.get(locale__language_code="en")
    return home.add_child(instance=StandardPage(title="Only in English", slug="only-en", live=live))


def restrict(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )


@pytest.mark.parametrize("listed", [True, False])
def test_a_translated_page_is_shown_in_the_visitors_language(listed):
    english = news_index("en")
    found = in_visitor_language([english], spanish(), listed=listed)
    assert found == {english.translation_key: news_index("es").page_ptr}


@pytest.mark.parametrize("listed", [True, False])
def test_an_untranslated_page_falls_back_to_itself(listed):
    page = untranslated_page()
    found = in_visitor_language([page, None], spanish(), listed=listed)
    assert found[page.translation_key].pk == page.pk


@pytest.mark.parametrize("listed", [True, False])
def test_a_page_that_is_not_live_is_left_out(listed):
    page = untranslated_page(live=False)
    assert in_visitor_language([page], spanish(), listed=listed) == {}


def test_a_restricted_page_is_never_listed_but_may_be_linked():
    page = untranslated_page()
    restrict(page)
    assert in_visitor_language([page], spanish(), listed=True) == {}
    assert in_visitor_language([page], spanish(), listed=False)[page.translation_key].pk == page.pk


def test_a_restricted_translation_gives_way_to_the_public_chosen_page_in_listings():
    english, translation = news_index("en"), news_index("es")
    restrict(translation)
    listed = in_visitor_language([english], spanish(), listed=True)
    assert listed[english.translation_key].pk == english.pk
    linked = in_visitor_language([english], spanish(), listed=False)
    assert linked[english.translation_key].pk == translation.pk


def test_nothing_chosen_costs_no_query(django_assert_num_queries):
    locale = spanish()
    with django_assert_num_queries(0):
        assert in_visitor_language([None], locale) == {}
