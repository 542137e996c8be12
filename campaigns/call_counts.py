"""How many calls a call page has counted: derived from its rows, kept in the shared cache,
and forgotten whenever a row changes (campaigns.signals)."""

from django.core.cache import cache

from .models.calls import CallLog

CACHE_SECONDS = 60 * 10


def _key(page_key):
    return f"call-count:{page_key}"


def call_count(page_key):
    count = cache.get(_key(page_key))
    if count is None:
        count = CallLog.objects.filter(page_key=page_key).count()
        cache.set(_key(page_key), count, CACHE_SECONDS)
    return count


def forget_call_count(page_key):
    cache.delete(_key(page_key))
