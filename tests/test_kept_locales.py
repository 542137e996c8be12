"""Each process keeps the Locale rows it looked up, and forgets them when one changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from home.locales import language_of, locale_by_id, locale_for
from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_a_language_is_looked_up_once_then_kept():
    spanish = Locale.objects.get(language_code="es")
    assert locale_for("es") == spanish
    with CaptureQueriesContext(connection) as queries:
        assert locale_for("es") == spanish
        assert locale_by_id(spanish.pk) == spanish
        assert language_of(HomePage.objects.get(locale=spanish)) == "es"
    assert len(queries) == 2  # the home page, and the Locale by id the first time
    with CaptureQueriesContext(connection) as queries:
        language_of(HomePage.objects.get(locale=spanish))
    assert len(queries) == 1


def test_pages_in_every_language_cost_one_locale_query():
    homes = list(HomePage.objects.all())
    with CaptureQueriesContext(connection) as queries:
        assert sorted(language_of(home) for home in homes) == ["en", "es"]
    assert len(queries) == 1


def test_a_language_added_or_removed_is_seen_at_once(settings):
    settings.WAGTAIL_CONTENT_LANGUAGES = [*settings.WAGTAIL_CONTENT_LANGUAGES, ("fr", "French")]
    settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES
    assert locale_for("fr") is None
    french = Locale.objects.create(language_code="fr")
    assert locale_for("fr") == french
    french.delete()
    assert locale_for("fr") is None


def test_callers_get_copies_of_their_own():
    first, second = locale_for("en"), locale_for("en")
    assert first == second and first is not second
