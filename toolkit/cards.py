"""Drawing a quote or statistic card with Pillow, in any of the platform sizes.

The text is wrapped at word boundaries and the type made smaller until everything fits inside
the card's text area (which, for stories, stays clear of the top and bottom safe zones): a long
quote gets smaller letters, never a cut. Arabic and other right-to-left text is drawn right to
left and right-aligned.
"""

import hashlib
import random
import unicodedata
from dataclasses import dataclass, field

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from .fonts import can_shape, font

RENDER_VERSION = "2"  # bump when the drawing changes: cached files are keyed on it

THEMES = {
    # key: (background, text, accent)
    "teal": ((11, 79, 108), (251, 245, 230), (242, 197, 124)),
    "dusk": ((61, 44, 94), (251, 245, 230), (242, 197, 124)),
    "sand": ((242, 197, 124), (20, 30, 48), (200, 85, 61)),
    "clay": ((200, 85, 61), (255, 255, 255), (20, 30, 48)),
    "night": ((20, 30, 48), (251, 245, 230), (120, 180, 200)),
}


@dataclass
class CardContent:
    text: str
    figure: str = ""
    attribution: str = ""
    theme: str = "teal"
    background: Image.Image | None = None
    focal: tuple | None = None  # (x, y) as fractions of the background's width and height


@dataclass
class Line:
    text: str
    size: int
    bold: bool
    colour: tuple
    y: int = 0


@dataclass
class Layout:
    lines: list = field(default_factory=list)
    box: tuple = (0, 0, 0, 0)  # text area: left, top, right, bottom
    fits: bool = True
    rtl: bool = False

    @property
    def bottom(self):
        if not self.lines:
            return self.box[1]
        last = self.lines[-1]
        return last.y + int(last.size * 1.25)


def is_rtl(text):
    """True when the text's first strong character is right-to-left (Arabic, Hebrew…)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _direction(rtl):
    return "rtl" if rtl and can_shape() else None


def wrap(text, size, bold, width, rtl=False):
    """Break text into lines no wider than `width`; a word longer than the line stays whole
    (the caller then picks a smaller size)."""
    face = font(size, bold)
    direction = _direction(rtl)
    lines = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        # Ordinary spaces only: a no-break space (23 753, 45 %) keeps a figure on one line.
        for word in paragraph.split(" "):
            if not word:
                continue
            trial = f"{current} {word}".strip()
            if current and face.getlength(trial, direction=direction) > width:
                lines.append(current)
                current = word
            else:
                current = trial
        lines.append(current)
    return lines


def _too_wide(lines, size, bold, width, rtl):
    face = font(size, bold)
    return any(face.getlength(line, direction=_direction(rtl)) > width for line in lines)


def layout(content, width, height, safe_top=0, safe_bottom=0):
    """Where every line goes. Font sizes shrink together until the whole text fits."""
    theme = THEMES.get(content.theme, THEMES["teal"])
    margin = round(min(width, height) * 0.08)
    box = (margin, safe_top + margin, width - margin, height - safe_bottom - margin)
    box_w, box_h = box[2] - box[0], box[3] - box[1]
    rtl = is_rtl(content.text or content.attribution)
    base = min(width, round(box_h * 1.6))
    scale = 1.0
    while True:
        figure_size = max(16, round(base * 0.16 * scale))
        text_size = max(12, round(base * 0.062 * scale))
        attr_size = max(10, round(base * 0.036 * scale))
        lines = []
        parts = [
            (content.figure, figure_size, True, theme[2]),
            (content.text, text_size, True, theme[1]),
            (f"— {content.attribution}" if content.attribution else "", attr_size, False, theme[1]),
        ]
        for text, size, bold, colour in parts:
            if not text:
                continue
            wrapped = wrap(text, size, bold, box_w, rtl)
            if _too_wide(wrapped, size, bold, box_w, rtl) and text_size > 12:
                lines = None
                break
            lines.extend(Line(t, size, bold, colour) for t in wrapped)
            lines.append(Line("", round(size * 0.5), bold, colour))  # gap after each part
        if lines is not None:
            if lines:
                lines.pop()
            total = sum(round(line.size * 1.25) for line in lines)
            if total <= box_h or text_size <= 12:
                break
        scale *= 0.92
    top = box[1] + max(0, (box_h - total) // 2)
    for line in lines:
        line.y = top
        top += round(line.size * 1.25)
    result = Layout(lines=lines, box=box, rtl=rtl)
    result.fits = result.bottom <= box[3] + 1
    return result


# A background picture keeps only its light and colours: it is shrunk to a grid of this many
# pixels across (no face, no sign, no landmark survives that), smoothed, tinted with the theme
# colour and given a grain. What is lost is gone from the file: no sharpening or un-blending
# can bring back detail that is not there (a plain blend with a veil could be undone).
BACKGROUND_CELLS = 24
BACKGROUND_TINT = 0.6
GRAIN = 24  # grey levels, peak to peak


def _grain(width, height):
    """The same grain for the same size: a card's file changes only when its content does."""
    noise = random.Random(f"{width}x{height}").randbytes(width * height)  # noqa: S311 — texture
    return Image.frombytes("L", (width, height), noise).point(
        lambda v: 128 - GRAIN // 2 + v * GRAIN // 256
    )


def _background(content, width, height, colour):
    if content.background is None:
        return Image.new("RGB", (width, height), colour)
    centering = content.focal or (0.5, 0.5)
    picture = ImageOps.fit(content.background.convert("RGB"), (width, height), centering=centering)
    cells = (BACKGROUND_CELLS, max(1, round(BACKGROUND_CELLS * height / width)))
    coarse = picture.resize(cells, Image.Resampling.BOX)
    soft = coarse.resize((width, height), Image.Resampling.BICUBIC).filter(
        ImageFilter.GaussianBlur(radius=max(2, width // (BACKGROUND_CELLS * 2)))
    )
    veil = Image.new("RGB", (width, height), colour)
    tinted = Image.blend(soft, veil, BACKGROUND_TINT)  # the text stays readable on any picture
    grain = _grain(width, height).convert("RGB")
    return ImageChops.add(tinted, grain, scale=1.0, offset=-128)


def render(content, width, height, safe_top=0, safe_bottom=0):
    theme = THEMES.get(content.theme, THEMES["teal"])
    canvas = _background(content, width, height, theme[0])
    draw = ImageDraw.Draw(canvas)
    plan = layout(content, width, height, safe_top, safe_bottom)
    left, _top, right, _bottom = plan.box
    # An accent rule above the text, inside the text area.
    rule_y = max(plan.box[1], plan.lines[0].y - round(height * 0.03)) if plan.lines else 0
    rule_w = round((right - left) * 0.18)
    rule_x = right - rule_w if plan.rtl else left
    draw.rectangle((rule_x, rule_y - 6, rule_x + rule_w, rule_y), fill=theme[2])
    direction = _direction(plan.rtl)
    for line in plan.lines:
        if not line.text:
            continue
        face = font(line.size, line.bold)
        if plan.rtl:
            draw.text(
                (right, line.y),
                line.text,
                font=face,
                fill=line.colour,
                anchor="ra",
                direction=direction,
            )
        else:
            draw.text((left, line.y), line.text, font=face, fill=line.colour, anchor="la")
    return canvas


def fingerprint(*parts):
    digest = hashlib.sha256(RENDER_VERSION.encode())
    for part in parts:
        digest.update(b"\0")
        digest.update(str(part).encode())
    return digest.hexdigest()[:20]
