"""The test database holds the demo site, loaded once per run, as a visitor would find it.

Tests run inside a transaction that is rolled back, so each starts from the same demo site.
"""

import shutil

import pytest
from django.conf import settings
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    with django_db_blocker.unblock():
        # Autocommit, outside any test transaction: wagtail-localize publishes translations
        # in on_commit callbacks (see NOTES.md).
        call_command("load_demo_content", verbosity=0)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Navigation and site root paths are cached; a rolled-back test must not leave them, nor
    the pages this process keeps of its own (a rollback announces no purge)."""
    from django.core.cache import caches

    from home.page_cache import forget_local_pages

    for alias in settings.CACHES:
        caches[alias].clear()
    forget_local_pages()
    yield
    for alias in settings.CACHES:
        caches[alias].clear()
    forget_local_pages()


@pytest.fixture
def home_en(db):
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def home_es(db):
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="es")


@pytest.fixture
def petition_en(db):
    from campaigns.models import ActionPage

    return ActionPage.objects.live().get(locale__language_code="en", kind="petition")


@pytest.fixture
def petition_es(petition_en):
    from wagtail.models import Locale

    return petition_en.get_translation(Locale.objects.get(language_code="es"))


@pytest.fixture
def petitions(petition_en, petition_es):
    return petition_en, petition_es


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    from tests.live_site import serve_demo_site

    with serve_demo_site(tmp_path_factory.mktemp("live-site")) as site:
        yield site
