"""The two forms of a call page: the ZIP code that finds the officials (nothing is kept of
it), and "I called", which names one official of the page."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .forms import ConsentForm, PublicForm
from .targeting import chosen_targets
from .zip_codes import state_for_zip

UNKNOWN_ZIP = _("We could not find this ZIP code. Please enter the 5 digits of a US ZIP code.")


class ZipForm(forms.Form):
    zip_code = forms.CharField(label=_("Your ZIP code"), max_length=10)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["zip_code"].widget.attrs.update(
            {"autocomplete": "postal-code", "inputmode": "numeric"}
        )

    def clean_zip_code(self):
        zip_code = self.cleaned_data["zip_code"].strip()
        if not state_for_zip(zip_code):
            raise ValidationError(UNKNOWN_ZIP, "unknown")
        return zip_code

    @property
    def state(self):
        return state_for_zip(self.cleaned_data["zip_code"])


class CalledForm(PublicForm):
    official = forms.IntegerField(widget=forms.HiddenInput)
    # Sent back only to draw the officials again should the press be refused; never kept.
    zip_code = forms.CharField(required=False, max_length=10, widget=forms.HiddenInput)

    def clean_official(self):
        """One of this page's officials with a number to call, or the press is refused."""
        wanted = self.cleaned_data["official"]
        for official in chosen_targets(self.page):
            if official.pk == wanted and official.phone:
                return official
        raise ValidationError(_("This official is not on this page."), "unknown")


class FollowUpForm(ConsentForm):
    """After the call: a first name (optional) and an email, with the page's consent."""

    first_name = forms.CharField(label=_("First name (optional)"), max_length=80, required=False)
    email = forms.EmailField(label=_("Email"), max_length=254)
    consent_source = "follow_up_consent"
    consent_refused = _("Please tick this box so that we may write to you.")

    def __init__(self, *args, page=None, **kwargs):
        super().__init__(*args, page=page, **kwargs)
        if page is not None:
            # Ids of their own: the thank-you step may show other forms one day.
            self.auto_id = "follow-up-%s"
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def clean_first_name(self):
        return self.cleaned_data["first_name"].strip()

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()
