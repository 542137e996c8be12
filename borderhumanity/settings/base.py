"""Settings shared by every environment. Environment-specific files import * from here."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from translations.machine_settings import machine_translator

from .cdn import frontend_cache_from_env

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "borderhumanity"

INSTALLED_APPS = [
    "home",
    "campaigns",
    "django_countries",
    "journey",
    "news",
    "faq",
    "toolkit",
    "search",
    "translations",  # before wagtail_localize: it may override its admin templates
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail_modeladmin",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Serves anonymous visitors' pages from the shared cache before anything touches the DB.
    "home.page_cache.PageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "borderhumanity.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "borderhumanity.wsgi.application"

# SQLite is the embedded default; DATABASE_URL (PostgreSQL in production and CI) overrides it.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Adding a locale is one line here (plus its .po file for UI strings);
# home.locales creates the matching Wagtail Locale on migrate. Right-to-left
# languages (ar, fa, he, ur) get dir="rtl" from Django's own bidi list.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
]
_extra_languages = os.environ.get("EXTRA_LANGUAGES", "")  # e.g. "ar:العربية,fr:Français"
for _item in filter(None, _extra_languages.split(",")):
    _code, _sep, _name = _item.partition(":")
    LANGUAGES.append((_code.strip(), _name.strip() or _code.strip()))
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = os.environ.get("STATIC_URL", "/static/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = "Border Humanity"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "toolkit.MediaImage"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "mp3", "ogg", "m4a", "wav", "txt", "csv", "xlsx"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# search.backend: the database backend, with each language stemmed its own way on PostgreSQL.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# FAQ pages and guides whose last review is older than this are listed in Reports.
FAQ_REVIEW_DAYS = int(os.environ.get("FAQ_REVIEW_DAYS", "180"))

# Translation: a moderator approves translations before they go live (manage.py setup_groups
# applies it); machine translation drafts from DeepL or LibreTranslate when configured.
TRANSLATION_REVIEW_WORKFLOW = os.environ.get("TRANSLATION_REVIEW_WORKFLOW", "") in ("1", "true")
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator(os.environ)

# Background tasks (django-tasks, which Wagtail requires). The immediate backend runs a task
# at once, in the request that enqueued it: right for one small server. With a worker backend
# (django-tasks-db, RQ) the toolkit's pack ZIPs are built away from the request instead.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Shared cache: Redis when REDIS_URL is set (several app servers), local memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "bh")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        },
        "renditions": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"{CACHE_KEY_PREFIX}-renditions",
            "TIMEOUT": 60 * 60 * 24,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "renditions",
        },
    }

# The full-page cache for anonymous visitors (home/page_cache.py): how long a stored page
# lives in the shared cache, and how long browsers and CDNs may keep it without asking.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_MAX_AGE = int(os.environ.get("PAGE_MAX_AGE", "60"))
# A CDN in front keeps pages too; Wagtail tells it which URLs to drop on publish (see cdn.py).
WAGTAILFRONTENDCACHE = frontend_cache_from_env(os.environ)

# Logs never carry the public's personal data: no request bodies, no query strings of forms.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    },
}

SITE_DEFAULT_DESCRIPTION = _(
    "Border Humanity campaigns for the right to seek asylum, limits on immigration detention "
    "and community-based welcome."
)

# Django serves uploaded media itself only in the embedded set-up (see urls.py).
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "true").lower() == "true"
CSRF_FAILURE_VIEW = "home.views.csrf_failure"

# Form submissions per client (hashed address) per 10 minutes, all actions together.
ACTION_RATE_LIMIT = int(os.environ.get("ACTION_RATE_LIMIT", "10"))
