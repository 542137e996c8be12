"""Where video answers live: private storage only (STORAGES["private"] when configured;
otherwise PRIVATE_MEDIA_ROOT, which no web server publishes), under video-answers/ and a
random name. The public sees an approved video through campaigns.video_views, which asks for
the approval at every request; nothing is ever copied to public media, so a rejection, a
withdrawal or an erasure leaves no public copy behind."""

import uuid

from django.conf import settings
from django.core.files.storage import FileSystemStorage, InvalidStorageError, storages

FOLDER = "video-answers"


class VideoStorage(FileSystemStorage):
    """Has no address: `url()` fails rather than invent a public one."""

    def url(self, name):
        raise ValueError("video answers have no public address")


def video_storage():
    try:
        return storages["private"]
    except InvalidStorageError:
        return VideoStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


def random_name(kind):
    return f"{FOLDER}/{uuid.uuid4().hex}.{kind}"
