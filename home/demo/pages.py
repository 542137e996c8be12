"""What a demo page is, and the context its content is built in.

A content module describes each page as a `DemoPage`: where it sits, its title and slug, and a
function returning its other fields in both languages. `home.demo.registry` lists them in tree
order. Pages are found again by a translation key derived from the page's `key`, so a second
run recognises its own pages (in every language) and `--reset` removes exactly them.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from .text import T, TranslationMemory, resolve

DEMO_NAMESPACE = uuid.UUID("5b0f8f0e-6a57-4c4e-9a8e-62d1c1b0b7a1")


def demo_key(name):
    """The translation_key shared by a demo object and all its translations."""
    return uuid.uuid5(DEMO_NAMESPACE, name)


@dataclass(frozen=True)
class DemoPage:
    key: str  # stable name, e.g. "limit-detention"
    model: str  # "app_label.ModelName"
    parent: str | None  # key of the parent demo page; None: the root of the page tree
    title: T
    slug: T
    content: Callable  # (DemoContext) -> {field name: value with T/R texts}
    # Languages beyond English and Spanish get only the pages marked here (source-text fallback).
    in_every_locale: bool = False
    # Run before any page is made: objects the page refers to (e.g. snippets), put into ctx.
    setup: Callable | None = None

    @property
    def translation_key(self):
        return demo_key(f"page/{self.key}")

    def fields(self, ctx, lang):
        return resolve(self.content(ctx), lang)

    def memory(self, ctx):
        return TranslationMemory([self.title, self.slug, self.content(ctx)])


@dataclass(frozen=True)
class DemoSnippet:
    """A translatable snippet of the demo (a story, a shared FAQ question, a notice): made and
    published before the pages that choose it, and translated before them (wagtail-localize
    needs the translated snippet to exist when it translates a page that chooses it)."""

    key: str
    model: str  # "app_label.ModelName"
    content: Callable  # (DemoContext) -> {field name: value with T/R texts}
    # Optionally chosen in a generic setting: ("app_label.SettingModel", "field name").
    setting: tuple | None = None

    @property
    def translation_key(self):
        return demo_key(f"snippet/{self.key}")

    def fields(self, ctx, lang):
        return resolve(self.content(ctx), lang)

    def memory(self, ctx):
        return TranslationMemory(self.content(ctx))


@dataclass(frozen=True)
class DemoDocument:
    """A file in Documents (an audio recording...), made by `make() -> (filename, bytes)`."""

    key: str
    title: str
    make: Callable


@dataclass
class DemoContext:
    """What content functions may refer to: the demo images, documents and snippets, and the
    English demo pages."""

    images: dict = field(default_factory=dict)
    pages: dict = field(default_factory=dict)
    snippets: dict = field(default_factory=dict)
    documents: dict = field(default_factory=dict)

    def image(self, key):
        return self.images[key]

    def page(self, key):
        return self.pages[key]

    def snippet(self, key):
        return self.snippets[key]

    def document(self, key):
        return self.documents[key]
