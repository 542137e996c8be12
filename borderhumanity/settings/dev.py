import os

from .base import *

# `make run` shows the site as its visitors get it: its own 404 and 500 pages in the visitor's
# language, not Django's debug listing. DJANGO_DEBUG=true brings the debug pages back.
DEBUG = os.environ.get("DJANGO_DEBUG", "").lower() == "true"
SECRET_KEY = "dev-only-not-secret-0f6a3d9e"  # noqa: S105 — the embedded demo only
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Static files come from whitenoise, with DEBUG on or off; edited CSS and JS show at once.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Template and CSS changes show at once while developing; set PAGE_CACHE_SECONDS and
# FRAGMENT_CACHE_SECONDS to try the caches.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "0"))
