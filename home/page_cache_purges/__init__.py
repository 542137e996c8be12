"""An app of its own so that it can be listed after wagtail.snippets, whose ready() registers
the snippets: only then is every model a page may show known, and the page cache's purges are
connected to each of those models (home.signals.connect_page_cache_purges)."""
