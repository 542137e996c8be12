"""Background work (django-tasks): building a pack's ZIP file away from the request."""

from django_tasks import task


@task()
def build_pack_zip(page_id, pack_id):
    from .models import ToolkitPage
    from .packs import build_zip

    page = ToolkitPage.objects.filter(pk=page_id).first()
    if page is None:
        return None
    return build_zip(page, pack_id)
