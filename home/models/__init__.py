from .giving import DonatePage, GivingSettings
from .navigation import SiteNavigation, SocialLinkBlock
from .pages import ContentPage, HomePage, StandardPage
from .settings import SiteBranding, SitePages

__all__ = [
    "ContentPage",
    "DonatePage",
    "GivingSettings",
    "HomePage",
    "SiteBranding",
    "SiteNavigation",
    "SitePages",
    "SocialLinkBlock",
    "StandardPage",
]
