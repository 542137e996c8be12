"""Wagtail Locales follow settings.WAGTAIL_CONTENT_LANGUAGES: adding a language is a setting."""

from django.conf import settings


def ensure_locales(using="default", **kwargs):
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.using(using).get_or_create(language_code=code)
