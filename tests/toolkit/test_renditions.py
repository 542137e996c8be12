"""Every platform size is exact and keeps the picture's focal point inside the crop."""

import io

import pytest
from PIL import Image

from tests.factories import asset_value, make_image, pack_value, set_packs, toolkit_page
from toolkit.assets import find_asset, read_download
from toolkit.platforms import ORIGINAL, SIZES

pytestmark = pytest.mark.django_db


def red_pixels(picture):
    picture = picture.convert("RGB")
    data = picture.tobytes()
    return sum(
        1 for i in range(0, len(data), 3) if data[i] > 180 and data[i + 1] < 60 and data[i + 2] < 60
    )


@pytest.mark.parametrize("size_key", list(SIZES))
def test_each_size_is_exact_and_keeps_the_focal_area(size_key):
    # The focal area is near the right edge: a centred crop would lose it for tall sizes.
    focal = (1420, 380, 1540, 500)
    image = make_image(size=(1600, 900), focal=focal)
    page = set_packs(toolkit_page(), [pack_value("Pack", [asset_value("Edge", image)])])
    asset = page_asset(page)

    data, extension = read_download(asset, size_key)
    picture = Image.open(io.BytesIO(data))
    size = SIZES[size_key]

    assert picture.size == (size.width, size.height)
    assert extension == "png"
    # The whole red square is in the crop, scaled like the rest of the picture.
    scale = max(size.width / 1600, size.height / 900)
    expected = (120 * scale) * (120 * scale)
    assert red_pixels(picture) >= expected * 0.9


def test_a_small_original_is_enlarged_to_the_platform_size():
    image = make_image(size=(400, 300))
    page = set_packs(toolkit_page(), [pack_value("Pack", [asset_value("Small", image)])])
    data, _ext = read_download(page_asset(page), "story")
    assert Image.open(io.BytesIO(data)).size == (1080, 1920)


def test_the_original_is_the_uploaded_file():
    image = make_image(size=(640, 480))
    page = set_packs(toolkit_page(), [pack_value("Pack", [asset_value("Orig", image)])])
    data, extension = read_download(page_asset(page), ORIGINAL)
    assert Image.open(io.BytesIO(data)).size == (640, 480)
    with image.open_file() as handle:
        assert handle.read() == data


def page_asset(page):
    pack = page.packs[0]
    asset_id = pack.value["assets"].bound_blocks[0].id
    return find_asset(page, asset_id)
