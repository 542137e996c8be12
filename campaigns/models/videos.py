"""Video answers to a prompt: the page that asks ("Have you or someone you love gone through
the asylum process?"), and each answer a visitor records or uploads (personal data: a face, a
voice). An answer is kept in private storage and shown only once Campaign data staff approved
it with a transcript and captions; until then no address serves it (campaigns.video_views)."""

import uuid

from django.conf import settings
from django.db import models, transaction
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from home.models import ContentPage

from ..formflow import receive
from ..video_storage import random_name, video_storage
from .public_form import ConsentFormPage, form_panels
from .records import ModeratedRecord, page_link

# What a browser may use on this page alone: its camera and microphone, for recording here.
RECORDING_FEATURES = ("camera", "microphone")


class Credit(models.TextChoices):
    """How a published answer names the person who sent it."""

    FULL_NAME = "name", _("With my name")
    FIRST_NAME = "first_name", _("With my first name only")
    ANONYMOUS = "anonymous", _("Anonymously")


class VideoPromptPage(ConsentFormPage):
    """A question the public answers on video, recorded in the browser or uploaded."""

    prompt = models.CharField(
        _("prompt"),
        max_length=255,
        default="Have you or someone you love gone through the asylum process?",
        help_text=_("The question visitors answer, shown above the form and the answers."),
    )
    guidance = RichTextField(
        _("guidance"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_(
            "What to say and how to stay safe: no faces, places or names the speaker "
            "does not want known."
        ),
    )

    form_defaults = {
        "consent_text": (
            "I agree that Border Humanity keeps my video to review it, and publishes it on "
            "this page, credited as I chose above, after review."
        ),
        "thank_you_heading": "Thank you for your answer",
        "retention_months": 24,
    }

    content_panels = ContentPage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("prompt"), FieldPanel("guidance"), *form_panels()],
            heading=_("The prompt and the form"),
        ),
    ]

    # The answers are not indexed: a transcript is the person's words, shown, not searched.
    search_fields = ConsentFormPage.search_fields + [
        index.SearchField("prompt"),
        index.SearchField("guidance"),
    ]

    translatable_fields = ConsentFormPage.translatable_fields + [
        TranslatableField("prompt"),
        TranslatableField("guidance"),
    ]

    template = "campaigns/video_prompt_page.html"
    thank_you_template = "campaigns/video_thank_you.html"

    class Meta:
        verbose_name = _("video prompt page")

    def make_form(self, data=None, initial=None, files=None):
        from ..video_forms import VideoAnswerForm

        if initial is not None:
            initial = {**initial, "language": get_language()}
        return VideoAnswerForm(data, files, page=self, initial=initial)

    def get_context(self, request, *args, **kwargs):
        from ..video_views import public_answers

        context = super().get_context(request, *args, **kwargs)
        context["form_action"] = reverse("campaigns:video_send", args=[self.pk])
        context["answers"] = public_answers(self)
        context["max_megabytes"] = settings.VIDEO_MAX_BYTES // (1024 * 1024)
        context["max_minutes"] = settings.VIDEO_MAX_SECONDS // 60
        context["max_seconds"] = settings.VIDEO_MAX_SECONDS
        return context

    @path("")
    def form_view(self, request):
        if request.method == "POST":
            from ..video_views import limit_upload, too_large_declared

            if too_large_declared(request) or limit_upload(request):
                return self.refuse_too_large(request)
            return receive(
                request,
                self.make_form(request.POST, files=request.FILES),
                self.form_key,
                store=lambda data: self.store(request, data),
                again=lambda form, status: self.form_again(request, form, status),
                thank_you_url=self.thank_you_url(),
            )
        return super().form_view(request)

    def refuse_too_large(self, request):
        """Answered before the body is read: the form, empty, with the reason."""
        from ..formflow import private
        from ..video_forms import too_large_message

        response = self.render(
            request,
            context_overrides={"form": self.make_form(initial={}), "refusal": too_large_message()},
        )
        response.status_code = 413
        return private(response)

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # The site's policy turns camera and microphone off everywhere (borderhumanity's
        # PermissionsPolicyMiddleware only sets the header when a page did not): here they
        # are allowed for this site's own pages, to record; the recording is previewed from
        # a blob: address, which only this page's media-src allows.
        features = dict(settings.PERMISSIONS_POLICY)
        features.update({feature: ["self"] for feature in RECORDING_FEATURES})
        response["Permissions-Policy"] = ", ".join(
            f"{feature}=({' '.join(allowed)})" for feature, allowed in features.items()
        )
        response._csp_update = {"media-src": ["blob:"]}
        return response

    def store(self, request, data):
        """The file goes to private storage under a random name, then the row is written; if
        the row cannot be written the file is deleted: nothing is left half-stored."""
        storage = video_storage()
        info = data["video_info"]
        name = storage.save(random_name(info.kind), data["video"])
        try:
            with transaction.atomic():
                VideoAnswer.objects.create(
                    page_key=self.translation_key,
                    form_page_id=self.pk,
                    language=data["language"],
                    file=name,
                    kind=info.kind,
                    seconds=round(info.seconds, 2),
                    size=data["video"].size,
                    name=data["name"],
                    credit=data["credit"],
                    email=data["email"],
                    consent_text=data["consent_record"],
                )
        except BaseException:
            storage.delete(name)
            raise


class VideoAnswer(ModeratedRecord):
    """A video as its sender sent it, with what staff add to publish it. Seen by the Campaign
    data group only until approved; `language` is the language spoken in it."""

    class Kind(models.TextChoices):
        MP4 = "mp4", "MP4"
        MOV = "mov", "QuickTime"
        WEBM = "webm", "WebM"
        MATROSKA = "matroska", "Matroska"

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    form_page = page_link(_("sent from page"))
    language = models.CharField(_("language spoken"), max_length=12)
    file = models.FileField(_("video file"), storage=video_storage, max_length=200)
    kind = models.CharField(_("container"), max_length=10, choices=Kind.choices)
    seconds = models.FloatField(_("duration (seconds)"))
    size = models.PositiveBigIntegerField(_("size (bytes)"))
    name = models.CharField(_("name"), max_length=120, blank=True)
    credit = models.CharField(_("credit"), max_length=12, choices=Credit.choices)
    email = models.EmailField(_("email"), blank=True)
    transcript = models.TextField(_("transcript"), blank=True)
    captions = models.TextField(
        _("captions (WebVTT)"),
        blank=True,
        help_text=_("Starts with WEBVTT; one cue per block: 00:00.000 --> 00:04.000, then text."),
    )

    email_field = "email"

    class Meta:
        verbose_name = _("video answer")
        verbose_name_plural = _("video answers")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{_('Video')} #{self.pk} ({self.created_at:%Y-%m-%d})"

    @property
    def credit_line(self):
        """What a published video says about who sent it: never the email."""
        words = self.name.split()
        if self.credit == Credit.FULL_NAME and words:
            return " ".join(words)
        if self.credit == Credit.FIRST_NAME and words:
            return words[0]
        return ""

    @property
    def content_type(self):
        # WebM is a kind of Matroska: browsers play both under the WebM type.
        return {"mp4": "video/mp4", "mov": "video/quicktime"}.get(self.kind, "video/webm")

    def language_name(self):
        return dict(settings.LANGUAGES).get(self.language, self.language)

    language_name.short_description = _("language spoken")

    @classmethod
    def erase(cls, queryset):
        """Past retention the video goes, published or not: a face and a voice are not kept
        anonymously. Files are deleted with their rows (campaigns.signals)."""
        return queryset.delete()[0], 0
