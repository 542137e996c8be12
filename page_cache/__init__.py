"""The full-page cache for anonymous visitors (page_cache.middleware, page_cache.front) and the
rendered parts of pages kept for everyone else (page_cache.fragments), both dropped at once on
any change a visitor may see (page_cache.purges)."""
