"""Download counts of toolkit assets, per day and size, with nothing about who."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .pages import ToolkitPage


class DownloadCount(models.Model):
    """How often an asset was downloaded in one size on one day. Nothing about who."""

    day = models.DateField(_("day"))
    page = models.ForeignKey(
        ToolkitPage, verbose_name=_("toolkit page"), on_delete=models.CASCADE, related_name="+"
    )
    asset_id = models.UUIDField(_("asset"))
    asset_title = models.CharField(_("asset title"), max_length=120)
    size = models.CharField(_("size"), max_length=30)
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("download count")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "page", "asset_id", "size"], name="toolkit_download_count_day"
            )
        ]
        ordering = ["-day", "asset_title", "size"]

    def __str__(self):
        return f"{self.day} {self.asset_title} {self.size}: {self.count}"
