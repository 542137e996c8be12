"""The document upload form: Wagtail's, with a warning on the file field. Unlike images,
documents are not rewritten (a PDF or an office file cannot be cleaned safely without changing
it), so the editor is told what they may carry."""

from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

METADATA_WARNING = _(
    "Published exactly as uploaded: a PDF or office file may carry its author's name, the "
    "computer it was made on, earlier versions, comments and photos with the place they were "
    "taken. Remove them before uploading."
)


class MediaDocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            self.fields["file"].help_text = METADATA_WARNING
