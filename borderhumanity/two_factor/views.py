from wagtail_2fa.views import LoginView

from .forms import StaffCodeForm


class StaffCodeView(LoginView):
    """wagtail-2fa's code step (template, redirects, sign-in), with a form that names the device."""

    form_class = StaffCodeForm
