"""Wagtail's chooser blocks, answering from what `home.stream_loading.choices_loaded` loaded.

Wagtail turns a stream's stored ids into objects one block type at a time. While
`choices_loaded(...)` is active these blocks take their objects from its one query per model;
outside it, or for an id it did not load (a block added since), they ask Wagtail as usual.
Every stream uses these instead of Wagtail's own (tests/test_stream_choosers.py checks).
"""

import copy

from wagtail import blocks
from wagtail.documents import blocks as document_blocks
from wagtail.images import blocks as image_blocks
from wagtail.snippets import blocks as snippet_blocks

from home.stream_loading import loaded_choices


class LoadedChoicesMixin:
    """For a ChooserBlock: objects from choices_loaded() when it loaded every id asked for."""

    def bulk_to_python(self, values):
        values = list(values)
        loaded = loaded_choices(self.model_class)
        if loaded is None or any(v is not None and v not in loaded.asked for v in values):
            return super().bulk_to_python(values)
        # A copy for every use, not only repeats as Wagtail does: an image block sets the
        # use's alt text on its image.
        return [copy.copy(loaded.found[v]) if v in loaded.found else None for v in values]


class PageChooserBlock(LoadedChoicesMixin, blocks.PageChooserBlock):
    pass


class SnippetChooserBlock(LoadedChoicesMixin, snippet_blocks.SnippetChooserBlock):
    pass


class ImageChooserBlock(LoadedChoicesMixin, image_blocks.ImageChooserBlock):
    pass


class DocumentChooserBlock(LoadedChoicesMixin, document_blocks.DocumentChooserBlock):
    pass


class ImageBlock(image_blocks.ImageBlock):
    """Wagtail's image with alt text per use, its picture chosen through ImageChooserBlock."""

    def __init__(self, required=True, **kwargs):
        super().__init__(required=required, **kwargs)
        # Wagtail's __init__ makes its own chooser as the "image" child: swap in ours.
        image = ImageChooserBlock(required=required)
        image.set_name("image")
        self.child_blocks["image"] = image

    def deconstruct(self):
        # Wagtail's names its own class (a migration would build that, with Wagtail's chooser)
        # and leaves out `required`: name this class, with every argument it was given.
        args, kwargs = self._constructor_args
        return (self.canonical_module_path, list(args), dict(kwargs))

    @classmethod
    def construct_from_lookup(cls, lookup, *args, **kwargs):
        # Wagtail's drops positional arguments (its deconstruct has none).
        return cls(*args, **kwargs)
