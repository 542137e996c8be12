"""Settings shared by every environment. Environment-specific files import * from here."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
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
    "demo",  # the demo site loader; no other app imports it
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
    "csp",
    "axes",
    # The queue of background tasks (emails to the public) when TASKS_BACKEND=database.
    "django_tasks_db",
    # Two-factor sign-in for staff: wagtail_2fa's device pages in the admin, django-otp's TOTP
    # devices, and what lets this wagtail-2fa release work with Wagtail 8 and django-otp 1.7.
    "borderhumanity.two_factor",
    "wagtail_2fa",
    "django_otp",
    "django_otp.plugins.otp_totp",
    # The commands an operator runs: backup_site, restore_site, ensure_admin.
    "borderhumanity.operations",
    # Last: it connects the page cache's purges to every snippet model, and wagtail.snippets
    # registers those in its ready().
    "page_cache",
]

MIDDLEWARE = [
    # Anonymous visitors' pages from the shared cache, before anything else runs or touches
    # the database; the stored page keeps the headers the middleware below gave it.
    "page_cache.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "borderhumanity.security_headers.SiteCSPMiddleware",
    "borderhumanity.security_headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After the login is known: asks staff who enrolled a device for its code (see two_factor).
    "borderhumanity.two_factor.middleware.StaffTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so its process_exception sees a view's database errors first.
    "borderhumanity.database_unavailable.DatabaseUnavailableMiddleware",
    # django-axes asks to be last: it turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
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

# Staff accounts can publish to the public and read signers' personal data: long passwords.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
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
# Numbers are grouped only where a reader reads them (home.numbers), never globally: a global
# USE_THOUSAND_SEPARATOR would also group the ids templates put in addresses and attributes.

# Country names (django-countries, translated by its own catalogues): the names its English
# list gets wrong for English readers ("Naoero", "Bahamas (The)").
COUNTRIES_OVERRIDE = {"NR": _("Nauru"), "BS": _("Bahamas")}

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = os.environ.get("STATIC_URL", "/static/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
# Originals and renditions of images the public may not see (embargoed, expired, no consent):
# outside MEDIA_ROOT, never published by a web server; staff open them through the admin
# (toolkit.storage). A site on several servers shares this folder, or sets STORAGES["private"].
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = "Border Humanity"
# The address that serves the site, the one source of its absolute URLs (canonical, hreflang,
# og:url, og:image, sitemap, feeds, share links, emails): the default Wagtail Site follows it on
# every migrate (home/site_address.py), and pages are built from that Site, never from a
# request's Host. WAGTAILADMIN_BASE_URL is its former name, still read.
SITE_URL = (
    os.environ.get("SITE_URL") or os.environ.get("WAGTAILADMIN_BASE_URL") or "http://127.0.0.1:8000"
).rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILIMAGES_IMAGE_MODEL = "toolkit.MediaImage"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Uploads: a phone photo fits, a decompression bomb (a small file of huge dimensions) does not.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "toolkit.image_form.MediaImageForm"
# Renditions follow their image: public media, or private storage while it may not be shown.
WAGTAILIMAGES_RENDITION_STORAGE = "toolkit.storage.MediaStorage"
# Documents are published as uploaded: the form warns about the metadata they may carry.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "toolkit.document_form.MediaDocumentForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024  # reports and recorded audio
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

# Background tasks (django-tasks, which Wagtail requires): emails to the public, the toolkit's
# pack ZIPs, Wagtail's own index updates. "immediate" runs a task at once, in the request that
# queued it (`make run`, tests); "database" queues it in the database for `manage.py db_worker`
# (`make worker`), so a slow mail server never holds a visitor's request. Production default.
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS = {"default": {"BACKEND": TASK_BACKENDS[os.environ.get("TASKS_BACKEND", "immediate")]}}

# Shared cache: Redis when REDIS_URL is set (several app servers), files on disk otherwise.
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
    # One machine without Redis: a cache on disk that every process shares (the workers, and
    # a management command such as purge_personal_data, whose changes must show at once).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": BASE_DIR / "var" / "cache" / "default",
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            # Not the default 300: past it a third of the keys are dropped at random, and the
            # page cache's records of which page shows what (page_cache/tag_index.py) with them.
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        },
        "renditions": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": BASE_DIR / "var" / "cache" / "renditions",
            "TIMEOUT": 60 * 60 * 24,
        },
    }

# The full-page cache for anonymous visitors (page_cache/middleware.py): how long a stored page
# lives in the shared cache, and how long browsers and CDNs may keep it without asking.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_MAX_AGE = int(os.environ.get("PAGE_MAX_AGE", "60"))
# A page showing a live count (petitions, calls) is rendered again at most this often.
LIVE_FIGURES_SECONDS = int(os.environ.get("LIVE_FIGURES_SECONDS", "30"))
# Rendered parts of pages (page_cache/fragments.py) for what the page cache cannot answer: visitors
# with a session, addresses with a query string. Purged with the cached pages they are part of.
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "3600"))
# Count, in the shared cache, every render the page cache makes to store a page
# (page_cache/renders.py): what a load test reads. Off in production.
PAGE_CACHE_COUNT_RENDERS = os.environ.get("PAGE_CACHE_COUNT_RENDERS", "") == "1"
# A CDN in front keeps pages too; Wagtail tells it which URLs to drop on publish (see cdn.py).
WAGTAILFRONTENDCACHE = frontend_cache_from_env(os.environ)

# Logs never carry the public's personal data: no request bodies, no query strings of forms.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "nowhere": {"class": "logging.NullHandler"},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
        # A request for a host the site does not serve is answered 400 and forgotten: anyone
        # can send them by the thousand, and each would otherwise log a whole traceback.
        "django.security.DisallowedHost": {"handlers": ["nowhere"], "propagate": False},
    },
}

SITE_DEFAULT_DESCRIPTION = _(
    "Border Humanity campaigns for the right to seek asylum, limits on immigration detention "
    "and community-based welcome."
)

# Django serves uploaded media itself only in the embedded set-up (see urls.py).
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "true").lower() == "true"
CSRF_FAILURE_VIEW = "borderhumanity.csrf_failure.csrf_failure"

# Form submissions per client (hashed address) per 10 minutes, all actions together.
ACTION_RATE_LIMIT = int(os.environ.get("ACTION_RATE_LIMIT", "10"))
# Proxies in front of the app that append the address they were connected from to
# X-Forwarded-For; borderhumanity.client_address reads the visitor's address with it. None
# here (the embedded server, tests); production reads it from the environment.
PROXY_COUNT = 0

# Security headers on every response (production adds the HTTPS-only ones).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
ADMIN_URL_PREFIXES = ["/admin/", "/django-admin/"]


def _origin(url):
    """The scheme and host of an absolute URL (media or static on another host), else None."""
    if url.startswith(("https://", "http://")):
        return "/".join(url.split("/", 3)[:3])
    return None


_asset_origins = sorted({o for o in (_origin(MEDIA_URL), _origin(STATIC_URL)) if o})
# Code (scripts, styles, fonts) only from the site's own static files: media holds what people
# upload (images, documents, audio), which must never run as a script, even from its own host.
_code_origins = sorted({o for o in (_origin(STATIC_URL),) if o})
# Public pages: scripts and styles only from files of this site (no inline code: scripts that
# need to be inline carry request.csp_nonce). Videos play in a frame from their site, loaded
# only when the visitor presses play (js/site.js).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE, *_code_origins],
        "style-src": [SELF, *_code_origins],
        "img-src": [SELF, "data:", *_asset_origins],
        "media-src": [SELF, *_asset_origins],
        "font-src": [SELF, *_code_origins],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail and Django admins: Wagtail's own templates hold inline scripts and style
# attributes that cannot all carry a nonce without copying them, so they get 'unsafe-inline',
# only under ADMIN_URL_PREFIXES (staff who have logged in). Image previews use data: and blob:,
# page previews frame the admin itself.
ADMIN_CSP_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF, UNSAFE_INLINE, *_code_origins],
    "style-src": [SELF, UNSAFE_INLINE, *_code_origins],
    "img-src": [SELF, "data:", "blob:", *_asset_origins],
    "media-src": [SELF, "blob:", *_asset_origins],
    "font-src": [SELF, "data:", *_code_origins],
    "frame-src": [SELF, "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}
# Browser features no page uses, off for the page and anything it frames. Fullscreen and
# autoplay stay at the browser default: the video frame asks for them.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

# Admin logins. Only staff log in; a working day's session, then log in again.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(60 * 60 * 8)))
# django-axes: after AXES_FAILURE_LIMIT failed logins for one username from one address, that
# pair is refused for AXES_COOLOFF_TIME with a 429 page (templates/admin_locked_out.html).
# Keyed on the pair, so nobody can lock a colleague out from elsewhere.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # no record of staff's successful logins and addresses
AXES_LOCKOUT_TEMPLATE = "admin_locked_out.html"
AXES_HTTP_RESPONSE_CODE = 429
# The same visitor address as the public forms' rate limit (PROXY_COUNT applies to both).
AXES_CLIENT_IP_CALLABLE = "borderhumanity.client_address.client_address"

# Two-factor sign-in (wagtail-2fa, borderhumanity/two_factor/). Any staff member may enrol an
# authenticator app under Account, and is then asked for its code after the password. With
# STAFF_TWO_FACTOR_REQUIRED=true, staff without a device must enrol before using the admin.
STAFF_TWO_FACTOR_REQUIRED = os.environ.get("STAFF_TWO_FACTOR_REQUIRED", "").lower() == "true"
# wagtail-2fa's own switch stays on: off, it would ask nobody for a code, enrolled or not.
# Who must enrol is decided by STAFF_TWO_FACTOR_REQUIRED in the middleware instead.
WAGTAIL_2FA_REQUIRED = True
# The account name authenticator apps show next to the code.
WAGTAIL_2FA_OTP_TOTP_NAME = WAGTAIL_SITE_NAME
# The Django admin lists devices so a lost one can be removed, never showing its secret key or QR
# code: whoever reads those can make the staff member's codes.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# Uploads. Files over FILE_UPLOAD_MAX_MEMORY_SIZE stream to a temporary file (in
# FILE_UPLOAD_TEMP_DIR, the system's temp folder when unset), never whole into memory; video
# answers always go to disk (campaigns.video_views). The proxy's client_max_body_size must
# allow VIDEO_MAX_BYTES plus a little for the form (docs/deploying.md).
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_TEMP_DIR = os.environ.get("FILE_UPLOAD_TEMP_DIR") or None
VIDEO_MAX_BYTES = int(os.environ.get("VIDEO_MAX_MB", "100")) * 1024 * 1024
VIDEO_MAX_SECONDS = 120
