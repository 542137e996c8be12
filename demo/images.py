"""Abstract demo pictures, drawn with Pillow at load time.

No photographs: the people a campaign pictures are often at risk, and a demo must not borrow
anyone's face. Shapes, gradients, a map-like border line and big numbers instead; each drawing
is seeded so every load makes the same pictures, and small enough to draw in well under a second.
"""

import io
import math
import random
from dataclasses import dataclass

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.utils.file import hash_filelike

COLLECTION_NAME = "Demo"
CREDIT = "Border Humanity"
LICENCE = "CC BY 4.0"
SIZE = (1600, 900)
SHARE_SIZE = (1200, 630)

TEAL = (11, 79, 108)
DUSK = (61, 44, 94)
SAND = (242, 197, 124)
CLAY = (200, 85, 61)
CREAM = (251, 245, 230)
SKY = (120, 180, 200)
NIGHT = (20, 30, 48)


@dataclass(frozen=True)
class DemoImage:
    key: str
    title: str
    alt: str  # the library's default alt text; pages give their own, translated, per use
    draw: str  # name of a drawing function below
    size: tuple = SIZE


DEMO_IMAGES = [
    DemoImage(
        "border-dusk",
        "Demo: a border line at dusk",
        "A winding line dotted with crossing points, across a sky fading from violet to sand.",
        "border_dusk",
    ),
    DemoImage(
        "open-doors",
        "Demo: open doorways",
        "Three arched doorways stand open onto warm light.",
        "open_doors",
    ),
    DemoImage(
        "detention-figure",
        "Demo: detention figure 23,753",
        "The number 23,753 in large type over rows of small grey squares.",
        "detention_figure",
    ),
    DemoImage(
        "circles-of-welcome",
        "Demo: circles of welcome",
        "Overlapping circles in teal, sand and clay, like people gathered around a table.",
        "circles",
    ),
    DemoImage(
        "coalition-network",
        "Demo: coalition network",
        "Dots joined by thin lines into a wide network on a teal background.",
        "network",
    ),
    DemoImage(
        "border-map",
        "Demo: map of the border with 97 points",
        "A map-like line running from the Pacific to the Gulf, marked with 97 small points.",
        "border_map",
    ),
    DemoImage(
        "paths-converge",
        "Demo: paths that meet",
        "Several coloured paths curve in from the edges and meet in the centre.",
        "paths",
    ),
    DemoImage(
        "sunrise-stripes",
        "Demo: sunrise stripes",
        "Horizontal bands of colour rising from deep blue to pale gold, with a half sun.",
        "sunrise",
    ),
    DemoImage(
        "video-poster",
        "Demo: video poster",
        "A play symbol inside a sand-coloured circle on a violet background.",
        "video_poster",
    ),
    DemoImage(
        "share-default",
        "Demo: default share image",
        "A winding teal line with crossing points across a dusk gradient.",
        "border_dusk",
        SHARE_SIZE,
    ),
]


# Drawing helpers ------------------------------------------------------------------------------


def _gradient(size, top, bottom):
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)


def _wavy_line(rng, width, base_y, amplitude, steps=40):
    points, y = [], base_y
    for i in range(steps + 1):
        y += rng.uniform(-amplitude, amplitude)
        y = min(max(y, base_y - 3 * amplitude), base_y + 3 * amplitude)
        points.append((width * i / steps, y))
    return points


def _font(size):
    try:
        return ImageFont.load_default(size=size)  # Pillow's built-in font: nothing to download
    except (TypeError, OSError):
        return None


# Drawings: each takes (size, rng) and returns an RGB image ----------------------------------


