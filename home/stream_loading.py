"""Load what a page's streams point at with one query per model, whatever their blocks.

Wagtail turns a stream's stored ids into objects one block type at a time, and within it one
chooser at a time: a picture in an image block, in a gallery, in a quote and in a two-column
block costs four queries, so a body with more kinds of blocks costs more. `choices_loaded(...)`
reads the ids of every chooser in the given streams from their stored data, loads each model
once, and while it is active the block library's chooser blocks (`home.blocks.choosers`) take
their objects from there.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from typing import NamedTuple

from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class Loaded(NamedTuple):
    found: dict  # {pk: object}: the objects that exist
    asked: set  # every pk read from the streams, found or not


# {model: Loaded} while choices_loaded() runs.
_loaded = ContextVar("stream_choices_loaded", default=None)


def loaded_choices(model):
    """What the active choices_loaded() loaded of this model (a Loaded), or None."""
    return (_loaded.get() or {}).get(model)


def _in_block_format(item):
    return isinstance(item, dict) and "id" in item and "value" in item


def _collect(block, raw, ids):
    """Add to `ids` ({model: set of pks}) every chooser's id in `raw`, stored data of `block`."""
    if raw is None:
        return
    if isinstance(block, blocks.ChooserBlock):
        if isinstance(raw, int | str):
            ids.setdefault(block.model_class, set()).add(raw)
    elif isinstance(block, blocks.StreamBlock):
        for item in raw:
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is not None:
                _collect(child, item.get("value"), ids)
    elif isinstance(block, blocks.ListBlock):
        for item in raw:
            _collect(block.child_block, item["value"] if _in_block_format(item) else item, ids)
    elif isinstance(block, blocks.StructBlock):
        if isinstance(raw, dict):
            for name, child in block.child_blocks.items():
                _collect(child, raw.get(name), ids)
        elif isinstance(block, ImageBlock):  # stored by an image chooser before: a bare id
            _collect(block.child_blocks["image"], raw, ids)


@contextmanager
def choices_loaded(*stream_values):
    ids = {}
    for value in stream_values:
        if value is not None and hasattr(value, "raw_data"):
            _collect(value.stream_block, list(value.raw_data), ids)
    loaded = {
        model: Loaded(model._default_manager.in_bulk(pks), pks) for model, pks in ids.items() if pks
    }
    token = _loaded.set(loaded)
    try:
        yield
    finally:
        _loaded.reset(token)
