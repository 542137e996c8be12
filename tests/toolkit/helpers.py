"""Making pictures and toolkit pages for the tests."""

import io
import uuid

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw
from wagtail.images import get_image_model
from wagtail.images.rect import Rect

from home.demo.stream import prepare_stream
from toolkit.models import ToolkitPage

RED = (230, 0, 0)


def make_image(title="Test picture", size=(1600, 900), consent="not_needed", focal=None, **fields):
    """A blue picture; with `focal` (left, top, right, bottom) a red square there, set as
    the image's focal point."""
    picture = Image.new("RGB", size, (20, 40, 160))
    if focal:
        ImageDraw.Draw(picture).rectangle(focal, fill=RED)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    image = get_image_model()(
        title=title,
        consent_status=consent,
        file=ImageFile(io.BytesIO(buffer.getvalue()), name=f"{uuid.uuid4().hex[:8]}.png"),
        **fields,
    )
    if focal:
        image.set_focal_point(Rect(*focal))
    image.save()
    return image


def asset_value(title, image, posts=None, alt="", platforms=("x",)):
    return {
        "title": title,
        "image": image.pk,
        "alt_text": alt,
        "posts": posts if posts is not None else [{"platform": "x", "text": f"Post: {title}"}],
        "hashtags": "#Asylum",
        "platforms": list(platforms),
    }


def pack_value(title, assets):
    return {"type": "pack", "value": {"title": title, "description": "", "assets": assets}}


def set_packs(page, packs):
    """Store packs as the editor would: every list item with its own lasting id."""
    block = ToolkitPage._meta.get_field("packs").stream_block
    page.packs = prepare_stream(block, [(p["type"], p["value"]) for p in packs])
    page.save_revision().publish()
    return ToolkitPage.objects.get(pk=page.pk)


def demo_toolkit(lang="en"):
    return ToolkitPage.objects.live().get(locale__language_code=lang)
