"""The news sign-up form: an address, the language of the news, and an explicit yes."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .forms import ConsentForm


class SignupForm(ConsentForm):
    email = forms.EmailField(label=_("Email"), max_length=254)
    language = forms.ChoiceField(label=_("Send me news in"), choices=settings.LANGUAGES)
    consent_refused = _("Please tick this box so that we may write to you.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()
