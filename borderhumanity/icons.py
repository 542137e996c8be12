"""The site's icon, drawn: the brand mark (deep teal over an amber band, as in the header) with
a pale sun rising on the line between them. static/icons/icon.svg is the same drawing by hand;
this writes its PNG and ICO copies for browsers and phones that want bitmaps.

Run from the repository's root after changing the drawing: `python -m borderhumanity.icons`."""

from pathlib import Path

from PIL import Image, ImageDraw

ICON_DIR = Path(__file__).resolve().parent / "static" / "icons"
# The brand colours of static/css/site.css: --accent, --amber, --paper.
TEAL = (11, 69, 80, 255)
AMBER = (242, 179, 61, 255)
PAPER = (246, 243, 238, 255)
GRID = 512  # the SVG's viewBox: every measure below is on it
CORNER = 96
HORIZON = 318
SUN = 112
SUPERSAMPLE = 4  # drawn larger, then reduced: smooth edges

# name: (size in pixels, rounded corners). Phones round the touch icon themselves and show
# transparent corners black, so it is square.
BITMAPS = {
    "icon-192.png": (192, True),
    "icon-512.png": (512, True),
    "apple-touch-icon.png": (180, False),
}
ICO_SIZES = [(16, 16), (32, 32), (48, 48)]


def draw(size, rounded=True):
    """The icon as an RGBA image of size × size pixels."""
    big = size * SUPERSAMPLE
    scale = big / GRID
    art = Image.new("RGBA", (big, big), TEAL)
    pen = ImageDraw.Draw(art)
    horizon = round(HORIZON * scale)
    pen.rectangle((0, horizon, big, big), fill=AMBER)
    radius = SUN * scale
    centre = big / 2
    pen.pieslice(
        (centre - radius, horizon - radius, centre + radius, horizon + radius),
        180, 360, fill=PAPER,
    )  # fmt: skip
    if rounded:
        mask = Image.new("L", (big, big), 0)
        ImageDraw.Draw(mask).rounded_rectangle(
            (0, 0, big - 1, big - 1), radius=round(CORNER * scale), fill=255
        )
        art.putalpha(mask)
    return art.resize((size, size), Image.Resampling.LANCZOS)


def write(folder=ICON_DIR):
    folder.mkdir(parents=True, exist_ok=True)
    for name, (size, rounded) in BITMAPS.items():
        image = draw(size, rounded)
        if not rounded:
            image = image.convert("RGB")
        image.save(folder / name, optimize=True)
    draw(48).save(folder / "favicon.ico", sizes=ICO_SIZES)


if __name__ == "__main__":
    write()
