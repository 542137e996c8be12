from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = "Campaigns and actions"

    def ready(self):
        # `blocks` registers the stories block with the shared body library.
        from . import blocks, signals, video_signals  # noqa: F401
