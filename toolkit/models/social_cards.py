"""Social cards: a quote or statistic drawn as a picture in every platform size."""

import io

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.admin.panels import FieldPanel
from wagtail.models import Collection, Locale, TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail.utils.file import hash_filelike
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import numbers

from .. import cards
from ..consent import ConsentStatus
from ..platforms import SIZES
from .images import MediaImage, copy_rules


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

    def shown_figure(self):
        """The figure as the card's language writes numbers (23,753 / 23 753)."""
        locale = self.locale if self.locale_id else Locale.get_default()
        return numbers.figure(self.figure, locale.language_code)

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
            figure=self.shown_figure(),
            attribution=self.attribution,
            theme=self.theme,
            background=background,
            focal=focal,
        )

    def fingerprint(self):
        background = self.background_image
        return cards.fingerprint(
            self.text,
            self.shown_figure(),
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
        alt = " ".join(filter(None, [self.shown_figure(), self.text, self.attribution]))[:255]
        image = self.image
        if image is None:
            image = MediaImage(
                title=f"Social card: {self.name}"[:255],
                collection=card_collection(),
                licence="CC BY 4.0",
            )
        else:
            image.renditions.all().delete()
            # The old drawing goes once the new one is committed: were the save rolled back,
            # the image row would still name it.
            storage, old_name = image.file.storage, image.file.name
            transaction.on_commit(lambda: storage.delete(old_name))
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
