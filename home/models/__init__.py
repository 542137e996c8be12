from .navigation import SiteNavigation, SocialLinkBlock
from .pages import ContentPage, HomePage, StandardPage
from .settings import SiteBranding

__all__ = [
    "ContentPage",
    "HomePage",
    "SiteBranding",
    "SiteNavigation",
    "SocialLinkBlock",
    "StandardPage",
]
