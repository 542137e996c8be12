from .actions import ActionPage
from .exports import DataExport
from .organisations import OrganisationSignature
from .pages import CampaignPage
from .signatures import Signature
from .signups import NewsSignup, SignupPage
from .stories import Publication, Story, StoryFormPage, StorySubmission
from .targets import DecisionMaker
from .videos import Credit, VideoAnswer, VideoPromptPage

__all__ = [
    "ActionPage",
    "CampaignPage",
    "Credit",
    "DataExport",
    "DecisionMaker",
    "NewsSignup",
    "OrganisationSignature",
    "Publication",
    "Signature",
    "SignupPage",
    "Story",
    "StoryFormPage",
    "StorySubmission",
    "VideoAnswer",
    "VideoPromptPage",
]