def border_dusk(size, rng):
    w, h = size
    img = _gradient(size, DUSK, SAND)
    draw = ImageDraw.Draw(img)
    line = _wavy_line(rng, w, h * 0.62, h * 0.03)
    draw.line(line, fill=TEAL, width=max(6, w // 160), joint="curve")
    for x, y in line[3::6]:
        r = w // 110
        draw.ellipse((x - r, y - r, x + r, y + r), fill=CREAM, outline=TEAL, width=3)
    return img


def open_doors(size, rng):
    w, h = size
    img = Image.new("RGB", size, TEAL)
    draw = ImageDraw.Draw(img)
    door_w = w // 5
    for i in range(3):
        x0 = w // 10 + i * (door_w + w // 10)
        top = h // 4
        glow = [SAND, CREAM, SAND][i]
        draw.rectangle((x0, top + door_w // 2, x0 + door_w, h), fill=glow)
        draw.pieslice((x0, top, x0 + door_w, top + door_w), 180, 360, fill=glow)
    draw.rectangle((0, int(h * 0.92), w, h), fill=CLAY)
    return img


def detention_figure(size, rng):
    w, h = size
    img = Image.new("RGB", size, NIGHT)
    draw = ImageDraw.Draw(img)
    cell = w // 40
    for row in range(h // cell):
        for col in range(w // cell):
            shade = 50 + rng.randint(0, 40)
            x, y = col * cell, row * cell
            draw.rectangle((x + 3, y + 3, x + cell - 3, y + cell - 3), fill=(shade,) * 3)
    font = _font(h // 4)
    if font is not None:
        draw.text((w / 2, h / 2), "23,753", font=font, fill=SAND, anchor="mm")
    return img


def circles(size, rng):
    w, h = size
    img = Image.new("RGB", size, CREAM)
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for i in range(9):
        angle = 2 * math.pi * i / 9
        cx, cy = w / 2 + math.cos(angle) * w / 5, h / 2 + math.sin(angle) * h / 4
        r = h / 5
        colour = [TEAL, SAND, CLAY][i % 3]
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(*colour, 150))
    img.paste(layer, (0, 0), layer)
    return img


def network(size, rng):
    w, h = size
    img = _gradient(size, TEAL, NIGHT)
    draw = ImageDraw.Draw(img)
    nodes = [(rng.uniform(0, w), rng.uniform(0, h)) for _ in range(60)]
    for i, a in enumerate(nodes):
        for b in nodes[i + 1 :]:
            if math.dist(a, b) < w / 7:
                draw.line((a, b), fill=SKY, width=2)
    for x, y in nodes:
        draw.ellipse((x - 9, y - 9, x + 9, y + 9), fill=SAND)
    return img


def border_map(size, rng):
    w, h = size
    img = Image.new("RGB", size, CREAM)
    draw = ImageDraw.Draw(img)
    # Land above and below a line that runs, like the real border, west to east and then south-east.
    points = []
    for i in range(61):
        t = i / 60
        x = w * (0.05 + 0.9 * t)
        y = h * (0.35 + 0.1 * t + (0.35 * max(0.0, t - 0.55) ** 1.5)) + rng.uniform(-6, 6)
        points.append((x, y))
    draw.polygon(
        [(0, 0), (w, 0), (w, points[-1][1]), *reversed(points), (0, points[0][1])], fill=SKY
    )
    draw.line(points, fill=CLAY, width=8, joint="curve")
    for n in range(97):
        x, y = points[int(n * 60 / 97)]
        x += rng.uniform(-20, 20)
        y += rng.uniform(-40, 40)
        draw.ellipse((x - 7, y - 7, x + 7, y + 7), fill=TEAL)
    return img


def paths(size, rng):
    w, h = size
    img = Image.new("RGB", size, SAND)
    draw = ImageDraw.Draw(img)
    centre = (w / 2, h / 2)
    for i, colour in enumerate([TEAL, CLAY, DUSK, CREAM, TEAL, CLAY]):
        angle = 2 * math.pi * i / 6 + rng.uniform(-0.2, 0.2)
        start = (w / 2 + math.cos(angle) * w, h / 2 + math.sin(angle) * h)
        bend = (w / 2 + math.cos(angle + 0.6) * w / 4, h / 2 + math.sin(angle + 0.6) * h / 4)
        curve = [
            (
                (1 - t) ** 2 * start[0] + 2 * (1 - t) * t * bend[0] + t**2 * centre[0],
                (1 - t) ** 2 * start[1] + 2 * (1 - t) * t * bend[1] + t**2 * centre[1],
            )
            for t in (k / 30 for k in range(31))
        ]
        draw.line(curve, fill=colour, width=22, joint="curve")
    draw.ellipse((w / 2 - 40, h / 2 - 40, w / 2 + 40, h / 2 + 40), fill=CREAM)
    return img


def sunrise(size, rng):
    w, h = size
    img = Image.new("RGB", size)
    draw = ImageDraw.Draw(img)
    bands = 9
    for i in range(bands):
        t = i / (bands - 1)
        colour = tuple(int(NIGHT[c] + (SAND[c] - NIGHT[c]) * t) for c in range(3))
        draw.rectangle((0, h * i / bands, w, h * (i + 1) / bands), fill=colour)
    r = h / 3
    draw.pieslice((w / 2 - r, h - r, w / 2 + r, h + r), 180, 360, fill=CREAM)
    return img


def video_poster(size, rng):
    w, h = size
    img = _gradient(size, DUSK, TEAL)
    draw = ImageDraw.Draw(img)
    r = h / 5
    draw.ellipse((w / 2 - r, h / 2 - r, w / 2 + r, h / 2 + r), fill=SAND)
    draw.polygon(
        [(w / 2 - r / 3, h / 2 - r / 2), (w / 2 - r / 3, h / 2 + r / 2), (w / 2 + r / 2, h / 2)],
        fill=DUSK,
    )
    return img


# Saving into the media library --------------------------------------------------------------


def demo_collection():
    collection = Collection.objects.filter(name=COLLECTION_NAME).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=COLLECTION_NAME)
    return collection


def demo_images_queryset():
    titles = [spec.title for spec in DEMO_IMAGES]
    return get_image_model().objects.filter(collection__name=COLLECTION_NAME, title__in=titles)


def ensure_images():
    """Create the demo images that are missing; return {key: image} for all of them."""
    existing = {image.title: image for image in demo_images_queryset()}
    collection = None
    images = {}
    for spec in DEMO_IMAGES:
        image = existing.get(spec.title)
        if image is None:
            collection = collection or demo_collection()
            image = _save(spec, collection, random.Random(spec.key))  # same key, same picture
        images[spec.key] = image
    return images


def _save(spec, collection, rng):
    picture = globals()[spec.draw](spec.size, rng)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82, optimize=True)
    image = get_image_model()(
        title=spec.title,
        collection=collection,
        credit=CREDIT,
        licence=LICENCE,
        consent_status="not_needed",
        default_alt_text=spec.alt,
        file=ImageFile(buffer, name=f"demo-{spec.key}.jpg"),
    )
    image.file_size = buffer.getbuffer().nbytes
    image.file_hash = hash_filelike(io.BytesIO(buffer.getvalue()))  # what duplicate detection uses
    image.save()
    return image
