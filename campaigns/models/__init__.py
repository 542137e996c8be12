from .actions import ActionPage
from .calls import CallFollowUp, CallLog, CallPage
from .contact import ContactMessage, ContactPage, ContactSettings, Topic
from .exports import DataExport
from .organisations import OrganisationSignature
from .pages import CampaignPage
from .signatures import Signature
from .signups import NewsSignup, SignupPage
from .stories import Publication, Story, StoryFormPage, StorySubmission
from .targets import DecisionMaker
from .videos import Credit, VideoAnswer, VideoPromptPage
from .welcome import WelcomeMessage, WelcomePage

__all__ = [
    "ActionPage",
    "CallFollowUp",
    "CallLog",
    "CallPage",
    "CampaignPage",
    "ContactMessage",
    "ContactPage",
    "ContactSettings",
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
    "WelcomeMessage",
    "WelcomePage",
    "Topic",
    "VideoAnswer",
    "VideoPromptPage",
]
