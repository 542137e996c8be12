"""The video answer form (the file, the language spoken, how to be credited, an optional
email, consent) and the checks of what staff add: WebVTT captions. The file is judged by its
own bytes (campaigns.video_container), never by its name or declared type."""

import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .forms import ConsentForm, no_markup
from .models.videos import Credit
from .video_container import Unreadable, inspect


def too_large_message():
    return _("This video is larger than %(megabytes)s MB. Please send a shorter one.") % {
        "megabytes": settings.VIDEO_MAX_BYTES // (1024 * 1024)
    }


class VideoAnswerForm(ConsentForm):
    video = forms.FileField(
        label=_("Your video"),
        help_text=_("An mp4, mov or webm file."),
        error_messages={
            "required": _("Please choose a video file, or record one on this page."),
            "empty": _("This file is empty. Please choose your video again."),
        },
    )
    language = forms.ChoiceField(label=_("Language you speak in the video"), choices=())
    credit = forms.ChoiceField(
        label=_("How should we credit you?"),
        choices=Credit.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose how we should credit you.")},
    )
    name = forms.CharField(
        label=_("Your name (optional)"),
        required=False,
        max_length=120,
        validators=[no_markup],
        help_text=_("Only needed if you want to be credited by name."),
    )
    email = forms.EmailField(
        label=_("Email (optional)"),
        required=False,
        max_length=254,
        help_text=_(
            "Only if you want us to reach you, or to be able to ask us to take your video "
            "down. Never published."
        ),
    )
    consent_refused = _("Please tick this box so that we may keep your video.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = settings.LANGUAGES
        # The file chooser offers videos; the server decides by the bytes all the same.
        self.fields["video"].widget.attrs["accept"] = "video/mp4,video/webm,video/quicktime"
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def clean_video(self):
        upload = self.cleaned_data["video"]
        if getattr(upload, "too_large", False) or upload.size > settings.VIDEO_MAX_BYTES:
            raise ValidationError(too_large_message(), "too_large")
        try:
            upload.seek(0)
            info = inspect(upload)
        except (Unreadable, OSError):
            raise ValidationError(
                _(
                    "We could not read this file as a video. Please send an mp4, mov or webm "
                    "video, whole and not damaged."
                ),
                "unreadable",
            ) from None
        finally:
            upload.seek(0)
        if info.seconds > settings.VIDEO_MAX_SECONDS:
            minutes = settings.VIDEO_MAX_SECONDS // 60
            raise ValidationError(
                _("This video lasts longer than %(minutes)s minutes. Please send a shorter one.")
                % {"minutes": minutes},
                "too_long",
            )
        self.video_info = info
        return upload

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("credit") in (Credit.FULL_NAME, Credit.FIRST_NAME) and not cleaned.get(
            "name"
        ):
            self.add_error(
                "name",
                ValidationError(
                    _("Give your name, or choose to be credited anonymously."), "name_needed"
                ),
            )
        if not self.errors:
            cleaned["video_info"] = self.video_info
            cleaned["consent_record"] = self.consent_record(cleaned["credit"])
        return cleaned

    def consent_record(self, credit):
        """The exact wording the visitor saw and chose, kept with the video."""
        choice = dict(self.fields["credit"].choices)[credit]
        return f"{self.page.consent_text}\n{self.fields['credit'].label} {choice}"


# WebVTT: "WEBVTT" first, then blocks apart by blank lines; a cue is an optional id line, a
# timing line and its text. Hours are optional in a timestamp.
TIMESTAMP = r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
TIMING = re.compile(rf"^{TIMESTAMP}[ \t]+-->[ \t]+{TIMESTAMP}(?:[ \t].*)?$")
MAX_CAPTIONS = 100_000


def seconds_of(hours, minutes, seconds, millis):
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(millis) / 1000


def parse_webvtt(text):
    """[(start, end, text)] of the cues, or ValidationError saying what is wrong."""
    if len(text) > MAX_CAPTIONS:
        raise ValidationError(_("These captions are too long."), "too_long")
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not re.match(r"^WEBVTT(?:[ \t].*)?$", lines[0]):
        raise ValidationError(_("Captions must start with the line WEBVTT."), "no_header")
    cues = []
    blocks, block = [], []
    for line in lines[1:] + [""]:
        if line.strip():
            block.append(line)
        elif block:
            blocks.append(block)
            block = []
    for block in blocks:
        if block[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        timing_at = 0 if "-->" in block[0] else 1
        match = TIMING.match(block[timing_at].strip()) if len(block) > timing_at else None
        if match is None:
            raise ValidationError(
                _("This caption has no valid timing (00:00.000 --> 00:04.000): %(line)s"),
                "bad_timing",
                params={"line": block[0][:80]},
            )
        start = seconds_of(*match.groups()[:4])
        end = seconds_of(*match.groups()[4:])
        if end <= start:
            raise ValidationError(
                _("A caption ends before it starts: %(line)s"),
                "bad_timing",
                params={"line": block[timing_at][:80]},
            )
        cues.append((start, end, "\n".join(block[timing_at + 1 :])))
    if not cues:
        raise ValidationError(_("These captions hold no cue."), "no_cues")
    return cues


class ReviewForm(forms.Form):
    """What staff add before a video may be approved."""

    transcript = forms.CharField(
        label=_("Transcript"), required=False, widget=forms.Textarea(attrs={"rows": 8})
    )
    captions = forms.CharField(
        label=_("Captions (WebVTT)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Starts with WEBVTT; one cue per block: 00:00.000 --> 00:04.000, then text."),
    )

    def __init__(self, *args, approving=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.approving = approving

    def clean_transcript(self):
        transcript = self.cleaned_data["transcript"].strip()
        if self.approving and not transcript:
            raise ValidationError(_("Add the transcript before approving."), "required")
        return transcript

    def clean_captions(self):
        captions = self.cleaned_data["captions"].strip()
        if not captions:
            if self.approving:
                raise ValidationError(_("Add the captions before approving."), "required")
            return ""
        parse_webvtt(captions)
        return captions + "\n"
