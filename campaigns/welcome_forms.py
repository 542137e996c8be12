"""The message-of-welcome form: a first name, a town, a few warm words, and two choices: keep
it to deliver (required) and show it on the page (optional). No contact details are asked."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .forms import ConsentForm, no_markup

MESSAGE_MAX = 600


class WelcomeForm(ConsentForm):
    first_name = forms.CharField(
        label=_("Your first name"),
        max_length=40,
        validators=[no_markup],
        error_messages={"required": _("Please give your first name.")},
    )
    town = forms.CharField(
        label=_("Your town"),
        max_length=80,
        validators=[no_markup],
        error_messages={"required": _("Please tell us the town you write from.")},
    )
    message = forms.CharField(
        label=_("Your message"),
        min_length=2,
        max_length=MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
        validators=[no_markup],
        help_text=_("A few warm words, at most 600 characters. Please leave out other names."),
        error_messages={"required": _("Please write a message.")},
    )
    show_on_page = forms.BooleanField(required=False)
    consent_refused = _("Please tick this box so that we may keep and deliver your message.")

    def __init__(self, *args, page=None, **kwargs):
        super().__init__(*args, page=page, **kwargs)
        if page is not None:
            self.fields["show_on_page"].label = page.show_consent_text
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["town"].widget.attrs["autocomplete"] = "address-level2"
        self.fields["message"].widget.attrs["maxlength"] = str(MESSAGE_MAX)

    # Django strips the ends already; inner runs of spaces and line breaks go too.
    def clean_first_name(self):
        return " ".join(self.cleaned_data["first_name"].split())

    def clean_town(self):
        return " ".join(self.cleaned_data["town"].split())

    def clean(self):
        cleaned = super().clean()
        if not self.errors:
            cleaned["consent_record"] = self.consent_record(cleaned["show_on_page"])
        return cleaned

    def consent_record(self, shown):
        """The exact wording the writer agreed to, and whether they ticked the second box."""
        lines = [self.page.consent_text]
        if shown:
            lines.append(self.page.show_consent_text)
        return "\n".join(lines)
