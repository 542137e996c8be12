"""Where the frame's template tags keep what they build once per page version (the language
links, the share image's address). Nowhere by default: built again for every request. The
rendered-parts cache (page_cache.fragments) plugs itself in here when its app is ready, so the
frame needs no cache of its own and imports none."""

_keeper = None


def keep_with(keeper):
    """keeper(request, page, name, make) returns what make() returns, kept or made afresh."""
    global _keeper
    _keeper = keeper


def remember(request, page, name, make):
    if _keeper is None:
        return make()
    return _keeper(request, page, name, make)
