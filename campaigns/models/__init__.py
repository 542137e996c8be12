from .actions import ActionPage
from .calls import CallLog, CallPage
from .exports import DataExport
from .organisations import OrganisationSignature
from .pages import CampaignPage
from .signatures import Signature
from .signups import NewsSignup, SignupPage
from .stories import Publication, Story, StoryFormPage, StorySubmission
from .targets import DecisionMaker

__all__ = [
    "ActionPage",
    "CallLog",
    "CallPage",
    "CampaignPage",
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
]
