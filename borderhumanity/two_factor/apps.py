"""Lets wagtail-2fa 1.8.0 start on Wagtail 8.

Its admin hooks import UserListingButton from wagtail.users.widgets, a module Wagtail 8 removed
after deprecating it in 7.1 for the buttons in wagtail.admin.widgets (wagtail-2fa issue #283).
Until a release imports the replacement itself, the old name answers with Wagtail's own Button,
so "Manage 2FA" sits in each user's "More" menu of the users listing. This module is imported
while Django reads INSTALLED_APPS, before any app's wagtail_hooks.
"""

import importlib.util
import sys
import types

from django.apps import AppConfig

REMOVED_MODULE = "wagtail.users.widgets"


def _removed_module_attribute(name):
    if name != "UserListingButton":
        raise AttributeError(f"module {REMOVED_MODULE!r} has no attribute {name!r}")
    # Imported on first use: Wagtail's admin widgets need the models loaded.
    from wagtail.admin.widgets import Button

    return Button


if importlib.util.find_spec(REMOVED_MODULE) is None:
    _bridge = types.ModuleType(REMOVED_MODULE)
    _bridge.__getattr__ = _removed_module_attribute
    sys.modules[REMOVED_MODULE] = _bridge


class TwoFactorConfig(AppConfig):
    name = "borderhumanity.two_factor"
    label = "two_factor"
    verbose_name = "Two-factor sign-in"
