"""The site's media library: Wagtail's image model with what a campaign must know of a picture.

The people in our pictures are often at risk. Consent decides whether an image may leave the
site (toolkit downloads); embargo and expiry decide whether it may be shown at all.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class ConsentStatus(models.TextChoices):
    ON_FILE = "on_file", _("Consent on file")
    NOT_NEEDED = "not_needed", _("Not needed (no identifiable people)")
    NONE = "none", _("No consent: internal use only")


class MediaImage(AbstractImage):
    credit = models.CharField(
        _("credit / photographer"),
        max_length=255,
        blank=True,
        help_text=_("Shown with the image wherever a caption is shown."),
    )
    licence = models.CharField(
        _("licence and usage terms"),
        max_length=255,
        blank=True,
        help_text=_("For example 'CC BY 4.0' or 'Staff photo, campaign use only'."),
    )
    consent_status = models.CharField(
        _("consent for identifiable people"),
        max_length=20,
        choices=ConsentStatus.choices,
        default=ConsentStatus.NONE,
        help_text=_(
            "Images without consent may be used on pages but are never offered for download."
        ),
    )
    default_alt_text = models.CharField(
        _("default alt text"),
        max_length=255,
        blank=True,
        help_text=_("Used when a block does not give its own. Leave empty for decorative images."),
    )
    embargo_until = models.DateTimeField(
        _("embargoed until"),
        null=True,
        blank=True,
        help_text=_("Not shown or downloadable before this moment."),
    )
    expires_at = models.DateTimeField(
        _("expires at"),
        null=True,
        blank=True,
        help_text=_("Not shown or downloadable after this moment (licence or consent ends)."),
    )

    admin_form_fields = Image.admin_form_fields + (
        "credit",
        "licence",
        "consent_status",
        "default_alt_text",
        "embargo_until",
        "expires_at",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def is_shareable(self):
        """May the public download this image (toolkit packs, social sizes)?"""
        return self.consent_status != ConsentStatus.NONE and self.is_visible()

    def is_visible(self, now=None):
        now = now or timezone.now()
        if self.embargo_until and now < self.embargo_until:
            return False
        if self.expires_at and now >= self.expires_at:
            return False
        return True


class MediaRendition(AbstractRendition):
    image = models.ForeignKey(MediaImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
