"""Which pages count as a page's version in another language.

wagtail-localize can fill a language's tree with aliases of untranslated pages (locale
synchronisation, or parents copied for a translated child). An alias in another locale shows
the original's English text under a /es/ address: it is not a translation, so the public is
never linked to it, it is left out of hreflang, the sitemap and search, and it is not served.
"""

from django.db.models import F, Q
from django.utils import translation
from django.utils.translation import get_language_info, gettext


def untranslated_aliases():
    """Pages standing in a language's tree as an alias of a page of another language."""
    return Q(alias_of__isnull=False) & ~Q(alias_of__locale=F("locale"))


def is_untranslated_alias(page):
    return page.alias_of_id is not None and page.alias_of.locale_id != page.locale_id


def language_name_in_itself(code, fallback):
    """'español', 'English', 'العربيّة': the name as written in a sentence of that language."""
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return fallback


def not_available_note(code, fallback_name):
    """Told in the language the visitor asked for, since that is the language they read."""
    with translation.override(code):
        return gettext("This page is not yet available in %(language)s.") % {
            "language": language_name_in_itself(code, fallback_name)
        }


def text_direction(code):
    """'rtl' or 'ltr', for text in that language inside a page of another one."""
    with translation.override(code):
        return "rtl" if translation.get_language_bidi() else "ltr"
