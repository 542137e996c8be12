#!/usr/bin/env python3
"""Time and peak memory to produce every platform size of 50 toolkit assets, cold and warm.

Runs on a throw-away SQLite database and media folder. 40 of the assets are pictures (drawn
with Pillow, 1600×900 JPEG, each with a focal point), 10 are social cards. Cold: nothing has
been made yet; warm: the same again, once everything exists.

    .venv/bin/python bench/renditions.py [--assets 50]
"""

import argparse
import io
import os
import resource
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--assets", type=int, default=50)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-renditions-"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "borderhumanity.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{work / 'bench.sqlite3'}"
    import django
    from django.conf import settings

    django.setup()
    settings.MEDIA_ROOT = work / "media"
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    try:
        run(args.assets)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def make_assets(count):
    import random

    from django.core.files.images import ImageFile
    from PIL import Image, ImageDraw
    from wagtail.images import get_image_model
    from wagtail.images.rect import Rect

    from toolkit.models import SocialCard

    rng = random.Random(7)
    pictures, cards = [], []
    n_cards = count // 5
    for i in range(count - n_cards):
        canvas = Image.new("RGB", (1600, 900), (rng.randrange(256), 60, 120))
        draw = ImageDraw.Draw(canvas)
        for _ in range(30):
            x, y = rng.randrange(1600), rng.randrange(900)
            draw.ellipse((x, y, x + 120, y + 120), fill=(rng.randrange(256), 180, 90))
        buffer = io.BytesIO()
        canvas.save(buffer, format="JPEG", quality=85)
        image = get_image_model()(
            title=f"Bench {i}",
            consent_status="not_needed",
            file=ImageFile(io.BytesIO(buffer.getvalue()), name=f"bench-{i}.jpg"),
        )
        image.set_focal_point(Rect(1200, 300, 1400, 500))
        image.save()
        pictures.append(image)
    for i in range(n_cards):
        cards.append(
            SocialCard.objects.create(
                name=f"Bench card {i}",
                figure=f"{rng.randrange(1000, 99999):,}",
                text="people were held in immigration detention on a single day, "
                "most of them with no criminal record at all.",
                attribution="Detention statistics",
                theme="night",
            )
        )
    return pictures, cards


def produce_all(pictures, cards):
    from toolkit.assets import card_file
    from toolkit.platforms import SIZES

    files = 0
    for image in pictures:
        for size in SIZES.values():
            rendition = image.get_rendition(size.filter_spec)
            assert (rendition.width, rendition.height) == (size.width, size.height)
            files += 1
    for card in cards:
        for key in SIZES:
            card_file(card, key)
            files += 1
    return files


def measure(label, pictures, cards):
    from django.core.cache import caches

    for alias in caches:
        caches[alias].clear()  # warm means "files and rows exist", not "in this process's cache"
    tracemalloc.start()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    files = produce_all(pictures, cards)
    seconds = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"{label:5} {files:4d} files  {seconds:7.2f} s  {1000 * seconds / files:7.1f} ms/file  "
        f"Python peak {peak / 2**20:6.1f} MiB  process peak RSS {rss_after / 1024:6.1f} MiB "
        f"(+{(rss_after - rss_before) / 1024:.1f})"
    )


def run(count):
    from toolkit.platforms import SIZES

    pictures, cards = make_assets(count)
    print(
        f"{len(pictures)} pictures (1600×900 JPEG) + {len(cards)} social cards, "
        f"{len(SIZES)} sizes each: {', '.join(SIZES)}"
    )
    measure("cold", [type(p).objects.get(pk=p.pk) for p in pictures], cards)
    measure("warm", [type(p).objects.get(pk=p.pk) for p in pictures], cards)


if __name__ == "__main__":
    main()
