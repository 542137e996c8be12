"""Where image files live: public media, or out of the public's reach.

An image that may not be shown to the public (embargoed, expired, no consent) keeps its
original and its renditions under names starting with `private/`. Those names are stored by
the `private` storage (STORAGES["private"] when configured; otherwise a folder outside
MEDIA_ROOT, PRIVATE_MEDIA_ROOT), which no web server publishes, and their address is an admin
view that only signed-in staff can open (toolkit.views.private_media). Every other name goes to
the default storage, as before. Moving an image between the two is toolkit.withdrawal's work.
"""

from django.conf import settings
from django.core.files.storage import FileSystemStorage, InvalidStorageError, Storage, storages
from django.urls import reverse
from django.utils.deconstruct import deconstructible

PRIVATE_PREFIX = "private/"


def is_private_name(name):
    return bool(name) and name.startswith(PRIVATE_PREFIX)


def private_storage():
    try:
        return storages["private"]
    except InvalidStorageError:
        return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


def public_storage():
    return storages["default"]


@deconstructible(path="toolkit.storage.MediaStorage")
class MediaStorage(Storage):
    """Sends each name to the public or the private storage by its prefix."""

    def _pick(self, name):
        return private_storage() if is_private_name(name) else public_storage()

    def _open(self, name, mode="rb"):
        return self._pick(name).open(name, mode)

    def _save(self, name, content):
        return self._pick(name).save(name, content)

    def get_available_name(self, name, max_length=None):
        return self._pick(name).get_available_name(name, max_length=max_length)

    def get_valid_name(self, name):
        return public_storage().get_valid_name(name)

    def delete(self, name):
        return self._pick(name).delete(name)

    def exists(self, name):
        return self._pick(name).exists(name)

    def listdir(self, path):
        return self._pick(path).listdir(path)

    def size(self, name):
        return self._pick(name).size(name)

    def path(self, name):
        return self._pick(name).path(name)

    def url(self, name):
        if is_private_name(name):
            return reverse("toolkit_private_media", kwargs={"name": name[len(PRIVATE_PREFIX) :]})
        return public_storage().url(name)

    def get_accessed_time(self, name):
        return self._pick(name).get_accessed_time(name)

    def get_created_time(self, name):
        return self._pick(name).get_created_time(name)

    def get_modified_time(self, name):
        return self._pick(name).get_modified_time(name)


def media_storage():
    """The storage of the media library's originals (and, by WAGTAILIMAGES_RENDITION_STORAGE,
    of their renditions)."""
    return MediaStorage()
