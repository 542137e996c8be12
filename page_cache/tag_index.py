"""Which stored keys were made from what (page_cache.dependencies' tags), and the markers that
make them stale when a purge names one of those tags.

With Redis a tag is a set of keys (SADD, SUNION), written and read in one pipelined round trip.
Otherwise (files on disk, or memory: one machine) the set is a plain cache value read and
written again; two workers storing pages under the same tag at the same instant may lose one
key, which then stays until it expires: a small price for a site without Redis.

The race between a purge and a page being stored is closed by order: a purge marks its tags
first, then marks the keys it finds under them; a page is registered under its tags first, then
reads their marks. Whichever comes second sees the other.
"""

from django.core.cache import cache

from .watch import redis_client


def set_key(tag):
    return f"page-cache:tag:{tag}"


def tag_mark_key(tag):
    return f"page-cache:tag-purged:{tag}"


def stale_key(key):
    return f"{key}:stale"


def register(key, tags, made_seq, timeout):
    """Record that `key` was made from `tags`; when one of them was purged after the render
    began (seq `made_seq`), mark the key stale at once."""
    tags = sorted(tags)
    if not tags:
        return
    client = redis_client()
    if client is not None:
        pipe = client.pipeline(transaction=False)
        member = cache.make_key(key)
        for tag in tags:
            pipe.sadd(cache.make_key(set_key(tag)), member)
            pipe.expire(cache.make_key(set_key(tag)), timeout)
        pipe.execute()
    else:
        for tag in tags:
            keys = cache.get(set_key(tag)) or set()
            keys.add(key)
            cache.set(set_key(tag), keys, timeout)
    marks = cache.get_many([tag_mark_key(tag) for tag in tags]).values()
    latest = max(marks, default=0)
    if latest > made_seq:
        if client is not None:
            raise_marks(client, [stale_key(key)], latest, timeout)
        else:
            cache.set(stale_key(key), latest, timeout)


def mark(tags, seq, timeout):
    """Mark every key made from one of `tags` stale as of purge number `seq`; the keys."""
    tags = sorted(tags)
    if not tags:
        return []
    client = redis_client()
    if client is None:
        cache.set_many({tag_mark_key(tag): seq for tag in tags}, timeout)
        found = cache.get_many([set_key(tag) for tag in tags]).values()
        keys = sorted(set().union(*found))
        cache.set_many({stale_key(key): seq for key in keys}, timeout)
        return keys
    raise_marks(client, [tag_mark_key(tag) for tag in tags], seq, timeout)
    prefix_length = len(cache.make_key(""))
    members = client.sunion([cache.make_key(set_key(tag)) for tag in tags])
    keys = sorted(member.decode()[prefix_length:] for member in members)
    raise_marks(client, [stale_key(key) for key in keys], seq, timeout)
    return keys


# Two purges at once may write their marks in either order: a mark only ever goes up. (Numbers
# are stored bare by django_redis, so the cache reads them back as it does its own.)
RAISE_MARKS = """
for _, key in ipairs(KEYS) do
    local mark = tonumber(redis.call('GET', key))
    if not mark or mark < tonumber(ARGV[1]) then
        redis.call('SET', key, ARGV[1], 'EX', ARGV[2])
    end
end
"""


def raise_marks(client, keys, seq, timeout):
    if keys:
        client.eval(RAISE_MARKS, len(keys), *[cache.make_key(key) for key in keys], seq, timeout)
