"""The faq app's models, one concern per module: the shared questions and their topics, the
"not legal advice" notice and its setting, review dates, FAQ pages and know-your-rights guides.
The guides' service worker is a view (faq.service_worker)."""

from wagtail.snippets.models import register_snippet

from .faq_pages import FAQIndexPage, FAQPage
from .guides import CARD_MAX_LENGTH, CARD_MAX_RIGHTS, KnowYourRightsPage
from .legal_notice import KnowYourRightsSettings, LegalNotice
from .questions import FAQQuestion, FAQTopic
from .review import DEFAULT_REVIEW_DAYS, ReviewedMixin, review_period

# Here, in this order (as before the split), whichever module loads first.
register_snippet(FAQTopic)
register_snippet(FAQQuestion)
register_snippet(LegalNotice)

__all__ = [
    "CARD_MAX_LENGTH",
    "CARD_MAX_RIGHTS",
    "DEFAULT_REVIEW_DAYS",
    "FAQIndexPage",
    "FAQPage",
    "FAQQuestion",
    "FAQTopic",
    "KnowYourRightsPage",
    "KnowYourRightsSettings",
    "LegalNotice",
    "ReviewedMixin",
    "review_period",
]
