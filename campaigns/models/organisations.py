"""Organisations signing a sign-on letter. Shown on the page only once staff approve them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class OrganisationSignature(models.Model):
    action_key = models.UUIDField(_("action"), db_index=True)
    action_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("signed on page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=12)
    organisation = models.CharField(_("organisation"), max_length=200)
    city = models.CharField(_("city"), max_length=120)
    country = CountryField(_("country"))
    contact_name = models.CharField(_("contact person"), max_length=160)
    contact_email = models.EmailField(_("contact email"), max_length=254)
    contact_consent = models.BooleanField(_("agreed to be contacted"), default=False)
    consent_text = models.TextField(_("consent wording shown"), blank=True)
    approved = models.BooleanField(
        _("approved"), default=False, help_text=_("Shown on the page once approved.")
    )
    created_at = models.DateTimeField(_("signed at"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("last signed at"), auto_now=True)
    anonymised = models.BooleanField(_("anonymised"), default=False)

    class Meta:
        verbose_name = _("organisation signature")
        verbose_name_plural = _("organisation signatures")
        constraints = [
            models.UniqueConstraint(
                fields=["action_key", "contact_email"], name="one_organisation_signature_per_email"
            )
        ]

    def __str__(self):
        return self.organisation
