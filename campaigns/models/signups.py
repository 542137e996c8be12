"""News sign-up: an address is kept as pending until its owner confirms it from the email
(double opt-in); only confirmed addresses are ever exported or written to."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail_localize.fields import TranslatableField

from home.models import ContentPage

from .public_form import PublicFormPage
from .records import ConfirmedRecord, page_link


class SignupPage(PublicFormPage):
    """A page with the news sign-up form: email, preferred language, consent."""

    consent_text = models.CharField(
        _("consent statement"),
        max_length=400,
        default="Send me Border Humanity's news and calls to action by email.",
        help_text=_("The visitor must tick it. Stored with each sign-up, word for word."),
    )
    thank_you_heading = models.CharField(
        _("check-your-email heading"), max_length=160, default="Check your email"
    )
    thank_you_text = RichTextField(
        _("check-your-email text"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = ContentPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("consent_text"),
                FieldPanel("thank_you_heading"),
                FieldPanel("thank_you_text"),
            ],
            heading=_("The form"),
        ),
    ]

    search_fields = ContentPage.search_fields

    translatable_fields = ContentPage.translatable_fields + [
        TranslatableField("consent_text"),
        TranslatableField("thank_you_heading"),
        TranslatableField("thank_you_text"),
    ]

    parent_page_types = ["home.HomePage", "campaigns.CampaignPage"]
    subpage_types = []
    template = "campaigns/signup_page.html"
    thank_you_template = "campaigns/signup_thank_you.html"

    class Meta:
        verbose_name = _("news sign-up page")

    def make_form(self, data=None, initial=None):
        from ..signup_forms import SignupForm

        if initial is not None:
            initial = {**initial, "language": get_language()}
        return SignupForm(data, page=self, initial=initial)

    def store(self, request, data):
        from ..signup_views import record_signup

        record_signup(self, data)


class NewsSignup(ConfirmedRecord):
    """One row per address. Links in emails carry signed opaque ids, never the address.
    `confirm_id` is used once (cleared on confirmation, so a replayed link is refused);
    `unsubscribe_id` stays for the one-click unsubscribe link of every email."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")

    email = models.EmailField(_("email"), max_length=254, unique=True)
    language = models.CharField(_("preferred language"), max_length=12)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    unsubscribe_id = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    signup_page = page_link(_("signed up on page"))

    email_field = "email"

    class Meta:
        verbose_name = _("news sign-up")
        verbose_name_plural = _("news sign-ups")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{_('Sign-up')} #{self.pk}"

    def language_name(self):
        return dict(settings.LANGUAGES).get(self.language, self.language)

    language_name.short_description = _("preferred language")

    @classmethod
    def unconfirmed_before(cls, now):
        """The status is what counts here (addresses confirmed before `confirmed_at` existed
        may lack the date)."""
        return super().unconfirmed_before(now).filter(status=cls.Status.PENDING)

    @classmethod
    def expired(cls, now, months_by_key, default_months):
        """A confirmed subscription lasts until its owner unsubscribes."""
        return cls.objects.none()
