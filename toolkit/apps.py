from django.apps import AppConfig


class ToolkitConfig(AppConfig):
    name = "toolkit"
    verbose_name = "Toolkit and media library"

    def ready(self):
        from . import signals

        signals.connect()
