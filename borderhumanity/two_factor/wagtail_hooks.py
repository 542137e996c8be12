from django.urls import path
from wagtail import hooks

from .views import StaffCodeView


@hooks.register("register_admin_urls", order=-1)
def code_step():
    # Before wagtail-2fa's own hook: the same address and name, so its middleware, templates and
    # links lead here, and the code is checked against a named device (see forms.py).
    return [path("2fa/auth", StaffCodeView.as_view(), name="wagtail_2fa_auth")]
