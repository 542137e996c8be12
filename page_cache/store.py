"""Where the page cache keeps what it stores, and what makes it stale.

An entry carries the generation and the purge number (seq) current when its render began, and
when it stops being fresh on its own (PAGE_CACHE_SECONDS). It is fresh while the generation is
the same, no purge of something it was made from came after its seq (a stale marker, see
page_cache.tag_index) and its time has not run out. A purge of everything (a menu, a setting, a
move) raises the generation; a publish or a snippet, image or document change marks only the
entries made from it (page_cache.purges). The generation, the seq, the entry and its marker are
read in one round trip (`read`).

A stale entry is not dropped: it is kept for a grace period after its time, so that while one
worker renders the page again, the others answer with the copy they have
(page_cache.revalidate). Only what may no longer be shown at all (a page made private, a story
withdrawn, a page unpublished or deleted) ends the stale copies too: a hard purge.
"""

import secrets
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from . import tag_index
from .watch import ALL_PAGES, watch

GENERATION_KEY = "page-cache:generation"
# The first generation whose entries may still be served stale (raised by a hard purge).
SERVABLE_KEY = "page-cache:servable-from"
SEQ_KEY = "page-cache:seq"
# How long a stale entry stays to be served while its page is made again.
GRACE_SECONDS = 600
# What is stored for an address whose answer cannot be stored (a page with a form): its next
# visitors render it at once, without queueing behind one another (page_cache.revalidate).
NOT_STORABLE = "page-cache:not-storable"


def seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def kept_seconds(timeout):
    return timeout + GRACE_SECONDS


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


@dataclass(frozen=True)
class Found:
    """What `read` found: `made_in` stamps a render that begins now; `value` is what is stored
    (None when nothing is, or nothing that may be shown); `fresh` whether it is current."""

    made_in: tuple
    value: object = None
    fresh: bool = False
    fresh_until: float = 0


def read(key):
    marker = tag_index.stale_key(key)
    found = cache.get_many([GENERATION_KEY, SERVABLE_KEY, SEQ_KEY, key, marker])
    current = found.get(GENERATION_KEY) or generation()
    made_in = (current, found.get(SEQ_KEY) or 0)
    entry = found.get(key)
    if entry is None:
        return Found(made_in)
    made_generation, made_seq, value, fresh_until = entry
    purged_at = found.get(marker)
    fresh = (
        made_generation == current
        and (purged_at is None or made_seq >= purged_at)
        and time.time() < fresh_until
    )
    if not fresh and made_generation < (found.get(SERVABLE_KEY) or 0):
        value = None  # a hard purge came after it: never shown again
    return Found(made_in, value, fresh, fresh_until)


def write(key, made_in, value, timeout, tags=()):
    """Store value as made from the state stamped `made_in`, read before it was made: if
    anything it was made from changed meanwhile, it is stale from the start."""
    made_generation, made_seq = made_in
    kept = kept_seconds(timeout)
    cache.set(key, (made_generation, made_seq, value, time.time() + timeout), kept)
    tag_index.register(key, tags, made_seq, kept)


# Each worker also keeps the pages it served last. With Redis it hears of every purge on a
# channel (page_cache.watch) and serves its copies without asking the shared cache anything
# while it trusts the generation it knows; without it, every hit asks the shared cache.
LOCAL_PAGES_KEPT = 200
_local_pages = {}


def read_page(key):
    """`read` for whole pages, from this worker's copy when it is still current."""
    watch.start_once()
    kept = _local_pages.get(key)
    trusted = watch.trusted()
    if kept is not None and trusted is not None:
        made_in, stored, fresh_until = kept
        if made_in[0] == trusted and time.time() < fresh_until:
            return Found(made_in, stored, True, fresh_until)
    before = watch.announcements_seen()
    found = read(key)
    watch.remember(found.made_in[0], before)
    if found.fresh and found.value != NOT_STORABLE:
        keep_locally(key, found, before)
    return found


def forget_local_pages():
    _local_pages.clear()
    watch.forget()


def drop_local_pages(keys):
    if keys == ALL_PAGES:
        _local_pages.clear()
    for key in keys:
        _local_pages.pop(key, None)


watch.on_purged_keys = drop_local_pages


def keep_locally(key, found, announcements_before):
    """Unless a purge was announced since the page was read: it may be the page purged."""
    with watch.lock:
        if watch.announcements != announcements_before:
            return
        if len(_local_pages) >= LOCAL_PAGES_KEPT:
            _local_pages.pop(next(iter(_local_pages)), None)  # the oldest
        _local_pages[key] = (found.made_in, found.value, found.fresh_until)


def purge(tags, *, hard=False):
    """Mark stale every stored page and part made from one of `tags`, on every server; `hard`
    drops them too. Once the change is committed (`after_commit`)."""
    after_commit(lambda: mark(tags, hard), at_once=hard)


def after_commit(purge_now, *, at_once):
    """Purge once the change is committed: a page rendered before then, from the rows as they
    were, is not kept. Not also at once (a page rendered meanwhile would be rendered twice),
    unless `at_once` (what may no longer be shown is dropped at the first moment), or the only
    transaction is a test's, which never commits."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        purge_now()
        return
    if at_once or getattr(connection.atomic_blocks[0], "_from_testcase", False):
        purge_now()
    transaction.on_commit(purge_now)


def mark(tags, hard):
    keys = tag_index.mark(tags, next_seq(), kept_seconds(max(seconds(), fragment_seconds())))
    if hard:
        cache.delete_many(keys)
    watch.announce(keys)


def fragment_seconds():
    return getattr(settings, "FRAGMENT_CACHE_SECONDS", 0)


def next_seq():
    cache.add(SEQ_KEY, 0, None)
    try:
        return cache.incr(SEQ_KEY)
    except ValueError:  # gone between the two calls (the cache restarted)
        cache.set(SEQ_KEY, 1, None)
        return 1


def purge_all(*, keep_stale=False, **kwargs):
    """Every stored page and part goes stale at once (they expire on their own). Unless
    `keep_stale`, none is ever served again: what changed may not be shown at all (a privacy
    restriction, a withdrawn story). Once the change is committed, as `purge`."""
    after_commit(lambda: next_generation(keep_stale), at_once=not keep_stale)


def next_generation(keep_stale=False):
    try:
        current = cache.incr(GENERATION_KEY)
    except ValueError:
        current = fresh_generation()
        cache.set(GENERATION_KEY, current, None)
    if not keep_stale:
        cache.set(SERVABLE_KEY, current, None)
    watch.announce()
