"""Sections that pair words with a picture."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .choosers import ImageBlock
from .indexing import SearchTextOnly
from .links import LinkBlock
from .text import RICH_TEXT_FEATURES


class WhySectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=160, help_text=_("For example 'Why limit detention?'"))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    image = ImageBlock(required=False)
    link = LinkBlock(required=False, label=_("Read more link"))

    class Meta:
        icon = "help"
        template = "blocks/why_section.html"
        description = _("The case for one cause: a heading, a few paragraphs, an image, a link.")
        preview_value = {
            "heading": "Why rebuild asylum?",
            "text": "<p>People who seek safety deserve a fair hearing.</p>",
        }


class TwoColumnBlock(SearchTextOnly, blocks.StructBlock):
    not_searched = ("image_side",)

    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    image = ImageBlock()
    image_side = blocks.ChoiceBlock(
        choices=[("end", _("Image after the text")), ("start", _("Image before the text"))],
        default="end",
        help_text=_("'After' is on the right in left-to-right languages."),
    )

    class Meta:
        icon = "placeholder"
        template = "blocks/two_column.html"
        description = _("Text beside an image; stacked on small screens.")
        preview_value = {"text": "<p>Communities can welcome people safely.</p>"}
