from django.apps import AppConfig


class PageCachePurgesConfig(AppConfig):
    name = "home.page_cache_purges"
    label = "home_page_cache_purges"
    verbose_name = "Page cache purges"

    def ready(self):
        from home.signals import connect_page_cache_purges

        connect_page_cache_purges()
