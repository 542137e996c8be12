"""Pictures and video. Alt text is chosen per use (ImageBlock); credit comes from the library."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .choosers import ImageBlock
from .indexing import SearchTextOnly
from .text import SHORT_TEXT_FEATURES


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock()
    caption = blocks.CharBlock(required=False, max_length=300)
    credit = blocks.CharBlock(
        required=False,
        max_length=160,
        help_text=_("Leave empty to use the credit stored with the image."),
    )

    class Meta:
        icon = "image"
        template = "blocks/captioned_image.html"
        description = _("One image with its caption and credit.")
        preview_value = {"caption": "A welcome centre run by volunteers.", "credit": ""}


class GalleryBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=160)
    images = blocks.ListBlock(CaptionedImageBlock(), min_num=2, max_num=24)

    class Meta:
        icon = "image"
        template = "blocks/gallery.html"
        description = _("A grid of images, each with its own alt text and caption.")
        preview_value = {"heading": "Our coalition at work", "images": []}


class VideoBlock(SearchTextOnly, blocks.StructBlock):
    """A video hosted elsewhere. Nothing loads from the host until the visitor chooses to play,
    so a page view sends no request to a third party; the transcript is the text alternative."""

    not_searched = ("duration",)

    title = blocks.CharBlock(max_length=200)
    url = blocks.URLBlock(label=_("Video address"))
    poster = ImageBlock(required=False)
    duration = blocks.CharBlock(required=False, max_length=20, help_text=_("For example 2:45"))
    transcript = blocks.RichTextBlock(
        features=SHORT_TEXT_FEATURES,
        label=_("Transcript or description"),
        help_text=_("What the video says and shows, for people who cannot watch it."),
    )

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        description = _("A video link with a poster image and its transcript.")
        preview_value = {
            "title": "Why we welcome",
            # The editor's preview links within the site: no host is named for a sample.
            "url": "/en/",
            "duration": "1:30",
            "transcript": "<p>Volunteers explain how a community shelter works.</p>",
        }
