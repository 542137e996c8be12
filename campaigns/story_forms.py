"""The share-your-story form: the story, who tells it, how to reach them, and what may be
published. Nothing is stored unless all of it is valid and the consent box is ticked."""

import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from .forms import ConsentForm, no_markup
from .models.stories import Publication

PHONE = re.compile(r"^\+?[0-9][0-9 ().\-]{5,22}$")


def email_or_phone(value):
    if "@" in value:
        validate_email(value)
    elif not PHONE.match(value):
        raise ValidationError(
            _("Enter an email address or a phone number, such as +1 915 555 0100."), "contact"
        )


class StoryForm(ConsentForm):
    text = forms.CharField(
        label=_("Your story"),
        min_length=20,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 10}),
        validators=[no_markup],
        help_text=_("What happened, in your own words. Please leave out other people's names."),
    )
    language = forms.ChoiceField(label=_("Language of your story"), choices=settings.LANGUAGES)
    name = forms.CharField(
        label=_("Your name (optional)"),
        required=False,
        max_length=80,
        validators=[no_markup],
        help_text=_("Leave it empty to stay anonymous."),
    )
    contact = forms.CharField(
        label=_("Email or phone (optional)"),
        required=False,
        max_length=254,
        validators=[email_or_phone],
        help_text=_("Only if you want us to get in touch. Never published."),
    )
    publication = forms.ChoiceField(
        label=_("May we publish your story?"),
        choices=Publication.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose whether we may publish your story.")},
    )
    consent_refused = _("Please tick this box so that we may keep your story.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["contact"].widget.attrs["autocomplete"] = "email"

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_contact(self):
        value = self.cleaned_data["contact"].strip()
        return value.lower() if "@" in value else value

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("publication") == Publication.FIRST_NAME and not cleaned.get("name"):
            self.add_error(
                "name",
                ValidationError(
                    _("Give your first name, or choose to publish the story without it."),
                    "name_needed",
                ),
            )
        if not self.errors:
            cleaned["consent_record"] = self.consent_record(cleaned["publication"])
        return cleaned

    def consent_record(self, publication):
        """The exact wording the teller saw and chose, kept with the story."""
        choice = dict(self.fields["publication"].choices)[publication]
        return f"{self.page.consent_text}\n{self.fields['publication'].label} {choice}"
