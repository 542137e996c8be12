"""Where the page cache keeps what it stores: the shared cache, read and written by generation.

Every stored entry carries the generation number it was made in, and a publish, unpublish,
move, delete, a snippet, setting or image change bumps it (see page_cache.purges), so nothing
stale is served (by another server's workers: from the moment the purge's announcement reaches
them, see page_cache.watch). The number and the entry are read together in one round trip
(`read`); page_cache.fragments keeps rendered parts of pages the same way, and a worker's own
copies of pages need not even that while it knows the number. A campaign site changes a few
times a day and is read constantly, so emptying the whole cache on a change costs little and
can never miss a page that lists, links or embeds what changed (menus, listings, snippets,
counters).
"""

import secrets

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from .watch import watch

GENERATION_KEY = "page-cache:generation"


def seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        # Started at random, not at 1: once the cache is emptied or restarted, no copy a worker
        # still holds (`read_page`) can carry a number that is current again.
        cache.add(GENERATION_KEY, fresh_generation(), None)
        value = cache.get(GENERATION_KEY)
    # The cache unreachable: a number nothing was stored under, so nothing is served.
    return value if value is not None else -fresh_generation()


def fresh_generation():
    return secrets.randbits(48) + 1


def read(key):
    """(current generation, what is stored under key if it was stored in that generation)."""
    found = cache.get_many([GENERATION_KEY, key])
    current = found.get(GENERATION_KEY) or generation()
    entry = found.get(key)
    if entry is not None and entry[0] == current:
        return current, entry[1]
    return current, None


def write(key, made_in, value, timeout):
    """Store value as made in generation `made_in`, read before it was made: if anything
    changed meanwhile, it is already out of date and will never be served."""
    cache.set(key, (made_in, value), timeout)


# Each worker also keeps the pages it served last, checked against the shared generation on every
# use: a hit reads one small number from the shared cache instead of the whole page, or nothing
# at all while the worker knows the number is current (page_cache.watch).
LOCAL_PAGES_KEPT = 200
_local_pages = {}


def read_page(key):
    """`read` for whole pages, from this worker's copy when it is still current."""
    watch.start_once()
    kept = _local_pages.get(key)
    if kept is not None and kept[0] == known_generation():  # None when unreachable
        return kept
    before = watch.announcements_seen()
    current, stored = read(key)
    watch.remember(current, before)
    if stored is not None:
        keep_locally(key, current, stored)
    return current, stored


def known_generation():
    current = watch.trusted()
    if current is None:
        before = watch.announcements_seen()
        current = cache.get(GENERATION_KEY)
        watch.remember(current, before)
    return current


def forget_local_pages():
    _local_pages.clear()
    watch.forget()


def keep_locally(key, made_in, stored):
    if len(_local_pages) >= LOCAL_PAGES_KEPT:
        _local_pages.pop(next(iter(_local_pages)))  # the oldest
    _local_pages[key] = (made_in, stored)


def purge_all(**kwargs):
    """Every stored page becomes unreachable at once (they expire on their own). Again once the
    change is committed: a page rendered meanwhile, from the rows as they were, is not kept."""
    next_generation()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(next_generation)


def next_generation():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, fresh_generation(), None)
    watch.announce()
