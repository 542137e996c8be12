from .actions import ActionPage
from .exports import DataExport
from .organisations import OrganisationSignature
from .pages import CampaignPage
from .signatures import Signature
from .targets import DecisionMaker

__all__ = [
    "ActionPage",
    "CampaignPage",
    "DataExport",
    "DecisionMaker",
    "OrganisationSignature",
    "Signature",
]
