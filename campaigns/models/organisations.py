"""Organisations signing a sign-on letter. Counted once the contact confirms by email; shown
on the page only once staff approve them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from .records import ConfirmedRecord, page_link


class OrganisationSignature(ConfirmedRecord):
    action_page = page_link(_("signed on page"))
    organisation = models.CharField(_("organisation"), max_length=200)
    city = models.CharField(_("city"), max_length=120)
    country = CountryField(_("country"))
    contact_name = models.CharField(_("contact person"), max_length=160)
    contact_email = models.EmailField(_("contact email"), max_length=254)
    contact_consent = models.BooleanField(_("agreed to be contacted"), default=False)
    approved = models.BooleanField(
        _("approved"), default=False, help_text=_("Shown on the page once approved.")
    )

    email_field = "contact_email"

    class Meta:
        verbose_name = _("organisation signature")
        verbose_name_plural = _("organisation signatures")
        constraints = [
            models.UniqueConstraint(
                fields=["page_key", "contact_email"], name="one_organisation_signature_per_email"
            )
        ]

    def __str__(self):
        return self.organisation

    @classmethod
    def erase(cls, queryset):
        """The organisation's name is public once approved; its contact person is not."""
        done = 0
        for pk in queryset.values_list("pk", flat=True):
            done += cls.objects.filter(pk=pk).update(
                contact_name="", contact_email=f"anonymised-{pk}@invalid", anonymised=True
            )
        return 0, done
