"""Signatures: personal data of the public. Minimal, consented, purged on a schedule.

One row per person per action: all language versions of an action share its translation key,
and a database constraint (not a check in Python) keeps a second signature from the same email
from becoming a second row, however many requests arrive at once. A signature counts once its
owner confirmed it from the email; a second signing changes nothing stored.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from .records import ConfirmedRecord, page_link


class Signature(ConfirmedRecord):
    action_page = page_link(_("signed on page"))
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

    email_field = "email"

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        constraints = [
            models.UniqueConstraint(fields=["page_key", "email"], name="one_signature_per_email")
        ]
        indexes = [models.Index(fields=["page_key", "-created_at"], name="signature_latest")]

    def __str__(self):
        return f"{self.first_name} ({self.created_at:%Y-%m-%d})"

    @classmethod
    def erase(cls, queryset):
        """Past retention the row stays, so the count does not change, but nothing in it
        identifies a person any more (the unique pair needs a distinct placeholder)."""
        done = 0
        for pk in queryset.values_list("pk", flat=True):
            done += cls.objects.filter(pk=pk).update(
                first_name="",
                last_name="",
                email=f"anonymised-{pk}@invalid",
                postal_code="",
                comment="",
                show_name=False,
                anonymised=True,
            )
        return 0, done
