"""Load what a page's streams point at with one query per model, whatever their blocks.

Wagtail turns a stream's stored ids into objects one block type at a time, and within it one
chooser at a time: a picture in an image block, in a gallery, in a quote and in a two-column
block costs four queries, so a body with more kinds of blocks costs more. `choices_loaded(...)`
reads the ids of every chooser in the given streams from their stored data, loads each model
once, and while it is active Wagtail's chooser blocks take their objects from there.
"""

import copy
from contextlib import contextmanager
from contextvars import ContextVar

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

# {model: ({pk: object}, ids asked for)} while choices_loaded() runs.
_loaded = ContextVar("stream_choices_loaded", default=None)
_wagtail_bulk_to_python = blocks.ChooserBlock.bulk_to_python


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
        model: (model._default_manager.in_bulk(pks), pks) for model, pks in ids.items() if pks
    }
    token = _loaded.set(loaded)
    try:
        yield
    finally:
        _loaded.reset(token)


def _bulk_to_python(self, values):
    """Wagtail's ChooserBlock.bulk_to_python, answered from what choices_loaded() loaded."""
    loaded = (_loaded.get() or {}).get(self.model_class)
    if loaded is None or any(v is not None and v not in loaded[1] for v in values):
        return _wagtail_bulk_to_python(self, values)
    objects = loaded[0]
    # A copy for every use, as Wagtail does for repeats: an image block sets its alt text on it.
    return [copy.copy(objects[v]) if v in objects else None for v in values]


def install():
    """Called once from HomeConfig.ready()."""
    blocks.ChooserBlock.bulk_to_python = _bulk_to_python
