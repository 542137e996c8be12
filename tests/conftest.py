"""The test database holds the demo site, loaded once per run, as a visitor would find it.

Tests run inside a transaction that is rolled back, so each starts from the same demo site.
"""

import os
import shutil

import pytest
from django.conf import settings
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    with django_db_blocker.unblock():
        # Autocommit, outside any test transaction: wagtail-localize publishes translations
        # in on_commit callbacks, which a test's transaction would never run.
        call_command("load_demo_content", verbosity=0)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Navigation and site root paths are cached; a rolled-back test must not leave them, nor
    what this process keeps of its own (pages, Locale rows): a rollback announces nothing."""
    from django.core.cache import caches

    from home.locales import forget_locales
    from page_cache.store import forget_local_pages

    for alias in settings.CACHES:
        caches[alias].clear()
    forget_local_pages()
    forget_locales()
    yield
    for alias in settings.CACHES:
        caches[alias].clear()
    forget_local_pages()
    forget_locales()


@pytest.fixture
def home_en(db):
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def home_es(db):
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="es")


@pytest.fixture
def petitions(db):
    """The tests' own live petition and its Spanish translation (tests.factories.make_petition):
    (english, spanish)."""
    from tests.factories import make_petition

    return make_petition()


@pytest.fixture
def petition_en(petitions):
    return petitions[0]


@pytest.fixture
def petition_es(petitions):
    return petitions[1]


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    from borderhumanity.live_site import serve_demo_site

    with serve_demo_site(tmp_path_factory.mktemp("live-site")) as site:
        yield site


@pytest.fixture(scope="session")
def deployed_site(tmp_path_factory):
    """The demo as deployed (borderhumanity/live_site.py, serve_deployed_site): production settings,
    gunicorn behind an nginx TLS front, the shared Redis cache, every protection on. Needs nginx
    and Redis on this machine: .ci/run installs and starts them, so in CI they must be there."""
    from borderhumanity.live_site import (
        nginx_binary,
        postgres_database,
        serve_deployed_site,
        shared_cache_url,
    )

    folder = tmp_path_factory.mktemp("deployed-site")
    # As deployed means on PostgreSQL, also when the rest of the suite runs on SQLite.
    database_url = postgres_database(folder, "deployed")
    missing = [
        need
        for need, present in (
            ("nginx (apt-get install nginx)", nginx_binary()),
            ("a Redis server (REDIS_URL or 127.0.0.1:6379)", shared_cache_url()),
            ("a PostgreSQL server (DATABASE_URL or 127.0.0.1:5432)", database_url),
        )
        if not present
    ]
    if missing:
        reason = "serving the site as deployed needs " + " and ".join(missing)
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    with serve_deployed_site(folder, database_url=database_url) as site:
        yield site


@pytest.fixture
def cdn_purges(settings):
    """A caching proxy configured; yields the mock that records what it was told to drop
    (tests.factories.purged_urls reads it)."""
    from unittest import mock

    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:6081",
        }
    }
    with mock.patch("wagtail.contrib.frontend_cache.backends.HTTPBackend.purge_batch") as purge:
        yield purge


@pytest.fixture
def page_cache_off(settings):
    """Whatever PAGE_CACHE_SECONDS the environment sets: a test that counts a render's queries
    must count a render, not a page answered from the cache (no queries at all)."""
    settings.PAGE_CACHE_SECONDS = 0
