"""Demo documents (a short audio recording for the audio block), made at load time."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from .images import COLLECTION_NAME, demo_collection


def demo_documents_queryset(specs):
    return get_document_model().objects.filter(
        collection__name=COLLECTION_NAME, title__in=[spec.title for spec in specs]
    )


def ensure_documents(specs):
    """{key: document} for every spec, made once."""
    Document = get_document_model()
    collection = demo_collection()
    documents = {}
    for spec in specs:
        document = Document.objects.filter(collection=collection, title=spec.title).first()
        if document is None:
            filename, data = spec.make()
            document = Document(title=spec.title, collection=collection)
            document.file.save(filename, ContentFile(data), save=False)
            document.save()
        documents[spec.key] = document
    return documents
