import os

from .base import *

DEBUG = True
SECRET_KEY = "dev-only-not-secret-0f6a3d9e"  # noqa: S105 — the embedded demo only
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WHITENOISE_USE_FINDERS = True
# Template and CSS changes show at once while developing; set PAGE_CACHE_SECONDS and
# FRAGMENT_CACHE_SECONDS to try the caches.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "0"))
