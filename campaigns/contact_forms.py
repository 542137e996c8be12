"""The contact form: who writes, how to answer them, what about, the message, and an explicit
yes to keeping it. Nothing is stored unless all of it is valid."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .forms import ConsentForm, no_markup
from .models.contact import Topic

MAX_MESSAGE = 3000


class ContactForm(ConsentForm):
    name = forms.CharField(label=_("Your name"), max_length=80, validators=[no_markup])
    email = forms.EmailField(
        label=_("Your email"),
        max_length=254,
        help_text=_("We answer to this address. It is never published."),
    )
    topic = forms.ChoiceField(
        label=_("What is it about?"),
        choices=Topic.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose what your message is about.")},
    )
    message = forms.CharField(
        label=_("Your message"),
        min_length=10,
        max_length=MAX_MESSAGE,
        validators=[no_markup],
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Up to 3,000 characters. Please do not send documents or case files here."),
    )
    consent_refused = _("Please tick this box so that we may keep your message.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_message(self):
        return self.cleaned_data["message"].strip()
