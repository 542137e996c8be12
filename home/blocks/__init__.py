"""The one block library every page builds from, grouped in the editor's menu by purpose.

Content apps add the blocks that list their own content (news, stories, questions) through
`registry.register`; the library reads them when a stream block is built."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .action import ActionLadderBlock, CallToActionBlock
from .evidence import DemandsListBlock, StatisticSetBlock
from .layout import TwoColumnBlock, WhySectionBlock
from .links import LinkBlock
from .media import CaptionedImageBlock, GalleryBlock, VideoBlock
from .people import ContactCardBlock, PartnerListBlock
from .registry import registered_blocks
from .text import (
    RICH_TEXT_FEATURES,
    AccordionBlock,
    BodyTextBlock,
    DividerBlock,
    HeadingBlock,
    QuoteBlock,
)

TEXT = _("Text")
MEDIA = _("Images and video")
ACTION = _("Action")
EVIDENCE = _("Facts and demands")
LAYOUT = _("Sections")
PEOPLE = _("People and partners")
LISTINGS = _("Listings")
REFERENCE = _("Answers")


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock(group=TEXT)
    text = BodyTextBlock(group=TEXT)
    quote = QuoteBlock(group=TEXT)
    accordion = AccordionBlock(group=TEXT)
    divider = DividerBlock(group=TEXT)
    image = CaptionedImageBlock(group=MEDIA)
    gallery = GalleryBlock(group=MEDIA)
    video = VideoBlock(group=MEDIA)
    call_to_action = CallToActionBlock(group=ACTION)
    action_ladder = ActionLadderBlock(group=ACTION)
    statistics = StatisticSetBlock(group=EVIDENCE)
    demands = DemandsListBlock(group=EVIDENCE)
    why = WhySectionBlock(group=LAYOUT)
    two_column = TwoColumnBlock(group=LAYOUT)
    partners = PartnerListBlock(group=PEOPLE)
    contact = ContactCardBlock(group=PEOPLE)

    def __init__(self, local_blocks=None, **kwargs):
        super().__init__(local_blocks, **kwargs)
        # The registered blocks follow this library's own and come before those of a
        # subclass (news posts add one), the order stored page data and migrations know.
        own = list(BodyStreamBlock.base_blocks)
        children = {name: self.child_blocks[name] for name in own}
        for name, block in registered_blocks():
            block.set_name(name)
            children[name] = block
        for name, block in self.child_blocks.items():
            children.setdefault(name, block)
        self.child_blocks = children


__all__ = [
    "RICH_TEXT_FEATURES",
    "AccordionBlock",
    "ActionLadderBlock",
    "BodyStreamBlock",
    "BodyTextBlock",
    "CallToActionBlock",
    "CaptionedImageBlock",
    "ContactCardBlock",
    "DemandsListBlock",
    "DividerBlock",
    "GalleryBlock",
    "HeadingBlock",
    "LinkBlock",
    "PartnerListBlock",
    "QuoteBlock",
    "StatisticSetBlock",
    "TwoColumnBlock",
    "VideoBlock",
    "WhySectionBlock",
]
