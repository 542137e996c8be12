"""Share your story: the form page, what a teller sends (personal data, moderated) and the
Story snippet that campaign pages show once staff approved it and the teller allowed it."""

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .public_form import ConsentFormPage
from .records import ModeratedRecord, page_link


class Publication(models.TextChoices):
    """Whether, and how, a teller lets us publish their story."""

    NOT_AT_ALL = "none", _("Do not publish my story")
    ANONYMOUSLY = "anonymous", _("Publish it without my name")
    FIRST_NAME = "first_name", _("Publish it with my first name")


class StoryFormPage(ConsentFormPage):
    """A page where people who lived the border tell what happened, in their own words."""

    form_defaults = {
        "consent_text": (
            "I agree that Border Humanity keeps my story and my details to read them, and "
            "publishes the story only as I chose above, after review."
        ),
        "thank_you_heading": "Thank you for sharing your story",
        "retention_months": 24,
    }

    template = "campaigns/story_form_page.html"
    thank_you_template = "campaigns/story_thank_you.html"

    class Meta:
        verbose_name = _("share-your-story page")

    def make_form(self, data=None, initial=None):
        from ..story_forms import StoryForm

        if initial is not None:
            initial = {**initial, "language": get_language()}
        return StoryForm(data, page=self, initial=initial)

    def store(self, request, data):
        with transaction.atomic():
            StorySubmission.objects.create(
                page_key=self.translation_key,
                form_page_id=self.pk,
                language=data["language"],
                page_language=get_language(),
                text=data["text"],
                name=data["name"],
                contact=data["contact"],
                publication=data["publication"],
                consent_text=data["consent_record"],
            )


class StorySubmission(ModeratedRecord):
    """A story as its teller sent it. Personal data: seen by the Campaign data group only.
    `language` is the language the story is written in; `page_language` the form's."""

    form_page = page_link(_("sent from page"))
    language = models.CharField(_("language of the story"), max_length=12)
    page_language = models.CharField(_("language of the form"), max_length=12)
    text = models.TextField(_("story"), max_length=5000)
    name = models.CharField(_("name"), max_length=80, blank=True)
    contact = models.CharField(_("email or phone"), max_length=254, blank=True)
    publication = models.CharField(
        _("publication allowed"), max_length=12, choices=Publication.choices
    )
    story = models.ForeignKey(
        "campaigns.Story",
        verbose_name=_("story snippet"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    email_field = "contact"

    class Meta:
        verbose_name = _("story submission")
        verbose_name_plural = _("story submissions")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{_('Story')} #{self.pk} ({self.created_at:%Y-%m-%d})"

    @property
    def may_publish(self):
        return self.publication != Publication.NOT_AT_ALL

    @property
    def attribution(self):
        """What a published story may say about who told it: never the contact details."""
        if self.publication == Publication.FIRST_NAME and self.name.strip():
            return self.name.split()[0]
        return ""

    def language_name(self):
        return dict(settings.LANGUAGES).get(self.language, self.language)

    language_name.short_description = _("language of the story")

    @classmethod
    def erase(cls, queryset):
        """Past retention: stories never approved are deleted; approved ones (already copied
        into a Story snippet, which holds no contact details) lose who told them."""
        deleted = queryset.exclude(status=cls.Status.APPROVED).delete()[0]
        anonymised = queryset.filter(status=cls.Status.APPROVED).update(
            name="", contact="", anonymised=True
        )
        return deleted, anonymised

    @classmethod
    def forget(cls, queryset):
        """On request the teller's story leaves the site in every language, with its
        revisions, and nothing of the submission is kept."""
        from ..story_removal import remove_stories

        remove_stories(queryset.exclude(story=None).values_list("story_id", flat=True))
        return queryset.delete()[0], 0


class Story(TranslatableMixin, DraftStateMixin, RevisionMixin, models.Model):
    """A story the public may read: made from an approved submission, published by staff."""

    title = models.CharField(_("title"), max_length=160)
    text = models.TextField(_("story"), max_length=5000)
    attribution = models.CharField(
        _("told by"),
        max_length=80,
        blank=True,
        help_text=_("A first name, only if the teller allowed it. Empty: shown as anonymous."),
    )

    panels = [FieldPanel("title"), FieldPanel("text"), FieldPanel("attribution")]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("text"),
        # A first name is not translated.
        SynchronizedField("attribution"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def __str__(self):
        return self.title


# Its screens keep unpublished stories to the Campaign data group (see campaigns/story_access.py).
register_snippet(Story, viewset="campaigns.story_access.StoryViewSet")
