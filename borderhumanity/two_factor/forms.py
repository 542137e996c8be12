from django import forms
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail_2fa.forms import TokenForm


class StaffCodeForm(TokenForm):
    """wagtail-2fa's code form, told which device the code comes from.

    Since 1.7.1 django-otp no longer tries a code on each of a user's devices in turn (a success
    on one counted as a failed attempt on the others, throttling them): the form must name the
    device. wagtail-2fa 1.8.0 does not (its issue #284), so every code was refused. With one
    device it is that one; with several, the staff member picks the app the code came from.
    """

    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.devices = list(TOTPDevice.objects.devices_for_user(user, confirmed=True))
        if len(self.devices) > 1:
            self.fields["otp_device"] = forms.ChoiceField(
                label=_("Authenticator app"),
                choices=[(device.persistent_id, device.name) for device in self.devices],
            )

    @property
    def extra_fields(self):
        """Shown under the code by wagtail-2fa's template."""
        return [(name, self[name]) for name in self.fields if name != "otp_token"]

    def _chosen_device(self, user):
        if len(self.devices) == 1:
            return self.devices[0]
        # django-otp reads the choice and checks the device is this user's.
        return super()._chosen_device(user)
