from .actions import ActionPage
from .pages import CampaignPage
from .signatures import Signature
from .signups import NewsSignup, SignupPage
from .stories import Publication, Story, StoryFormPage, StorySubmission

__all__ = [
    "ActionPage",
    "CampaignPage",
    "NewsSignup",
    "Publication",
    "Signature",
    "SignupPage",
    "Story",
    "StoryFormPage",
    "StorySubmission",
]
