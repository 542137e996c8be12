"""The one block library every page builds from, grouped in the editor's menu by purpose."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .action import ActionLadderBlock, CallToActionBlock
from .evidence import DemandsListBlock, StatisticSetBlock
from .layout import TwoColumnBlock, WhySectionBlock
from .links import LinkBlock
from .listing import LatestNewsBlock
from .media import CaptionedImageBlock, GalleryBlock, VideoBlock
from .people import ContactCardBlock, PartnerListBlock
from .reference import RelatedQuestionsBlock
from .stories import StoriesBlock
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
    latest_news = LatestNewsBlock(group=LISTINGS)
    stories = StoriesBlock(group=PEOPLE)
    related_questions = RelatedQuestionsBlock(group=REFERENCE)


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
    "LatestNewsBlock",
    "LinkBlock",
    "PartnerListBlock",
    "QuoteBlock",
    "RelatedQuestionsBlock",
    "StatisticSetBlock",
    "StoriesBlock",
    "TwoColumnBlock",
    "VideoBlock",
    "WhySectionBlock",
]
