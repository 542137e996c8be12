"""What the public forms share (the spam defences, the consent box) and the action forms: what
a signer gives, checked before anything is stored."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.choices import BaseChoiceIterator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .zip_codes import state_for_zip

# A tag-like `<x` or `</x`: text fields hold plain words, never markup.
MARKUP = re.compile(r"<\s*/?\s*[a-z!?]", re.IGNORECASE)
POSTAL_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 \-]{1,10}$")


_COUNTRY_CHOICES = {}


class CountryChoices(BaseChoiceIterator):
    """Country names in the visitor's language, sorted in that language. Translating and
    sorting 250 names, and copying them into every form, took milliseconds per signature:
    each language's list is made once per process, and forms share it instead of copying."""

    def __iter__(self):
        language = get_language()
        if language not in _COUNTRY_CHOICES:
            _COUNTRY_CHOICES[language] = list(countries)
        return iter(_COUNTRY_CHOICES[language])


def country_field(label):
    field = forms.ChoiceField(label=label, choices=CountryChoices(), initial="US")
    field.widget.attrs["autocomplete"] = "country"
    return field


def no_markup(value):
    if MARKUP.search(value):
        raise ValidationError(_("Please remove the HTML or code from this field."), "markup")
    if "\ufffd" in value:
        raise ValidationError(_("This field has characters we could not read."), "encoding")


def text_field(label, max_length, autocomplete=None, **kwargs):
    field = forms.CharField(label=label, max_length=max_length, validators=[no_markup], **kwargs)
    if autocomplete:
        field.widget.attrs["autocomplete"] = autocomplete
    return field


# Shown last, in this order, whichever class declared them.
LAST_FIELDS = ("consent", "website", "started")


class PublicForm(forms.Form):
    """The spam defences every public form carries, which people never see: a field only
    robots fill, and the start token (campaigns.formflow checks both)."""

    website = forms.CharField(required=False, label=_("Leave this field empty"))
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, page=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        # A base class's fields come first in a Django form: these go after the subclass's.
        rest = [name for name in self.fields if name not in LAST_FIELDS]
        self.order_fields(rest + list(LAST_FIELDS))


class ConsentForm(PublicForm):
    """A public form with a box the visitor must tick, labelled with the page's own statement
    (the page's field `consent_source`). `consent_refused` is the error when it is left empty:
    it says what the box is for."""

    consent = forms.BooleanField()
    consent_source = "consent_text"
    consent_refused = None

    def __init__(self, *args, page=None, **kwargs):
        super().__init__(*args, page=page, **kwargs)
        consent = self.fields["consent"]
        consent.error_messages["required"] = self.consent_refused
        if page is not None:
            consent.label = getattr(page, self.consent_source)


class ActionForm(PublicForm):
    """What every action form shares: the optional yes to be kept informed."""

    contact_consent = forms.BooleanField(required=False)

    def __init__(self, *args, action=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.action = action
        if action is not None:
            self.fields["contact_consent"].label = action.consent_text

    def clean(self):
        cleaned = super().clean()
        consent = cleaned.get("contact_consent") and self.action is not None
        cleaned["consent_text"] = self.action.consent_text if consent else ""
        return cleaned


class SignatureForm(ActionForm):
    first_name = text_field(_("First name"), 80, "given-name")
    last_name = text_field(_("Last name"), 80, "family-name")
    email = forms.EmailField(label=_("Email"), max_length=254)
    postal_code = forms.CharField(
        label=_("ZIP or postal code"),
        max_length=12,
        error_messages={"invalid": _("Enter a ZIP or postal code, such as 79901.")},
    )
    country = country_field(_("Country"))
    comment = text_field(
        _("Comment (optional)"), 1000, required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    show_name = forms.BooleanField(
        label=_("Show my first name and my state (or country) in the list of recent signers"),
        required=False,
    )

    def __init__(self, *args, action=None, **kwargs):
        super().__init__(*args, action=action, **kwargs)
        if action is not None and not action.ask_comment:
            del self.fields["comment"]
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["postal_code"].widget.attrs["autocomplete"] = "postal-code"
        self.order_fields(
            ["first_name", "last_name", "email", "postal_code", "country", "comment", "show_name"]
        )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_postal_code(self):
        value = self.cleaned_data["postal_code"].strip()
        if not POSTAL_CODE.match(value):
            raise ValidationError(self.fields["postal_code"].error_messages["invalid"], "invalid")
        return value.upper()

    def clean(self):
        cleaned = super().clean()
        us = cleaned.get("country") == "US"
        cleaned["state"] = state_for_zip(cleaned.get("postal_code", "")) if us else ""
        if us and cleaned.get("postal_code") and not cleaned["state"]:
            self.add_error(
                "postal_code", _("This is not a US ZIP code. Check it, or your country.")
            )
        return cleaned


class OrganisationForm(ActionForm):
    organisation = text_field(_("Organisation"), 200, "organization")
    city = text_field(_("City"), 120, "address-level2")
    country = country_field(_("Country"))
    contact_name = text_field(_("Contact person"), 160, "name")
    contact_email = forms.EmailField(label=_("Contact email"), max_length=254)

    def __init__(self, *args, action=None, **kwargs):
        super().__init__(*args, action=action, **kwargs)
        self.fields["contact_email"].widget.attrs["autocomplete"] = "email"
        self.order_fields(["organisation", "city", "country", "contact_name", "contact_email"])

    def clean_contact_email(self):
        return self.cleaned_data["contact_email"].strip().lower()
