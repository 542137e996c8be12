"""Downloads: one asset in one size, and a whole pack as a ZIP file.

Only shareable assets are served (consent on file or not needed, not embargoed, not expired);
anything else is a 404, the same answer as for an asset that does not exist. So is a download
from a toolkit page under a privacy restriction, unless this visitor passed it (gave the
password, say): then the file is served to them alone, never kept by a shared cache.
"""

from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from home.visibility import request_may_see

from .assets import download_file, find_asset
from .models import DownloadCount, ToolkitPage
from .packs import pack_title, zip_name, zip_path
from .platforms import ORIGINAL, SIZES
from .tasks import build_pack_zip

YEAR = 60 * 60 * 24 * 365
CONSENT_BOUND_MAX_AGE = 300


def _live_page(request, page_id):
    page = ToolkitPage.objects.live().filter(pk=page_id).first()
    if page is None or not request_may_see(page, request):
        raise Http404
    return page


def _keep_private_files_private(response, page):
    """Files of a restricted page may be sent to who passed the restriction, not kept for all."""
    if page.get_view_restrictions().exists():
        del response["Cache-Control"]
        patch_cache_control(response, private=True, no_store=True)
    return response


def count_download(page, asset, size_key):
    """Add one to today's count for this asset and size. No visitor data is kept."""
    today = timezone.now().date()
    key = {"day": today, "page": page, "asset_id": asset.id, "size": size_key}
    updated = DownloadCount.objects.filter(**key).update(count=F("count") + 1)
    if not updated:
        try:
            with transaction.atomic():
                DownloadCount.objects.create(**key, asset_title=asset.title[:120], count=1)
        except IntegrityError:  # another request created today's row first
            DownloadCount.objects.filter(**key).update(count=F("count") + 1)


@require_safe
def download(request, page_id, asset_id, size):
    if size != ORIGINAL and size not in SIZES:
        raise Http404
    page = _live_page(request, page_id)
    asset = find_asset(page, asset_id)
    if asset is None or not asset.shareable:
        raise Http404
    handle, extension = download_file(asset, size)
    response = FileResponse(handle, as_attachment=True, filename=asset.file_name(size, extension))
    if asset.image.is_consent_bound() or asset.image.embargo_until:
        # Consent may be withdrawn, a licence end: a cache must ask again soon (withdrawal
        # also tells a configured CDN to drop the page; see toolkit.withdrawal).
        response["Cache-Control"] = f"public, max-age={CONSENT_BOUND_MAX_AGE}, must-revalidate"
    else:
        # The address carries a version of the file (?v=…): a new picture gets a new address.
        response["Cache-Control"] = f"public, max-age={YEAR}, immutable"
    if request.method == "GET":
        count_download(page, asset, size)
    return _keep_private_files_private(response, page)


@require_safe
def pack(request, page_id, pack_id):
    page = _live_page(request, page_id)
    pack_id = str(pack_id)
    title = pack_title(page, pack_id)
    if title is None:
        raise Http404
    path = zip_path(page, pack_id)
    if not default_storage.exists(path):
        result = build_pack_zip.enqueue(page.pk, pack_id)
        if not default_storage.exists(path):
            # A worker builds it: tell the visitor, and look again in a few seconds.
            response = render(
                request,
                "toolkit/pack_building.html",
                {"page": page, "pack_title": title, "failed": result.status == "FAILED"},
                status=202,
            )
            response["Cache-Control"] = "no-store"
            response["Retry-After"] = "5"
            return response
    response = FileResponse(
        default_storage.open(path), as_attachment=True, filename=zip_name(page, pack_id)
    )
    # Same address, new ZIP when the pack changes: let caches keep it a little only.
    response["Cache-Control"] = "public, max-age=300"
    return _keep_private_files_private(response, page)


@require_safe
def private_media(request, name):
    """A file kept out of public media (toolkit.storage), for signed-in staff only: the admin's
    URL prefix already demands that. Never kept by a shared cache."""
    from .storage import PRIVATE_PREFIX, private_storage

    full = f"{PRIVATE_PREFIX}{name}"
    if ".." in name.split("/") or not request.user.has_perm("wagtailadmin.access_admin"):
        raise Http404
    storage = private_storage()
    if not storage.exists(full):
        raise Http404
    response = FileResponse(storage.open(full, "rb"))
    response["Cache-Control"] = "private, no-store"
    return response
