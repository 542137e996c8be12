"""Blocks of a toolkit page: packs of shareable assets, each with its suggested posts."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from home import numbers
from home.blocks.choosers import ImageChooserBlock

from .platforms import PLATFORM_CHOICES, PLATFORMS


class PostTextBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(choices=PLATFORM_CHOICES, label=_("platform"))
    text = blocks.TextBlock(
        label=_("post text"),
        help_text=_("Ready to paste. Must fit the platform's limit (X: 280 characters)."),
    )

    def clean(self, value):
        value = super().clean(value)
        platform = PLATFORMS.get(value.get("platform"))
        if platform and len(value.get("text") or "") > platform.limit:
            raise StructBlockValidationError(
                block_errors={
                    "text": ValidationError(
                        _("%(platform)s allows %(limit)s characters; this text has %(count)s.")
                        % {
                            "platform": platform.label,
                            "limit": numbers.number(platform.limit),
                            "count": numbers.number(len(value["text"])),
                        }
                    )
                }
            )
        return value

    class Meta:
        icon = "openquote"
        label = _("Suggested post")
        template = "toolkit/blocks/post_text.html"
        description = _("A post text for one platform, with its character count shown.")
        preview_value = {
            "platform": "x",
            "text": "No one should be locked up for asking for safety. #Asylum",
        }


ASSET_PREVIEW = {
    "title": "Welcome, not walls",
    "alt_text": "A drawing of open doors.",
    "posts": [{"platform": "x", "text": "Welcome is a policy choice. #Asylum"}],
    "hashtags": "#Asylum #Welcome",
    "platforms": ["x", "instagram"],
}


class AssetBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("title"),
        max_length=80,
        help_text=_("Short; it also names the downloaded files."),
    )
    image = ImageChooserBlock(
        label=_("image or social card"),
        help_text=_("Images without consent, embargoed or expired are never offered for download."),
    )
    alt_text = blocks.CharBlock(
        label=_("alt text"),
        required=False,
        help_text=_("Describe the picture for people who cannot see it. Empty: the default."),
    )
    posts = blocks.ListBlock(PostTextBlock(), label=_("suggested posts"), min_num=0)
    hashtags = blocks.CharBlock(label=_("hashtags"), required=False, max_length=200)
    platforms = blocks.MultipleChoiceBlock(
        choices=PLATFORM_CHOICES, required=False, label=_("meant for")
    )

    class Meta:
        icon = "image"
        label = _("Asset")
        template = "toolkit/blocks/asset.html"
        description = _("A shareable picture in every platform size, with posts to go with it.")
        preview_value = ASSET_PREVIEW


class AssetPackBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120)
    description = blocks.TextBlock(label=_("description"), required=False)
    assets = blocks.ListBlock(AssetBlock(), label=_("assets"))

    class Meta:
        icon = "folder-open-inverse"
        label = _("Asset pack")
        template = "toolkit/blocks/asset_pack.html"
        description = _("A group of assets downloadable one by one or as one ZIP file.")
        preview_value = {
            "title": "Day of action",
            "description": "Graphics and posts for the day of action.",
            "assets": [ASSET_PREVIEW],
        }


class ToolkitStreamBlock(blocks.StreamBlock):
    pack = AssetPackBlock()
