"""The "download the whole pack" ZIP: every size of every shareable asset, the captions in each
language and the alt texts. Built by a background task and kept until the pack changes.

The file's name is a fingerprint of everything that goes into it (the pack in every language,
the pictures, their focal points, consent and embargo state): when any of it changes the old
ZIP is simply no longer asked for.
"""

import hashlib
import io
import json
import zipfile

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from home.visibility import public_translations

from .assets import page_assets, read_download
from .platforms import ORIGINAL, PLATFORMS, SIZES

PACK_DIR = "toolkit/packs"
ZIP_VERSION = "1"


def translations_of(page):
    """The page's own version first, then its versions in other languages that the public may
    be shown (a translation behind a password stays out of the ZIP of a public page)."""
    others = public_translations(page).select_related("locale").specific()
    return [page, *sorted(others, key=lambda p: p.locale.language_code)]


def pack_assets(page, pack_id):
    """{language code: [Asset, ...]} of one pack, shareable assets only."""
    result = {}
    for version in translations_of(page):
        result[version.locale.language_code] = [
            asset for asset in page_assets(version) if asset.pack_id == pack_id and asset.shareable
        ]
    return result


def pack_title(page, pack_id):
    for pack in page.packs:
        if pack.id == pack_id:
            return pack.value["title"]
    return None


def fingerprint(page, pack_id):
    digest = hashlib.sha256(ZIP_VERSION.encode())
    for code, assets in pack_assets(page, pack_id).items():
        for asset in assets:
            digest.update(
                json.dumps(
                    [
                        code,
                        asset.id,
                        asset.value.block.get_prep_value(asset.value),
                        asset.version,
                        asset.page.get_file_prefix(),
                    ],
                    sort_keys=True,
                    default=str,
                ).encode()
            )
    # Today's embargo and expiry state is already in "shareable"; the date keeps an asset
    # that becomes visible tomorrow from being served from yesterday's ZIP.
    digest.update(str(timezone.now().date()).encode())
    return digest.hexdigest()[:24]


def zip_path(page, pack_id, print_=None):
    return f"{PACK_DIR}/{page.translation_key}/{pack_id}/{print_ or fingerprint(page, pack_id)}.zip"


def zip_name(page, pack_id):
    from django.utils.text import slugify

    title = slugify(pack_title(page, pack_id) or "pack")
    return f"{slugify(page.get_file_prefix())}-{title}.zip"


def captions_text(assets):
    lines = []
    for asset in assets:
        lines.append(asset.title)
        lines.append("=" * len(asset.title))
        for bound in asset.value["posts"].bound_blocks:
            post = bound.value
            platform = PLATFORMS.get(post["platform"])
            lines.append(f"[{platform.label if platform else post['platform']}]")
            lines.append(post["text"])
        if asset.value["hashtags"]:
            lines.append(asset.value["hashtags"])
        lines.append("")
    return "\n".join(lines)


def alt_texts(assets):
    lines = []
    for asset in assets:
        lines.append(f"{asset.base_name}: {asset.alt_text}")
    return "\n".join(lines) + "\n"


def build_zip(page, pack_id):
    """Write the pack's ZIP to storage (if not there yet) and return its path."""
    path = zip_path(page, pack_id)
    if default_storage.exists(path):
        return path
    by_language = pack_assets(page, pack_id)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for asset in by_language[page.locale.language_code]:
            for size_key in [*SIZES, ORIGINAL]:
                data, extension = read_download(asset, size_key)
                # Pictures are compressed already: stored as they are.
                archive.writestr(
                    asset.file_name(size_key, extension), data, compress_type=zipfile.ZIP_STORED
                )
        for code, assets in by_language.items():
            archive.writestr(
                f"captions-{code}.txt", captions_text(assets), compress_type=zipfile.ZIP_DEFLATED
            )
            archive.writestr(
                f"alt-text-{code}.txt", alt_texts(assets), compress_type=zipfile.ZIP_DEFLATED
            )
    default_storage.save(path, ContentFile(buffer.getvalue()))
    remove_older_zips(path)
    return path


def remove_older_zips(current):
    """The pack changed: the ZIPs made of its earlier states are never asked for again."""
    folder, _sep, name = current.rpartition("/")
    try:
        _dirs, files = default_storage.listdir(folder)
    except (FileNotFoundError, NotImplementedError):
        return
    for other in files:
        if other != name and other.endswith(".zip"):
            default_storage.delete(f"{folder}/{other}")
