"""The sizes social platforms want, and how long a post may be on each.

One table for the whole app: downloads, social cards, the pack ZIP and the benchmark all read it.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Size:
    key: str  # in URLs and file names
    label: str
    width: int
    height: int
    # Story formats: the platform's own buttons cover the top and bottom of the picture.
    safe_top: int = 0
    safe_bottom: int = 0

    @property
    def filter_spec(self):
        # Plain fill keeps the focal point inside the crop while keeping as much of the picture
        # as the shape allows (a "closeness" factor would zoom in on it instead); `exact`
        # (home.wagtail_hooks) then enlarges a small original to the platform's size.
        return f"fill-{self.width}x{self.height}|exact-{self.width}x{self.height}"

    @property
    def dimensions(self):
        return f"{self.width}×{self.height}"


SIZES = {
    size.key: size
    for size in [
        Size("link-preview", _("Link preview / Facebook"), 1200, 630),
        Size("x", _("X post"), 1600, 900),
        Size("instagram-square", _("Instagram square"), 1080, 1080),
        Size("instagram-portrait", _("Instagram portrait"), 1080, 1350),
        Size("story", _("Story"), 1080, 1920, safe_top=250, safe_bottom=340),
    ]
}
ORIGINAL = "original"


@dataclass(frozen=True)
class Platform:
    key: str
    label: str
    limit: int  # characters in one post


PLATFORMS = {
    platform.key: platform
    for platform in [
        Platform("x", "X", 280),
        Platform("bluesky", "Bluesky", 300),
        Platform("threads", "Threads", 500),
        Platform("instagram", "Instagram", 2200),
        Platform("facebook", "Facebook", 63206),
        Platform("linkedin", "LinkedIn", 3000),
        Platform("whatsapp", "WhatsApp", 65536),
    ]
}

PLATFORM_CHOICES = [(p.key, p.label) for p in PLATFORMS.values()]
