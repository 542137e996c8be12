"""The media library's image model: Wagtail's image with what a campaign must know of a
picture (credit, licence, consent, embargo, expiry), and its renditions.

The people in our pictures are often at risk. One rule (`MediaImage.is_public`: consent on file
or not needed, not embargoed, not expired) decides whether the public may see an image anywhere:
on pages, as a share image, in toolkit downloads, at its media address (toolkit.withdrawal).
Every stored file is first cleaned of its location and device metadata (toolkit.metadata).
"""

import io
import os

from django.apps import apps
from django.core.files.images import ImageFile
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import (
    AbstractImage,
    AbstractRendition,
    Image,
    WagtailImageField,
    get_upload_to,
)
from wagtail.utils.file import hash_filelike

from .. import withdrawal
from ..consent import ConsentStatus
from ..metadata import clean_image_bytes
from ..storage import PRIVATE_PREFIX, media_storage
from ..withdrawal import rule_allows


class MediaImage(AbstractImage):
    # Originals of images the public may not see are kept out of public media
    # (toolkit.storage, toolkit.withdrawal).
    file = WagtailImageField(
        verbose_name=AbstractImage._meta.get_field("file").verbose_name,
        upload_to=get_upload_to,
        width_field="width",
        height_field="height",
        storage=media_storage,
    )
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
            "Without consent an image is never shown to the public: not on pages, not as a "
            "share image, not for download. Staff still see it here."
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

    # The one rule ------------------------------------------------------------------------

    def is_public(self, now=None):
        """May the public see this image anywhere (pages, share images, downloads, media)?"""
        return rule_allows(self.consent_status, self.embargo_until, self.expires_at, now)

    def is_shareable(self):
        """May the public download this image (toolkit packs, social sizes)? The same rule."""
        return self.is_public()

    def is_visible(self, now=None):
        """Embargo and expiry only (consent aside)."""
        now = now or timezone.now()
        if self.embargo_until and now < self.embargo_until:
            return False
        if self.expires_at and now >= self.expires_at:
            return False
        return True

    def is_consent_bound(self):
        """Consent or a licence may end: downloads are not cached as if forever."""
        return self.consent_status == ConsentStatus.ON_FILE or self.expires_at is not None

    def public_state(self, now=None):
        """(key, label) for the admin: why the public sees this image or not."""
        now = now or timezone.now()
        if self.consent_status == ConsentStatus.NONE:
            return "needs-consent", _("Not shown to the public: needs consent")
        if self.embargo_until and now < self.embargo_until:
            moment = formats.date_format(timezone.localtime(self.embargo_until), "DATETIME_FORMAT")
            return "embargoed", _("Embargoed until %(moment)s") % {"moment": moment}
        if self.expires_at and now >= self.expires_at:
            moment = formats.date_format(timezone.localtime(self.expires_at), "DATETIME_FORMAT")
            return "expired", _("Expired on %(moment)s: not shown to the public") % {
                "moment": moment
            }
        return "cleared", _("Cleared for the public")

    # Files -----------------------------------------------------------------------------

    def get_upload_to(self, filename):
        name = super().get_upload_to(filename)
        return name if self.is_public() else f"{PRIVATE_PREFIX}{name}"

    def clean_file_metadata(self):
        """A new file is stored without its place, time and device records (toolkit.metadata)."""
        if not self.file or getattr(self.file, "_committed", True):
            return
        if getattr(self, "metadata_clean", False):
            self.metadata_clean = False
            return
        self.file.open("rb")
        self.file.seek(0)
        data = self.file.read()
        cleaned, width, height = clean_image_bytes(data)
        name = os.path.basename(self.file.name)
        self.file = ImageFile(io.BytesIO(cleaned), name=name)
        self.width, self.height = width, height
        self.file_size = len(cleaned)
        self.file_hash = hash_filelike(io.BytesIO(cleaned))

    def save(self, *args, **kwargs):
        self.clean_file_metadata()
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and not set(update_fields) & RULE_FIELDS:
            return
        inherit_card_rules(self)
        if self.file and withdrawal.needs_move(self):
            withdrawal.apply_rule(self)


RULE_FIELDS = {"consent_status", "embargo_until", "expires_at", "file"}


def inherit_card_rules(background):
    """Social cards drawn on this picture take on its consent, embargo and expiry."""
    # By name: the social card module imports this one.
    social_card = apps.get_model("toolkit", "SocialCard")
    for card in social_card.objects.filter(background_image=background).select_related("image"):
        if card.image is not None and card.image.pk != background.pk:
            if copy_rules(background, card.image):
                card.image.save()


def copy_rules(source, target):
    changed = False
    for name in ("consent_status", "embargo_until", "expires_at"):
        if getattr(target, name) != getattr(source, name):
            setattr(target, name, getattr(source, name))
            changed = True
    return changed


class MediaRendition(AbstractRendition):
    image = models.ForeignKey(MediaImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

    def get_upload_to(self, filename):
        """Made for staff while the image may not be shown: kept out of public media too."""
        name = super().get_upload_to(filename)
        return name if self.image.is_public() else f"{PRIVATE_PREFIX}{name}"


# Toolkit pages ------------------------------------------------------------------------------
