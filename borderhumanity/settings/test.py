import os

from .base import *

DEBUG = False
SECRET_KEY = "test-only-not-secret-7c41b2"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# A test server (borderhumanity/live_site.py) writes its emails to a folder the tests read.
if os.environ.get("EMAIL_FILE_PATH"):
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
PRIVATE_MEDIA_ROOT = Path(
    os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "var" / "test-private-media")
)
# Each test process keeps its own cache in memory unless REDIS_URL names a shared one.
if not REDIS_URL:
    CACHES = {
        # Room for the page cache's records of which page shows what (see base.py).
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        },
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "renditions",
        },
    }
# The test client's address; a test server (borderhumanity/live_site.py) sets its own.
SITE_URL = os.environ.get("SITE_URL", "http://testserver").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The browser tests' server runs these settings under gunicorn: static files from the finders.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The test client's login() authenticates without a request, which django-axes refuses;
# tests/security/test_admin_login.py turns it on.
AXES_ENABLED = False
# Tests change content in ways a site never does (queryset updates, fixtures): the page cache
# is off, except where tests/page_cache/test_page_cache.py turns it on to test it.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "0"))
