"""Legal information goes stale: when a page was last checked, and how old a check may get."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField, TranslatableField

DEFAULT_REVIEW_DAYS = 180


def review_period():
    """How old a review may get before the page is listed as stale (settings.FAQ_REVIEW_DAYS)."""
    return datetime.timedelta(days=getattr(settings, "FAQ_REVIEW_DAYS", DEFAULT_REVIEW_DAYS))


class ReviewedMixin(models.Model):
    """Legal information goes stale: who checked it last, and when."""

    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When someone qualified last checked every answer on this page."),
    )
    reviewed_by = models.CharField(
        _("reviewed by"),
        max_length=160,
        blank=True,
        help_text=_("Shown to the public, such as 'An immigration lawyer of our legal team'."),
    )

    review_panels = [
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("reviewed_by")], heading=_("Review")
        )
    ]
    review_translatable_fields = [
        # One review covers every language of the page.
        SynchronizedField("last_reviewed"),
        TranslatableField("reviewed_by"),
    ]

    class Meta:
        abstract = True

    @property
    def review_is_overdue(self):
        if self.last_reviewed is None:
            return True
        return timezone.localdate() - self.last_reviewed > review_period()
