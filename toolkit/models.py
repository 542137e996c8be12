"""The site's media library: Wagtail's image model with what a campaign must know of a picture.

The people in our pictures are often at risk. One rule (`MediaImage.is_public`: consent on file
or not needed, not embargoed, not expired) decides whether the public may see an image anywhere:
on pages, as a share image, in toolkit downloads, at its media address (toolkit.withdrawal).
Every stored file is first cleaned of its location and device metadata (toolkit.metadata).
"""

import io
import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.images.models import (
    AbstractImage,
    AbstractRendition,
    Image,
    WagtailImageField,
    get_upload_to,
)
from wagtail.models import Collection, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail.utils.file import hash_filelike
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import ContentPage

from . import cards
from .blocks import ToolkitStreamBlock
from .metadata import clean_image_bytes
from .platforms import SIZES
from .storage import PRIVATE_PREFIX, media_storage
from .withdrawal import rule_allows


class ConsentStatus(models.TextChoices):
    ON_FILE = "on_file", _("Consent on file")
    NOT_NEEDED = "not_needed", _("Not needed (no identifiable people)")
    NONE = "none", _("No consent: internal use only")


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
        from . import withdrawal

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
    for card in SocialCard.objects.filter(background_image=background).select_related("image"):
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


class ToolkitPage(ContentPage):
    """Packs of pictures and posts that supporters download and share."""

    file_prefix = models.SlugField(
        _("file name prefix"),
        max_length=40,
        blank=True,
        help_text=_("Starts every downloaded file's name, e.g. 'end-detention'. Empty: the slug."),
    )
    packs = StreamField(ToolkitStreamBlock(), blank=True, verbose_name=_("asset packs"))

    content_panels = ContentPage.content_panels + [FieldPanel("packs")]
    promote_panels = ContentPage.promote_panels + [FieldPanel("file_prefix")]

    search_fields = ContentPage.search_fields + [index.SearchField("packs")]

    translatable_fields = ContentPage.translatable_fields + [
        TranslatableField("packs"),
        # File names stay the same in every language, so a shared file is recognisable.
        SynchronizedField("file_prefix"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "toolkit/toolkit_page.html"

    class Meta:
        verbose_name = _("toolkit page")

    def get_file_prefix(self):
        return self.file_prefix or self.slug

    def get_share_image(self):
        """A social card chosen as share image is shown in the page's own language."""
        image = super().get_share_image()
        if image is None:
            return None
        card = SocialCard.objects.filter(image=image).first()
        if card is None:
            return image
        local = card.get_translation_or_none(self.locale)
        return local.image if local is not None and local.image_id else image

    def get_context(self, request, *args, **kwargs):
        from .assets import annotate_packs

        context = super().get_context(request, *args, **kwargs)
        context["packs"] = annotate_packs(self, request)
        return context


# Social cards -------------------------------------------------------------------------------


class CardTheme(models.TextChoices):
    TEAL = "teal", _("Teal")
    DUSK = "dusk", _("Dusk")
    SAND = "sand", _("Sand")
    CLAY = "clay", _("Clay")
    NIGHT = "night", _("Night")


CARD_COLLECTION = "Social cards"


@register_snippet
class SocialCard(TranslatableMixin, models.Model):
    """A quote or statistic drawn as a picture in every platform size, without a designer.

    Saving draws the link-preview size into the media library (`image`), so the card can be
    chosen wherever an image is: as a toolkit asset or as a page's share image. Toolkit
    downloads draw each platform size afresh rather than cropping that picture.
    """

    name = models.CharField(_("name"), max_length=120, help_text=_("For editors only."))
    figure = models.CharField(
        _("figure"), max_length=40, blank=True, help_text=_("A statistic card's big number.")
    )
    text = models.TextField(_("text"), help_text=_("The quote, or what the figure counts."))
    attribution = models.CharField(_("attribution"), max_length=200, blank=True)
    theme = models.CharField(
        _("colour theme"), max_length=20, choices=CardTheme.choices, default=CardTheme.TEAL
    )
    background_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("background image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional; shown blurred past recognition behind the theme colour. The card takes "
            "on the picture's consent, embargo and expiry; a picture without consent cannot be "
            "used."
        ),
    )
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="social_cards",
    )
    rendered = models.CharField(max_length=40, blank=True, editable=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("figure"),
        FieldPanel("text"),
        FieldPanel("attribution"),
        FieldPanel("theme"),
        FieldPanel("background_image"),
    ]

    # The words are translated; the look is the same card in every language.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("figure"),
        TranslatableField("text"),
        TranslatableField("attribution"),
        SynchronizedField("theme"),
        SynchronizedField("background_image"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("social card")
        verbose_name_plural = _("social cards")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        refusal = self.background_refusal()
        if refusal:
            raise ValidationError({"background_image": refusal})
        # A translation starts as a copy of its source: it must get a picture of its own.
        if self.image_id and (
            SocialCard.objects.filter(image_id=self.image_id).exclude(pk=self.pk).exists()
        ):
            self.image = None
        if self.image_id is None or self.rendered != self.fingerprint():
            self.update_image()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        refusal = self.background_refusal()
        if refusal:
            raise ValidationError({"background_image": refusal})

    def background_refusal(self):
        background = self.background_image if self.background_image_id else None
        if background is not None and background.consent_status == ConsentStatus.NONE:
            return _(
                "This picture has no consent for the people in it: a card cannot be made on it."
            )
        return ""

    def content(self):
        background = focal = None
        if self.background_image_id:
            with self.background_image.open_file() as handle:
                background = PILImage.open(handle)
                background.load()
            focal_point = self.background_image.get_focal_point()
            if focal_point is not None:
                focal = (
                    focal_point.centroid_x / self.background_image.width,
                    focal_point.centroid_y / self.background_image.height,
                )
        return cards.CardContent(
            text=self.text,
            figure=self.figure,
            attribution=self.attribution,
            theme=self.theme,
            background=background,
            focal=focal,
        )

    def fingerprint(self):
        background = self.background_image
        return cards.fingerprint(
            self.text,
            self.figure,
            self.attribution,
            self.theme,
            background.file_hash if background else "",
            background.get_focal_point() if background else "",
        )

    def draw(self, size, content=None):
        content = content or self.content()
        return cards.render(content, size.width, size.height, size.safe_top, size.safe_bottom)

    def update_image(self):
        size = SIZES["link-preview"]
        buffer = io.BytesIO()
        self.draw(size).save(buffer, format="PNG", optimize=True)
        data = buffer.getvalue()
        name = f"social-card-{self.fingerprint()}.png"
        alt = " ".join(filter(None, [self.figure, self.text, self.attribution]))[:255]
        image = self.image
        if image is None:
            image = MediaImage(
                title=f"Social card: {self.name}"[:255],
                collection=card_collection(),
                licence="CC BY 4.0",
            )
        else:
            image.renditions.all().delete()
            image.file.delete(save=False)
        image.default_alt_text = alt
        # The strictest rule of the picture behind it: its consent, embargo and expiry.
        if self.background_image_id:
            copy_rules(self.background_image, image)
        else:
            image.consent_status = ConsentStatus.NOT_NEEDED
            image.embargo_until = image.expires_at = None
        image.metadata_clean = True  # drawn here: carries nothing to remove
        image.file = ImageFile(io.BytesIO(data), name=name)
        image.width, image.height = size.width, size.height
        image.file_size = len(data)
        image.file_hash = hash_filelike(io.BytesIO(data))
        image.save()
        self.image = image
        self.rendered = self.fingerprint()


def card_collection():
    existing = Collection.objects.filter(name=CARD_COLLECTION).first()
    if existing is not None:
        return existing
    return Collection.get_first_root_node().add_child(name=CARD_COLLECTION)


# Download counts ----------------------------------------------------------------------------


class DownloadCount(models.Model):
    """How often an asset was downloaded in one size on one day. Nothing about who."""

    day = models.DateField(_("day"))
    page = models.ForeignKey(
        ToolkitPage, verbose_name=_("toolkit page"), on_delete=models.CASCADE, related_name="+"
    )
    asset_id = models.UUIDField(_("asset"))
    asset_title = models.CharField(_("asset title"), max_length=120)
    size = models.CharField(_("size"), max_length=30)
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("download count")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "page", "asset_id", "size"], name="toolkit_download_count_day"
            )
        ]
        ordering = ["-day", "asset_title", "size"]

    def __str__(self):
        return f"{self.day} {self.asset_title} {self.size}: {self.count}"
