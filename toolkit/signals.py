"""Pack ZIPs are prepared when a toolkit page is published, if a worker builds them.

With the immediate backend (the default set-up) that would make publishing wait for every
ZIP, so the first visitor's request builds each one instead.
"""

from django.db import transaction
from django_tasks import task_backends
from django_tasks.backends.immediate import ImmediateBackend
from wagtail.signals import page_published


def prepare_pack_zips(sender, instance, **kwargs):
    if isinstance(task_backends["default"], ImmediateBackend):
        return
    from .tasks import build_pack_zip

    for pack in instance.packs:
        transaction.on_commit(lambda pack_id=pack.id: build_pack_zip.enqueue(instance.pk, pack_id))


def connect():
    from .models import ToolkitPage

    page_published.connect(prepare_pack_zips, sender=ToolkitPage)
