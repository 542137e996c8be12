"""Messages of welcome: a page about a person released from detention, where visitors write
them a few words. Staff of the Campaign data group read every message, approve or reject it,
and print the approved ones to hand to the person; those whose writers allowed it are shown on
the page with a first name and a town, nothing else."""

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import ContentPage

from .public_form import ConsentFormPage, form_panels
from .records import ModeratedRecord, page_link


class WelcomePage(ConsentFormPage):
    """About one released person (the hero image is their photo, shown only under the media
    library's consent rules), with the message form and the approved messages."""

    person_name = models.CharField(
        _("person's name"),
        max_length=80,
        help_text=_("As the person wants to be named, usually a first name. Printed for them."),
    )
    about_person = RichTextField(
        _("who they are"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A few lines the person agreed to, in their own words if possible."),
    )
    show_consent_text = models.CharField(
        _("consent to show"),
        max_length=400,
        default="Also show my message on this page, with my first name and town only.",
        help_text=_("Optional for the writer. Stored with each message, word for word."),
    )
    messages_shown = models.PositiveSmallIntegerField(
        _("messages shown on the page"),
        default=30,
        help_text=_("The newest approved messages whose writers allowed it. 0 shows none."),
    )

    form_defaults = {
        "consent_text": (
            "I agree that Border Humanity keeps my message, my first name and my town to "
            "deliver them to the person this page is about."
        ),
        "thank_you_heading": "Thank you for your message",
    }

    content_panels = ContentPage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("person_name"), FieldPanel("about_person")],
            heading=_("The person"),
        ),
        MultiFieldPanel(
            [*form_panels(FieldPanel("show_consent_text")), FieldPanel("messages_shown")],
            heading=_("The form"),
        ),
    ]

    translatable_fields = ConsentFormPage.translatable_fields + [
        # A name is not translated.
        SynchronizedField("person_name"),
        TranslatableField("about_person"),
        TranslatableField("show_consent_text"),
        # How many are shown: one policy in every language.
        SynchronizedField("messages_shown"),
    ]

    template = "campaigns/welcome_page.html"
    thank_you_template = "campaigns/welcome_thank_you.html"

    class Meta:
        verbose_name = _("messages-of-welcome page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["welcome_messages"] = WelcomeMessage.shown_for(self.translation_key)[
            : self.messages_shown
        ]
        return context

    def make_form(self, data=None, initial=None):
        from ..welcome_forms import WelcomeForm

        return WelcomeForm(data, page=self, initial=initial)

    def store(self, request, data):
        with transaction.atomic():
            WelcomeMessage.objects.create(
                page_key=self.translation_key,
                form_page_id=self.pk,
                language=get_language(),
                first_name=data["first_name"],
                town=data["town"],
                message=data["message"],
                show_on_page=data["show_on_page"],
                consent_text=data["consent_record"],
            )


class WelcomeMessage(ModeratedRecord):
    """A message as its writer sent it, in the language of the page they wrote on. No email
    or other contact is asked: nobody can ask to be forgotten by address, so staff delete a
    message on request (the Campaign data screens) and retention deletes the rest."""

    form_page = page_link(_("sent from page"))
    first_name = models.CharField(_("first name"), max_length=40)
    town = models.CharField(_("town"), max_length=80)
    message = models.TextField(_("message"), max_length=600)
    show_on_page = models.BooleanField(_("may be shown on the page"), default=False)

    class Meta:
        verbose_name = _("message of welcome")
        verbose_name_plural = _("messages of welcome")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{_('Message')} #{self.pk} ({self.first_name}, {self.town})"

    @property
    def is_public(self):
        return self.status == self.Status.APPROVED and self.show_on_page

    def language_name(self):
        return dict(settings.LANGUAGES).get(self.language, self.language)

    language_name.short_description = _("language")

    @classmethod
    def shown_for(cls, page_key):
        """What a welcome page may show, newest first, in one query: nothing else is read."""
        return (
            cls.objects.filter(page_key=page_key, status=cls.Status.APPROVED, show_on_page=True)
            .order_by("-created_at", "-pk")
            .only("first_name", "town", "message", "language", "created_at")
        )
