"""Wagtail Locales follow settings.WAGTAIL_CONTENT_LANGUAGES: adding a language is a setting.

Because of that, the Locale rows change only when a deploy adds or drops a language. Each process
keeps the row of a language it looked up for a minute (`locale_for`) instead of asking the
database on every render, and forgets them all at once when a Locale is saved or deleted in it;
another process sees the change within that minute, after a deploy that restarts it anyway.
"""

import copy
import threading
import time

from django.conf import settings
from django.db.models.signals import post_delete, post_save

KEPT_SECONDS = 60
_kept = {}  # language code, or ("id", pk) -> (kept until, Locale or None)
_lock = threading.Lock()


def ensure_locales(using="default", **kwargs):
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.using(using).get_or_create(language_code=code)


def locale_for(language):
    """The Locale of this language, or None when the site has none."""
    from wagtail.models import Locale

    return _kept_row(language, lambda: Locale.objects.get_for_language(language))


def locale_by_id(pk):
    """The Locale with this primary key (what `page.locale` reads), or None. A miss reads every
    Locale (a site has a handful) and keeps them all: pages in several languages, one query."""
    from wagtail.models import Locale

    def read():
        rows = {locale.pk: locale for locale in Locale.objects.all()}
        until = time.monotonic() + KEPT_SECONDS
        with _lock:
            _kept.update({("id", row_pk): (until, row) for row_pk, row in rows.items()})
        return rows.get(pk)

    return _kept_row(("id", pk), read)


def language_of(instance):
    """The language code of a translatable object (a page, a snippet), without a query."""
    return locale_by_id(instance.locale_id).language_code


def _kept_row(key, read):
    """A copy of the kept row, so a caller may cache related objects on it without touching
    other threads' copy."""
    from wagtail.models import Locale

    now = time.monotonic()
    kept = _kept.get(key)
    if kept is None or kept[0] <= now:
        try:
            locale = read()
        except (Locale.DoesNotExist, LookupError):
            locale = None
        kept = (now + KEPT_SECONDS, locale)
        with _lock:
            _kept[key] = kept
    return copy.copy(kept[1])


def forget_locales(**kwargs):
    with _lock:
        _kept.clear()


def connect_signals():
    from wagtail.models import Locale

    post_save.connect(forget_locales, sender=Locale, dispatch_uid="home.locales.saved")
    post_delete.connect(forget_locales, sender=Locale, dispatch_uid="home.locales.deleted")
