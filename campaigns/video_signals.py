"""A video answer's file leaves with its row, however the row goes (retention, "forget me",
a staff delete, a cascade), once the deletion is committed: a rolled-back deletion (a dry
run of purge_personal_data) leaves the file in place. Its page is purged if it was shown."""

import logging

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models.videos import VideoAnswer
from .video_review import forget_pages
from .video_storage import video_storage

logger = logging.getLogger(__name__)


@receiver(post_delete, sender=VideoAnswer)
def delete_video_file(sender, instance, **kwargs):
    name = instance.file.name
    transaction.on_commit(lambda: delete_file(name))
    if instance.status == VideoAnswer.Status.APPROVED:
        forget_pages(instance)


def delete_file(name):
    try:
        video_storage().delete(name)
    except OSError:
        logger.warning("Could not delete a video answer's file")
