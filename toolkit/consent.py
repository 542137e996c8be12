"""Whether the people in a picture agreed to its use: the first part of the one rule on what
the public may see (toolkit.withdrawal)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ConsentStatus(models.TextChoices):
    ON_FILE = "on_file", _("Consent on file")
    NOT_NEEDED = "not_needed", _("Not needed (no identifiable people)")
    NONE = "none", _("No consent: internal use only")
