"""Decision makers a letter is addressed to. Public officials, not personal data of the public."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet

from ..phone_numbers import display_phone, normalise_phone, validate_phone
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
    phone = models.CharField(
        _("public office phone"),
        max_length=20,
        blank=True,
        validators=[validate_phone],
        help_text=_(
            "The office's public number, for call pages. A US number with its area code, or "
            "an international one starting with +."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("state"),
        FieldPanel("district"),
        FieldPanel("phone"),
    ]

    class Meta:
        verbose_name = _("decision maker")
        verbose_name_plural = _("decision makers")
        ordering = ["state", "role", "name"]

    def __str__(self):
        where = f", {self.state}" if self.state else ""
        return f"{self.get_role_display()} {self.name}{where}"

    def save(self, *args, **kwargs):
        # One stored form, whatever was typed: the `tel:` link dials it as it is.
        self.phone = normalise_phone(self.phone)
        super().save(*args, **kwargs)

    @property
    def phone_display(self):
        return display_phone(self.phone)

    @property
    def tel_url(self):
        return f"tel:{self.phone}" if self.phone else ""


register_snippet(DecisionMaker)
