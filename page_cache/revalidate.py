"""Stale-while-revalidate with single-flight: when a stored page is stale or missing, one
request renders it (on any worker of any server: the lock is in the shared cache) while the
others answer with the stale copy at once, or, with no copy at all, wait for the one being made.
The WSGI front (page_cache.front) and the middleware plan each request here.
"""

import time
from dataclasses import dataclass

from django.core.cache import cache

from .store import NOT_STORABLE, read

# A render that takes longer than this is taken as lost (a worker killed mid-render).
LOCK_SECONDS = 30
WAIT_SECONDS = 10.0
POLL_SECONDS = 0.02

HIT, STALE, RENDER = "hit", "stale", "render"


@dataclass(frozen=True)
class Plan:
    """`HIT` or `STALE`: answer with `stored`. `RENDER`: render, stamp it `made_in`, and, when
    `locked`, let the others know it is done (`done`)."""

    kind: str
    key: str
    stored: object = None
    made_in: tuple = None
    locked: bool = False
    # The winner's own stale copy: the WSGI front answers with it and renders in the background.
    stale: object = None


def lock_key(key):
    return f"{key}:render"


def plan(key, found):
    if found.fresh:
        if found.value == NOT_STORABLE:  # nothing to wait for: every visitor's own render
            return Plan(RENDER, key, stored=NOT_STORABLE, made_in=found.made_in)
        return Plan(HIT, key, stored=found.value)
    if cache.add(lock_key(key), 1, timeout=LOCK_SECONDS):  # SET NX on Redis: one winner
        again = read(key)
        if again.fresh and again.value != NOT_STORABLE:
            # Read stale just before another request stored the page and let its lock go.
            cache.delete(lock_key(key))
            return Plan(HIT, key, stored=again.value)
        stale = found.value if found.value not in (None, NOT_STORABLE) else None
        return Plan(RENDER, key, made_in=found.made_in, locked=True, stale=stale)
    if found.value == NOT_STORABLE:
        return Plan(RENDER, key, made_in=found.made_in)
    if found.value is not None:
        return Plan(STALE, key, stored=found.value)
    return wait(key, found)


def wait(key, found):
    """Nothing to show meanwhile: the winner's page, once stored; else render it here."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        time.sleep(POLL_SECONDS)
        found = read(key)
        if found.fresh and found.value != NOT_STORABLE:
            return Plan(HIT, key, stored=found.value)
        if found.fresh or cache.get(lock_key(key)) is None:
            break  # the winner is done and stored nothing, or gave up
    return Plan(RENDER, key, made_in=found.made_in)


def done(planned):
    if planned.locked:
        cache.delete(lock_key(planned.key))
