"""Each worker hears of page-cache purges on a Redis channel, so a hit from the worker's own
copy of a page (page_cache.store.read_page) needs no round trip to the shared cache.

A worker trusts the generation it last read while it is subscribed, for at most
TRUST_SECONDS, and only until a purge is announced: an announcement, a lost or restarted
connection, or the time running out makes its next hit read the number again. A purge reaches
every worker within the delivery time of one Redis message (well under a millisecond here);
if a message is ever lost, the trust still ends within TRUST_SECONDS. Without Redis (the
local-memory cache of one process) there is no channel: every hit reads the number, which
costs nothing there.
"""

import logging
import os
import threading
import time

from django.conf import settings

logger = logging.getLogger(__name__)

TRUST_SECONDS = 1.0
# What `forget` is given when any page may have been purged unheard.
ALL_PAGES = ("*",)
RETRY_SECONDS = 1.0


def redis_client():
    """The shared cache's Redis client, or None when the cache is not Redis."""
    if not settings.CACHES["default"]["BACKEND"].startswith("django_redis"):
        return None
    from django_redis import get_redis_connection

    return get_redis_connection("default")


def channel():
    from django.core.cache import cache

    return cache.make_key("page-cache:purged")  # two sites on one Redis hear only their own


class GenerationWatch:
    def __init__(self):
        self.lock = threading.Lock()
        self.pid = None
        self.listening = False
        self.known = None  # (generation, monotonic time it was read)
        self.announcements = 0
        # Set by page_cache.store: drops this worker's copies of the pages a purge names.
        self.on_purged_keys = lambda keys: None

    def start_once(self):
        if self.pid != os.getpid():
            self.start()

    def trusted(self):
        """The current generation, when this worker may take it as known; else None."""
        known = self.known
        if known is not None and time.monotonic() - known[1] < TRUST_SECONDS:
            return known[0]
        return None

    def announcements_seen(self):
        return self.announcements

    def remember(self, generation, announcements_before):
        """Keep a generation just read, unless a purge was announced while it was read."""
        with self.lock:
            fresh = self.announcements == announcements_before
            if self.listening and fresh and generation is not None and generation > 0:
                self.known = (generation, time.monotonic())

    def forget(self, keys=()):
        """Drop the trust in the generation, and this worker's copies of the pages `keys`, in one
        step: a page read before cannot be kept after (page_cache.store.keep_locally)."""
        with self.lock:
            self.announcements += 1
            self.known = None
            if keys:
                self.on_purged_keys(keys)

    def announce(self, keys=()):
        """Tell every worker (this one at once) that the generation changed, or, with `keys`,
        that those pages are stale."""
        self.forget(keys)
        client = redis_client()
        if client is not None:
            try:
                client.publish(channel(), "\n".join(keys).encode())
            except Exception:  # noqa: BLE001 — Redis down: every listener lost its connection too
                logger.warning("page cache: could not announce a purge")

    def start(self):
        """Once per process (gunicorn forks workers): subscribe in a background thread."""
        with self.lock:
            if self.pid == os.getpid():
                return
            self.pid, self.listening, self.known = os.getpid(), False, None
        client = redis_client()
        if client is not None:
            threading.Thread(
                target=self.listen, args=(client,), name="page-cache-watch", daemon=True
            ).start()

    def listen(self, client):
        while True:
            pubsub = client.pubsub()
            try:
                pubsub.subscribe(channel())
                while True:
                    message = pubsub.get_message(timeout=TRUST_SECONDS)
                    if message is None:
                        continue
                    if message["type"] == "subscribe":
                        with self.lock:
                            self.listening = True
                        # Subscribed (again): a purge of some pages may have been missed.
                        self.forget(ALL_PAGES)
                    elif message["data"]:  # a purge of these pages only
                        self.forget(message["data"].decode().split("\n"))
                    else:  # a purge of everything
                        self.forget()
            except Exception:  # noqa: BLE001 — Redis restarted or unreachable: read every time
                with self.lock:
                    self.listening = False
                self.forget(ALL_PAGES)
                time.sleep(RETRY_SECONDS)
            finally:
                pubsub.close()


watch = GenerationWatch()
