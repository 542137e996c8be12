"""Decision makers a letter is addressed to. Public officials, not personal data of the public."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet

from ..zip_codes import STATE_NAMES


class DecisionMaker(models.Model):
    class Role(models.TextChoices):
        # Labels are translated for the public: the signer reads them in their language.
        PRESIDENT = "president", _("President")
        VICE_PRESIDENT = "vice_president", _("Vice President")
        SENATOR = "senator", _("Senator")
        REPRESENTATIVE = "representative", _("Representative")
        GOVERNOR = "governor", _("Governor")
        OTHER = "other", _("Official")

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    state = models.CharField(
        _("state"),
        max_length=2,
        blank=True,
        choices=sorted(STATE_NAMES.items(), key=lambda item: item[1]),
        help_text=_("Empty for national decision makers, who receive every letter."),
    )
    district = models.CharField(_("district"), max_length=20, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("state"),
        FieldPanel("district"),
    ]

    class Meta:
        verbose_name = _("decision maker")
        verbose_name_plural = _("decision makers")
        ordering = ["state", "role", "name"]

    def __str__(self):
        where = f", {self.state}" if self.state else ""
        return f"{self.get_role_display()} {self.name}{where}"


register_snippet(DecisionMaker)
