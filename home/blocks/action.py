"""Asking people to act: buttons and the ladder from a quick click to a deeper commitment."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .indexing import SearchTextOnly
from .links import LinkBlock
from .text import SHORT_TEXT_FEATURES


class CallToActionBlock(SearchTextOnly, blocks.StructBlock):
    not_searched = ("style",)

    heading = blocks.CharBlock(max_length=160)
    text = blocks.RichTextBlock(required=False, features=SHORT_TEXT_FEATURES)
    link = LinkBlock(label=_("Button"))
    style = blocks.ChoiceBlock(
        choices=[("primary", _("Strong")), ("secondary", _("Quiet"))], default="primary"
    )

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action.html"
        description = _("A short appeal with one button: sign, donate, record a video.")
        preview_value = {
            "heading": "Add your name",
            "text": "<p>It takes a minute.</p>",
            # The editor's preview links within the site: no host is named for a sample.
            "link": {"text": "Sign the petition", "url": "/en/"},
            "style": "primary",
        }


class ActionStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, help_text=_("For example 'Take quick action'."))
    text = blocks.TextBlock(max_length=400)
    link = LinkBlock()


class ActionLadderBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=160)
    steps = blocks.ListBlock(ActionStepBlock(), min_num=1, max_num=5)

    class Meta:
        icon = "order"
        template = "blocks/action_ladder.html"
        description = _("Actions by the time they take: a minute, an hour, a long commitment.")
        preview_value = {
            "heading": "Get involved",
            "steps": [
                {
                    "title": "Take quick action",
                    "text": "Sign and share.",
                    "link": {"text": "Sign", "url": "/en/"},
                },
                {
                    "title": "Have a bit more time?",
                    "text": "Call your representative.",
                    "link": {"text": "Call", "url": "/en/"},
                },
            ],
        }
