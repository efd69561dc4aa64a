"""Where document files are kept.

Documents may be members-only, so they are only ever served through the download view,
which checks access. They live outside MEDIA_ROOT (that folder may be served directly),
in PRIVATE_MEDIA_ROOT, or next to MEDIA_ROOT when that setting is missing.
"""

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.functional import cached_property


class PrivateDocumentStorage(FileSystemStorage):
    @cached_property
    def base_location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    @cached_property
    def base_url(self):
        # No public address: files are served by the download view only.
        return None


_storage = PrivateDocumentStorage()


def document_storage():
    return _storage
