"""Reading the demo's data files: English objects as YAML, each language as a folder of PO files.

The layout and the YAML syntax are described in content/README.md. Everything here is plain
reading; the loader decides what to create.
"""

import functools
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

import polib
import yaml

CONTENT = Path(__file__).resolve().parent / "content"
LOCALE = CONTENT / "locale"
DEMO_NAMESPACE = uuid.UUID("5b0f8f0e-6a57-4c4e-9a8e-62d1c1b0b7a1")
# Folder of the YAML files → the prefix of their objects' translation keys.
NAMESPACES = {"pages": "page", "snippets": "snippet", "cards": "card"}
REFERENCE_KINDS = ("page", "image", "snippet", "document", "decision-maker")


def demo_key(name):
    """The translation_key shared by a demo object and all its translations."""
    return uuid.uuid5(DEMO_NAMESPACE, name)


@dataclass(frozen=True)
class Ref:
    """Another demo object named in a YAML file, e.g. `!page petition`."""

    kind: str
    key: str


class ContentLoader(yaml.SafeLoader):
    """Safe YAML plus one tag per kind of reference."""


def _reference_constructor(kind):
    return lambda loader, node: Ref(kind, loader.construct_scalar(node))


for _kind in REFERENCE_KINDS:
    ContentLoader.add_constructor(f"!{_kind}", _reference_constructor(_kind))


def read_yaml(path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=ContentLoader)  # noqa: S506 — safe loader


@functools.cache
def site():
    """content/site.yaml: the order objects are made in, and the demo's plain records."""
    return read_yaml(CONTENT / "site.yaml")


@dataclass(frozen=True)
class DemoObject:
    """A page, snippet or social card as its YAML file describes it."""

    kind: str  # the folder: "pages", "snippets" or "cards"
    key: str  # the file name without ".yaml"
    model: str  # "app_label.ModelName"
    fields: dict
    parent: str | None = None  # pages: the parent page's key; None for the home page
    title: str = ""
    slug: str = ""
    # Languages without PO files get only the pages marked here (source-text fallback).
    in_every_locale: bool = False
    # Pages or snippets chosen in a generic setting: {"model": "app_label.Setting", "field": name}.
    setting: dict | None = None

    @property
    def translation_key(self):
        return demo_key(f"{NAMESPACES[self.kind]}/{self.key}")

    def catalogue(self, language):
        """This object's translation into `language`, or None (source text is kept)."""
        path = LOCALE / language / self.kind / f"{self.key}.po"
        return Catalogue.read(path) if path.exists() else None


@functools.cache
def read_object(kind, key):
    data = read_yaml(CONTENT / kind / f"{key}.yaml")
    return DemoObject(
        kind=kind,
        key=key,
        model=data["model"],
        fields=data.get("fields") or {},
        parent=data.get("parent"),
        title=data.get("title", ""),
        slug=data.get("slug", ""),
        in_every_locale=data.get("in_every_locale", False),
        setting=data.get("setting"),
    )


def objects(kind, section=None):
    """The objects of one kind in the order content/site.yaml lists them."""
    return [read_object(kind, key) for key in site()[section or kind]]


def navigation():
    return read_object("snippets", site()["navigation"])


def translated_languages():
    """Languages with a folder of PO files: the demo is fully translated into each."""
    if not LOCALE.is_dir():
        return set()
    return {path.name for path in LOCALE.iterdir() if path.is_dir()}


class Catalogue:
    """One object's PO file: English segment → its translation, as wagtail-localize stores
    segments (plain text HTML-escaped, rich text with its inline tags), plus the synchronised
    values this language overrides (from the YAML file beside the PO)."""

    def __init__(self, strings, overrides):
        self.strings = strings
        self.overrides = overrides  # source value as JSON → translated value

    @classmethod
    def read(cls, path):
        strings = {}
        for entry in polib.pofile(str(path)):
            if entry.obsolete:
                continue
            # An entry left empty by the translator keeps the source text.
            strings[entry.msgid] = entry.msgstr or entry.msgid
        overrides = {}
        overrides_path = path.with_suffix(".overrides.yaml")
        if overrides_path.exists():
            for item in read_yaml(overrides_path):
                overrides[json.dumps(item["source"])] = item["translation"]
        return cls(strings, overrides)

    def get(self, source):
        return self.strings.get(source)
