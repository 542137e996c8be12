"""Legal information goes stale: when a page was last checked, and how old a check may get."""

import datetime
import re

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField, TranslatableField

DEFAULT_REVIEW_DAYS = 180

# A credit that starts with an article is a role, not a name: "by an immigration lawyer",
# "por una abogada" (English and Spanish articles; names keep their capitals).
LEADING_ARTICLE = re.compile(r"^(A|An|The|Un|Una|Unos|Unas|El|La|Los|Las)\b(?=\s)")


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
        help_text=_(
            "Shown after 'by': a person's name, or a role in lower case, such as 'an immigration "
            "lawyer of our legal team'."
        ),
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
    def reviewer_in_text(self):
        """The credit as it reads after "by" / "por", whatever capital the editor typed."""
        return LEADING_ARTICLE.sub(lambda m: m.group(1).lower(), self.reviewed_by.strip())

    @property
    def review_is_overdue(self):
        if self.last_reviewed is None:
            return True
        return timezone.localdate() - self.last_reviewed > review_period()
