"""How many times the page cache rendered each address to store it, counted across every
worker and server in the shared cache: what a load test reads to check that a purge during a
spike made each page once (single-flight, page_cache.revalidate). Counted only when
PAGE_CACHE_COUNT_RENDERS is on."""

from django.conf import settings
from django.core.cache import cache

from .watch import redis_client

COUNTS_KEY = "page-cache:renders"


def counting():
    return getattr(settings, "PAGE_CACHE_COUNT_RENDERS", False)


def count(path):
    if not counting():
        return
    client = redis_client()
    if client is not None:
        client.hincrby(cache.make_key(COUNTS_KEY), path, 1)
    else:  # one process or one machine: a count lost to a race is no matter for a test
        counts = cache.get(COUNTS_KEY) or {}
        counts[path] = counts.get(path, 0) + 1
        cache.set(COUNTS_KEY, counts, None)


def totals():
    """{address: renders} since the last `reset()`."""
    client = redis_client()
    if client is not None:
        counted = client.hgetall(cache.make_key(COUNTS_KEY))
        return {path.decode(): int(n) for path, n in counted.items()}
    return dict(cache.get(COUNTS_KEY) or {})


def reset():
    client = redis_client()
    if client is not None:
        client.delete(cache.make_key(COUNTS_KEY))
    else:
        cache.delete(COUNTS_KEY)
