"""Taking an image out of the public's reach the moment it may no longer be shown, and back.

One rule decides whether an image may be shown (MediaImage.is_public: consent on file or not
needed, not embargoed, not expired). Templates, the share image, rich text and the toolkit ask
it at render time; this module makes the files and the caches follow it:

- withdrawn (consent taken away, an embargo set, expired): every rendition is deleted, the
  original moves to private storage (toolkit.storage), the toolkit's ZIPs and card files that
  hold it are deleted, the page cache is emptied and a configured CDN is told to drop the pages
  that use it and the image's old public addresses;
- cleared again (embargo over, consent recorded): the original moves back to public media and
  renditions are made afresh as pages ask for them.

A save of the image applies it at once (MediaImage.save); time alone (an embargo ending, an
expiry passing) is applied by `manage.py apply_image_rules`, run from cron every few minutes.
"""

import io
import logging

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.db.models import Q
from django.utils import timezone
from wagtail.images import get_image_model

from .consent import ConsentStatus
from .storage import PRIVATE_PREFIX, is_private_name

logger = logging.getLogger(__name__)


def rule_allows(consent_status, embargo_until, expires_at, now=None):
    """The one rule, on plain values (MediaImage.is_public asks it; so do data migrations)."""
    now = now or timezone.now()
    if consent_status == "none":
        return False
    if embargo_until and now < embargo_until:
        return False
    return not (expires_at and now >= expires_at)


def is_stored_privately(image):
    return is_private_name(image.file.name)


def needs_move(image, now=None):
    return image.is_public(now) == is_stored_privately(image)


def out_of_place(now=None):
    """Images whose files are not where the rule says they should be."""
    now = now or timezone.now()
    hidden = (
        Q(consent_status=ConsentStatus.NONE) | Q(embargo_until__gt=now) | Q(expires_at__lte=now)
    )
    private = Q(file__startswith=PRIVATE_PREFIX)
    return get_image_model().objects.filter((hidden & ~private) | (~hidden & private))


def apply_rule(image, now=None):
    """Move the image's files to where the rule says; True when anything was moved."""
    if not needs_move(image, now):
        return False
    if image.is_public(now):
        release(image)
    else:
        withdraw(image)
    return True


def withdraw(image):
    pages, everywhere = pages_using(image)
    old_urls = public_urls(image)
    delete_renditions(image)
    move_original(image, private=True)
    delete_toolkit_files(image, pages)
    forget_pages(pages, everywhere, old_urls)
    logger.info("Image %s withdrawn from public media", image.pk)


def release(image):
    pages, everywhere = pages_using(image)
    delete_renditions(image)  # made for staff under private names: made again, public
    move_original(image, private=False)
    forget_pages(pages, everywhere, [])
    logger.info("Image %s back in public media", image.pk)


def clean_stored_file(image, renditions):
    """Rewrite a stored original without its metadata (toolkit.metadata); its renditions, made
    from the uncleaned file, are deleted. Works on historical models too. True when cleaned."""
    from wagtail.utils.file import hash_filelike

    from .metadata import carries_metadata, clean_image_bytes

    storage = image.file.storage
    name = image.file.name
    try:
        with storage.open(name, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        logger.warning("Image %s: file %s is missing", image.pk, name)
        return False
    if not carries_metadata(data):
        return False
    try:
        cleaned, width, height = clean_image_bytes(data)
    except Exception:  # noqa: BLE001 — a file Pillow cannot read: reported, left as it is
        logger.warning("Image %s: %s could not be read to clean it", image.pk, name)
        return False
    for rendition in renditions:
        storage_of = rendition.file.storage
        storage_of.delete(rendition.file.name)
        rendition.delete()
    storage.delete(name)
    saved = storage.save(name, File(io.BytesIO(cleaned), name=name))
    type(image).objects.filter(pk=image.pk).update(
        file=saved,
        width=width,
        height=height,
        file_size=len(cleaned),
        file_hash=hash_filelike(io.BytesIO(cleaned)),
    )
    image.file.name = saved
    return True


def public_urls(image):
    if is_stored_privately(image):
        return []
    names = [image.file.name, *image.renditions.values_list("file", flat=True)]
    return [image.file.storage.url(name) for name in names if not is_private_name(name)]


def delete_renditions(image):
    renditions = list(image.renditions.all())
    for rendition in renditions:
        try:
            rendition.file.storage.delete(rendition.file.name)
        except Exception:  # noqa: BLE001 — already gone: the row goes anyway
            logger.warning("Could not delete rendition file %s", rendition.file.name)
    image.renditions.all().delete()
    if hasattr(image, "_prefetched_objects_cache"):
        image._prefetched_objects_cache.pop("renditions", None)
    image.__dict__.pop("prefetched_renditions", None)


def move_original(image, private):
    storage = image.file.storage
    old = image.file.name
    new = f"{PRIVATE_PREFIX}{old}" if private else old.removeprefix(PRIVATE_PREFIX)
    if old == new:
        return
    with storage.open(old, "rb") as handle:
        saved = storage.save(new, File(handle, name=new))
    storage.delete(old)
    image.file.name = saved
    type(image).objects.filter(pk=image.pk).update(file=saved)


def pages_using(image):
    """(live pages whose content names the image, True when something else names it too: a
    snippet or a setting, which any page may show)."""
    from wagtail.models import Page, ReferenceIndex

    references = ReferenceIndex.get_references_to(image)
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = set()
    everywhere = False
    for base_type, object_id in references.values_list("base_content_type", "object_id"):
        if base_type == page_type.pk:
            page_ids.add(int(object_id))
        else:
            everywhere = True
    # The site's default share image is every page's og:image that has none of its own.
    from home.models import SiteBranding

    if SiteBranding.objects.filter(default_share_image=image).exists():
        everywhere = True
    pages = list(Page.objects.live().filter(pk__in=page_ids).specific())
    return pages, everywhere


def delete_toolkit_files(image, pages):
    """The toolkit's ZIPs and drawn card sizes that may hold the picture."""
    from .assets import CARD_DIR
    from .packs import PACK_DIR

    # By name: the models import this module.
    toolkit_page, social_card = (
        apps.get_model("toolkit", "ToolkitPage"),
        apps.get_model("toolkit", "SocialCard"),
    )
    for page in pages:
        if isinstance(page, toolkit_page):
            _delete_folder(default_storage, f"{PACK_DIR}/{page.translation_key}")
    for card in social_card.objects.filter(Q(image=image) | Q(background_image=image)):
        if card.rendered:
            _delete_matching(default_storage, CARD_DIR, card.rendered)


def _delete_folder(storage, folder):
    try:
        folders, files = storage.listdir(folder)
    except (FileNotFoundError, NotImplementedError, OSError):
        return
    for name in files:
        storage.delete(f"{folder}/{name}")
    for sub in folders:
        _delete_folder(storage, f"{folder}/{sub}")


def _delete_matching(storage, folder, prefix):
    try:
        _folders, files = storage.listdir(folder)
    except (FileNotFoundError, NotImplementedError, OSError):
        return
    for name in files:
        if name.startswith(prefix):
            storage.delete(f"{folder}/{name}")


def forget_pages(pages, everywhere, old_urls):
    """Empty the page cache; tell a configured CDN to drop the pages and the old addresses."""
    from page_cache.store import purge_all

    purge_all()
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache, purge_urls_from_cache
    from wagtail.models import Page

    if everywhere:
        pages = Page.objects.live().specific()
    if pages:
        purge_pages_from_cache(pages)
    if old_urls:
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        purge_urls_from_cache([url if "://" in url else f"{base}{url}" for url in old_urls])
