"""The signature form: what a signer gives, checked before anything is stored."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

# A tag-like `<x` or `</x`: text fields hold plain words, never markup.
MARKUP = re.compile(r"<\s*/?\s*[a-z!?]", re.IGNORECASE)
POSTAL_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 \-]{1,10}$")


def no_markup(value):
    if MARKUP.search(value):
        raise ValidationError(_("Please remove the HTML or code from this field."), "markup")
    if "\ufffd" in value:
        raise ValidationError(_("This field has characters we could not read."), "encoding")


class SignatureForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=80, validators=[no_markup])
    last_name = forms.CharField(label=_("Last name"), max_length=80, validators=[no_markup])
    email = forms.EmailField(label=_("Email"), max_length=254)
    postal_code = forms.CharField(
        label=_("ZIP or postal code"),
        max_length=12,
        error_messages={"invalid": _("Enter a ZIP or postal code, such as 79901.")},
    )
    country = LazyTypedChoiceField(label=_("Country"), choices=countries, initial="US")
    comment = forms.CharField(
        label=_("Comment (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        validators=[no_markup],
    )
    show_name = forms.BooleanField(
        label=_("Show my first name and country in the list of recent signers"), required=False
    )
    contact_consent = forms.BooleanField(required=False)
    # Spam defences, invisible to people: a field only robots fill, and when the form was shown.
    website = forms.CharField(required=False, label=_("Leave this field empty"))
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, action=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.action = action
        if action is not None:
            self.fields["contact_consent"].label = action.consent_text
            if not action.ask_comment:
                del self.fields["comment"]
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["postal_code"].widget.attrs["autocomplete"] = "postal-code"
        self.fields["country"].widget.attrs["autocomplete"] = "country"
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_postal_code(self):
        value = self.cleaned_data["postal_code"].strip()
        if not POSTAL_CODE.match(value):
            raise ValidationError(self.fields["postal_code"].error_messages["invalid"], "invalid")
        return value.upper()

    def clean(self):
        cleaned = super().clean()
        if self.action is not None:
            cleaned["consent_text"] = (
                self.action.consent_text if cleaned.get("contact_consent") else ""
            )
        return cleaned
