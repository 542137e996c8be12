"""The full-page cache for anonymous visitors (page_cache.middleware, page_cache.front) and the
rendered parts of pages kept for everyone else (page_cache.fragments), purged of what a change
touched (page_cache.purges) and made again by one request at a time (page_cache.revalidate)."""
