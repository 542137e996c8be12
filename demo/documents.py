"""Demo documents (a short audio recording for the audio block), made at load time."""

import io
import math
import struct
import wave
from collections.abc import Callable
from dataclasses import dataclass

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from .images import COLLECTION_NAME, demo_collection


def chime():
    """A short, quiet chime: a stand-in for a guide read aloud."""
    rate, seconds = 8000, 2
    frames = bytearray()
    for i in range(rate * seconds):
        t = i / rate
        level = math.sin(2 * math.pi * 440 * t) * math.exp(-2.5 * t) * 0.4
        frames += struct.pack("<h", int(level * 32767))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return "know-your-rights-audio.wav", buffer.getvalue()


@dataclass(frozen=True)
class DemoDocument:
    """A file in Documents, made by `make() -> (filename, bytes)`; YAML names it by `key`."""

    key: str
    title: str
    make: Callable


DEMO_DOCUMENTS = [DemoDocument("kyr-audio", "Demo: know your rights, read aloud", chime)]


def demo_documents_queryset():
    return get_document_model().objects.filter(
        collection__name=COLLECTION_NAME, title__in=[spec.title for spec in DEMO_DOCUMENTS]
    )


def ensure_documents():
    """{key: document} for every demo document, made once."""
    Document = get_document_model()
    collection = demo_collection()
    documents = {}
    for spec in DEMO_DOCUMENTS:
        document = Document.objects.filter(collection=collection, title=spec.title).first()
        if document is None:
            filename, data = spec.make()
            document = Document(title=spec.title, collection=collection)
            document.file.save(filename, ContentFile(data), save=False)
            document.save()
        documents[spec.key] = document
    return documents
