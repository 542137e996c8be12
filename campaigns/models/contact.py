"""Contact us: the form page and the messages it stores (personal data, seen by the Campaign
data group only). A message needs no confirmation: nothing is published or sent on its
strength, and it is deleted, not anonymised, once its page's retention period has passed."""

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from .public_form import ConsentFormPage
from .records import PersonalRecord, page_link


class Topic(models.TextChoices):
    GENERAL = "general", _("A general question")
    PRESS = "press", _("Press and media")
    VOLUNTEERING = "volunteering", _("Volunteering")
    OTHER = "other", _("Something else")


class ContactPage(ConsentFormPage):
    """A page with the contact form: name, email, topic, message, consent."""

    form_defaults = {
        "consent_text": (
            "I agree that Border Humanity keeps my message and my details to answer me, and "
            "deletes them when the privacy notice says."
        ),
        "thank_you_heading": "Thank you for writing to us",
    }

    parent_page_types = ["home.HomePage"]
    template = "campaigns/contact_page.html"
    thank_you_template = "campaigns/contact_thank_you.html"

    class Meta:
        verbose_name = _("contact page")

    def initial_from(self, request):
        """A link may choose the topic (press contacts link to `?topic=press`)."""
        topic = request.GET.get("topic")
        return {"topic": topic} if topic in Topic.values else {}

    def make_form(self, data=None, initial=None):
        from ..contact_forms import ContactForm

        return ContactForm(data, page=self, initial=initial)

    def store(self, request, data):
        from ..tasks import queue_email

        with transaction.atomic():
            message = ContactMessage.objects.create(
                page_key=self.translation_key,
                form_page_id=self.pk,
                language=get_language(),
                name=data["name"],
                email=data["email"],
                topic=data["topic"],
                message=data["message"],
                consent_text=self.consent_text,
            )
        if ContactSettings.load().notify_email:
            queue_email("contact_notice", message)


@register_setting(icon="mail")
class ContactSettings(BaseGenericSetting):
    notify_email = models.EmailField(
        _("tell this address of new messages"),
        blank=True,
        help_text=_(
            "A staff mailbox. The notice says that a message came, its topic and where to read "
            "it: never the message, nor who sent it. Empty: no notice."
        ),
    )

    panels = [FieldPanel("notify_email")]

    class Meta:
        verbose_name = _("contact form")


class ContactMessage(PersonalRecord):
    """A message as its writer sent it, with what staff did about it."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        ANSWERED = "answered", _("Answered")
        CLOSED = "closed", _("Closed")

    form_page = page_link(_("sent from page"))
    name = models.CharField(_("name"), max_length=80)
    email = models.EmailField(_("email"), max_length=254)
    topic = models.CharField(_("topic"), max_length=16, choices=Topic.choices)
    message = models.TextField(_("message"), max_length=3000)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True
    )

    email_field = "email"

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{_('Message')} #{self.pk} ({self.created_at:%Y-%m-%d})"

    def language_name(self):
        return dict(settings.LANGUAGES).get(self.language, self.language)

    language_name.short_description = _("language")
