from .actions import ActionPage
from .pages import CampaignPage
from .signatures import Signature

__all__ = ["ActionPage", "CampaignPage", "Signature"]
