"""Signatures: personal data of the public. Minimal, consented, purged on a schedule.

One row per person per action: all language versions of an action share its translation key,
and a database constraint (not a check in Python) keeps a second signature from the same email
from becoming a second row, however many requests arrive at once.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class Signature(models.Model):
    action_key = models.UUIDField(
        _("action"),
        db_index=True,
        help_text=_("The translation key shared by every language version"),
    )
    action_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("signed on page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=12)
    first_name = models.CharField(_("first name"), max_length=80)
    last_name = models.CharField(_("last name"), max_length=80)
    email = models.EmailField(_("email"), max_length=254)
    postal_code = models.CharField(_("ZIP or postal code"), max_length=12)
    country = CountryField(_("country"))
    state = models.CharField(
        _("US state"), max_length=2, blank=True, help_text=_("From the ZIP code, for targeting")
    )
    comment = models.TextField(_("comment"), blank=True, max_length=1000)
    show_name = models.BooleanField(_("first name shown on the page"), default=False)
    contact_consent = models.BooleanField(_("agreed to be contacted"), default=False)
    consent_text = models.TextField(
        _("consent wording shown"), blank=True, help_text=_("Exactly what the signer agreed to")
    )
    created_at = models.DateTimeField(_("signed at"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("last signed at"), auto_now=True)
    anonymised = models.BooleanField(_("anonymised"), default=False)

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        constraints = [
            models.UniqueConstraint(fields=["action_key", "email"], name="one_signature_per_email")
        ]
        indexes = [models.Index(fields=["action_key", "-created_at"], name="signature_latest")]

    def __str__(self):
        return f"{self.first_name} ({self.created_at:%Y-%m-%d})"
