"""The toolkit's models, one concern per module: the site-wide image model and its renditions,
toolkit pages, social cards and download counts."""

from ..consent import ConsentStatus
from .downloads import DownloadCount
from .images import RULE_FIELDS, MediaImage, MediaRendition, copy_rules, inherit_card_rules
from .pages import ToolkitPage
from .social_cards import CARD_COLLECTION, CardTheme, SocialCard, card_collection

__all__ = [
    "CARD_COLLECTION",
    "RULE_FIELDS",
    "CardTheme",
    "ConsentStatus",
    "DownloadCount",
    "MediaImage",
    "MediaRendition",
    "SocialCard",
    "ToolkitPage",
    "card_collection",
    "copy_rules",
    "inherit_card_rules",
]
