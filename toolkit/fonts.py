"""Where the social-card fonts come from.

DejaVu Sans (Bitstream Vera licence, changes in the public domain) is installed with the project's
Python dependencies: matplotlib ships it, and pyproject.toml requires matplotlib for exactly that.
No font file lives in this repository. It covers Latin with every accent Spanish, French and
Haitian Creole need, and Arabic; Pillow shapes Arabic (joined letters, right to left) when it
was built with libraqm, which its wheels are.
"""

import functools
import importlib.util
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from PIL import ImageFont, features

REGULAR = "DejaVuSans.ttf"
BOLD = "DejaVuSans-Bold.ttf"


def font_dir():
    configured = getattr(settings, "SOCIAL_CARD_FONT_DIR", None)
    if configured:
        return Path(configured)
    spec = importlib.util.find_spec("matplotlib")  # located, not imported
    if spec is None or not spec.submodule_search_locations:
        raise ImproperlyConfigured(
            "Social cards need the DejaVu fonts: install the project's dependencies "
            "(pip install -e .) or set SOCIAL_CARD_FONT_DIR."
        )
    return Path(spec.submodule_search_locations[0]) / "mpl-data" / "fonts" / "ttf"


def can_shape():
    """True when right-to-left scripts are shaped (Pillow built with libraqm)."""
    return features.check("raqm")


@functools.lru_cache(maxsize=64)
def font(size, bold=True):
    path = font_dir() / (BOLD if bold else REGULAR)
    engine = ImageFont.Layout.RAQM if can_shape() else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(path), size=size, layout_engine=engine)
