from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site frame"

    def ready(self):
        from . import locales, signals, site_address  # noqa: F401

        locales.connect_signals()
        post_migrate.connect(locales.ensure_locales, sender=self)
        post_migrate.connect(site_address.follow_site_url, sender=self)
