from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    """Listed last in INSTALLED_APPS, after wagtail.snippets, whose ready() registers the
    snippets: only then is every model a page may show known, and the purges are connected to
    each of those models (page_cache.purges)."""

    name = "page_cache"
    verbose_name = "Page cache"

    def ready(self):
        from home.kept_parts import keep_with

        from . import fragments, purges

        purges.connect()
        keep_with(fragments.remember)
