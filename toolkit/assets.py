"""What a toolkit page offers: its assets, their downloads and file names, with no query per asset.

An asset is found by its block id, which wagtail-localize keeps the same in every translation,
so `/toolkit/<page>/<asset>/<size>/` names the same asset in any language.
"""

import io
from dataclasses import dataclass

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils.text import slugify

from home.locales import locale_by_id
from home.streams import prefetch_renditions

from .cards import fingerprint
from .platforms import ORIGINAL, PLATFORMS, SIZES
from .templatetags.toolkit_tags import post_info


@dataclass
class Asset:
    page: object
    pack_id: str
    id: str
    value: object  # the AssetBlock StructValue
    image: object  # what is offered: the chosen image, or a social card in the page's language
    card: object = None

    @property
    def title(self):
        return self.value["title"]

    @property
    def alt_text(self):
        return self.value["alt_text"] or (self.image.default_alt_text if self.image else "")

    @property
    def shareable(self):
        return self.image is not None and self.image.is_shareable()

    @property
    def base_name(self):
        return f"{slugify(self.page.get_file_prefix())}-{slugify(self.title) or 'asset'}"

    def file_name(self, size_key, extension):
        if size_key == ORIGINAL:
            dims = f"{self.image.width}x{self.image.height}"
        else:
            size = SIZES[size_key]
            dims = f"{size.width}x{size.height}"
        return f"{self.base_name}-{size_key}-{dims}.{extension}"

    def download_url(self, size_key):
        return (
            reverse(
                "toolkit:download",
                kwargs={"page_id": self.page.pk, "asset_id": self.id, "size": size_key},
            )
            + f"?v={self.version}"
        )

    @property
    def version(self):
        """Changes whenever the file would: the URL can then be cached for a year."""
        if self.card is not None:
            return self.card.rendered[:10]
        image = self.image
        return fingerprint(
            image.file_hash or image.file.name,
            image.focal_point_x,
            image.focal_point_y,
            image.focal_point_width,
            image.focal_point_height,
        )[:10]


def iter_assets(page):
    """(pack_id, asset_id, StructValue) for every asset of the page, in order."""
    for pack in page.packs:
        if pack.block_type != "pack":
            continue
        for bound in pack.value["assets"].bound_blocks:
            yield pack.id, bound.id, bound.value


def page_assets(page, locale=None):
    """Every asset of the page as an `Asset`, social cards swapped for the page language's."""
    social_card = apps.get_model("toolkit", "SocialCard")  # by name: the models import this
    raw = list(iter_assets(page))
    images = [value["image"] for _p, _a, value in raw if value["image"] is not None]
    cards = {}
    if images:
        locale = locale or locale_by_id(page.locale_id)
        by_image = {
            card.image_id: card
            for card in social_card.objects.filter(image__in=[i.pk for i in images])
        }
        if by_image:
            local = {
                card.translation_key: card
                for card in social_card.objects.filter(
                    translation_key__in=[c.translation_key for c in by_image.values()],
                    locale=locale,
                ).select_related("image")
            }
            for image_id, card in by_image.items():
                cards[image_id] = local.get(card.translation_key, card)
    assets = []
    for pack_id, asset_id, value in raw:
        image, card = value["image"], None
        if image is not None and image.pk in cards:
            card = cards[image.pk]
            image = card.image or image
        assets.append(Asset(page, pack_id, asset_id, value, image, card))
    return assets


def find_asset(page, asset_id):
    for asset in page_assets(page):
        if asset.id == str(asset_id):
            return asset
    return None


def annotate_packs(page, request):
    """The page's packs for the template, each asset's StructValue given what it shows:
    downloads, post texts with their counts, share links. Hidden assets are left out."""
    assets = page_assets(page)
    prefetch_renditions([a.image for a in assets if a.image is not None])
    page_url = page.get_full_url(request) or ""
    by_pack = {}
    for asset in assets:
        by_pack.setdefault(asset.pack_id, []).append(asset)
    packs = []
    for pack in page.packs:
        shown = [a for a in by_pack.get(pack.id, []) if a.shareable]
        for asset in shown:
            value = asset.value
            value.asset_id = asset.id
            value.display_image = asset.image
            value.display_alt = asset.alt_text
            value.downloads = [
                {
                    "key": size.key,
                    "label": size.label,
                    "dimensions": size.dimensions,
                    "url": asset.download_url(size.key),
                }
                for size in SIZES.values()
            ]
            value.original_url = asset.download_url(ORIGINAL)
            value.post_list = [
                post_info(bound.value, bound.id) for bound in value["posts"].bound_blocks
            ]
            value.share_url = f"{page_url}#asset-{asset.id}"
            value.platform_labels = [
                PLATFORMS[key].label for key in value["platforms"] or [] if key in PLATFORMS
            ]
        pack.value.pack_id = pack.id
        pack.value.shown_assets = [a.value for a in shown]
        pack.value.zip_url = reverse(
            "toolkit:pack", kwargs={"page_id": page.pk, "pack_id": pack.id}
        )
        packs.append(pack)
    return packs


# Files --------------------------------------------------------------------------------------

CARD_DIR = "toolkit/cards"


def card_file(card, size_key):
    """A social card drawn at one platform size, stored once per content and size."""
    size = SIZES[size_key]
    path = f"{CARD_DIR}/{card.rendered}-{size_key}.png"
    if not default_storage.exists(path):
        buffer = io.BytesIO()
        card.draw(size).save(buffer, format="PNG", optimize=True)
        default_storage.save(path, ContentFile(buffer.getvalue()))
    return path


def download_file(asset, size_key):
    """(opened file, extension) for one asset in one size."""
    if size_key == ORIGINAL:
        image = asset.image
        extension = image.file.name.rsplit(".", 1)[-1].lower()
        return image.file.storage.open(image.file.name, "rb"), extension
    if asset.card is not None:
        return default_storage.open(card_file(asset.card, size_key)), "png"
    rendition = asset.image.get_rendition(SIZES[size_key].filter_spec)
    extension = rendition.file.name.rsplit(".", 1)[-1].lower()
    return rendition.file.storage.open(rendition.file.name, "rb"), extension


def read_download(asset, size_key):
    handle, extension = download_file(asset, size_key)
    with handle:
        return handle.read(), extension
