"""A record of every export of personal data: who, when, what, how many rows."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DataExport(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("exported at"), auto_now_add=True)
    what = models.CharField(_("what"), max_length=120)
    file_format = models.CharField(_("format"), max_length=10)
    filters = models.CharField(_("filters"), max_length=500, blank=True)
    rows = models.PositiveIntegerField(_("rows"))

    class Meta:
        verbose_name = _("export of personal data")
        verbose_name_plural = _("exports of personal data")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.what} ({self.rows}) {self.created_at:%Y-%m-%d %H:%M}"
