"""Production: everything from the environment; refuses to start without the essentials."""

import os

from django.core.exceptions import ImproperlyConfigured

from home.site_address import parse_site_url

from .base import *
from .base import _origin

DEBUG = False
TASKS = {"default": {"BACKEND": TASK_BACKENDS[os.environ.get("TASKS_BACKEND", "database")]}}
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "false").lower() == "true"


def _required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"{name} is not set. Production settings need {name} in the environment "
            "(see docs/deploying.md)."
        )
    return value


SECRET_KEY = _required("SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in _required("ALLOWED_HOSTS").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Object storage for media when configured (django-storages, S3-compatible).
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_QUERYSTRING_AUTH = False
    AWS_DEFAULT_ACL = None
    # Pages show images and play audio from the bucket's host: allow that origin in the CSP.
    _media_origin = (
        f"https://{AWS_S3_CUSTOM_DOMAIN}"
        if AWS_S3_CUSTOM_DOMAIN
        else _origin(AWS_S3_ENDPOINT_URL or "")
        or f"https://{os.environ['AWS_STORAGE_BUCKET_NAME']}.s3.amazonaws.com"
    )
    for _directives in (CONTENT_SECURITY_POLICY["DIRECTIVES"], ADMIN_CSP_DIRECTIVES):
        for _name in ("img-src", "media-src"):
            _directives[_name] = [*_directives[_name], _media_origin]

# Behind a TLS-terminating proxy.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() != "false"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
# The visitor's address for the rate limits (forms and logins): the PROXY_COUNT-th entry
# from the right of X-Forwarded-For (borderhumanity/client_address.py). One proxy (nginx,
# a load balancer) by default; too high lets visitors choose their address, too low puts
# every visitor behind the outer proxy in one bucket.
try:
    PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "1"))
except ValueError:
    PROXY_COUNT = -1
if PROXY_COUNT < 0:
    raise ImproperlyConfigured(
        "PROXY_COUNT must be a whole number of proxies, 0 or more (see docs/deploying.md)."
    )
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True

# The public address (see base.py): https and the first allowed host unless set.
SITE_URL = (
    os.environ.get("SITE_URL")
    or os.environ.get("WAGTAILADMIN_BASE_URL")
    or f"https://{ALLOWED_HOSTS[0]}"
).rstrip("/")
try:
    parse_site_url(SITE_URL)
except ValueError as error:
    raise ImproperlyConfigured(
        f"SITE_URL: {error}. Set SITE_URL to the site's public address, such as "
        "https://campaign.example.org (see docs/deploying.md)."
    ) from None
WAGTAILADMIN_BASE_URL = SITE_URL

if os.environ.get("EMAIL_URL_HOST"):
    EMAIL_HOST = os.environ["EMAIL_URL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = True
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
# Emails written to files in a folder instead of sent (a staging copy, the tests that run
# these settings): a file per sending.
if os.environ.get("EMAIL_FILE_PATH"):
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
