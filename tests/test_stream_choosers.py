"""Every chooser in every stream is one of the block library's (home.blocks.choosers), which take
their objects from `choices_loaded`'s one query per model: a block added with Wagtail's plain
chooser would cost a query per block type again (tests/test_query_counts.py measures the cost).

The walk covers the live stream blocks and the ones a migration rebuilds from the field's
deconstructed form, so a class that deconstructs as Wagtail's own is caught too.
"""

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail import blocks
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.fields import StreamField
from wagtail.images import blocks as image_blocks
from wagtail.models import get_page_models
from wagtail.snippets.models import get_snippet_models

from home.blocks import choosers
from home.stream_loading import choices_loaded
from tests.factories import make_image


def models_with_streams():
    settings = [
        model
        for model in apps.get_models()
        if issubclass(model, BaseSiteSetting | BaseGenericSetting)
    ]
    return {*get_page_models(), *get_snippet_models(), *settings}


def stream_fields():
    for model in models_with_streams():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField) and field.model is model:
                yield f"{model._meta.label}.{field.name}", field


def rebuilt(field):
    """The field as a migration builds it, from its deconstructed form."""
    _name, _path, args, kwargs = field.deconstruct()
    return StreamField(*args, **kwargs)


def chooser_paths(block, path):
    """(path, block) of every ChooserBlock in `block` and its children, however deep."""
    if isinstance(block, blocks.ChooserBlock):
        yield path, block
    children = dict(getattr(block, "child_blocks", {}))
    if getattr(block, "child_block", None) is not None:
        children["item"] = block.child_block
    for name, child in children.items():
        yield from chooser_paths(child, f"{path}.{name}")


def plain_choosers(block, path):
    return [
        f"{where} ({type(chooser).__module__}.{type(chooser).__name__})"
        for where, chooser in chooser_paths(block, path)
        if not isinstance(chooser, choosers.LoadedChoicesMixin)
    ]


def test_the_walk_finds_a_plain_chooser_however_deep():
    nested = blocks.StreamBlock(
        [
            ("ours", choosers.PageChooserBlock()),
            ("card", blocks.StructBlock([("links", blocks.ListBlock(blocks.PageChooserBlock()))])),
            ("picture", image_blocks.ImageBlock()),
        ]
    )
    assert plain_choosers(nested, "body") == [
        "body.card.links.item (wagtail.blocks.field_block.PageChooserBlock)",
        "body.picture.image (wagtail.images.blocks.ImageChooserBlock)",
    ]


def test_every_stream_chooser_is_the_block_librarys():
    found, plain = set(), set()
    for name, field in stream_fields():
        for block in (field.stream_block, rebuilt(field).stream_block):
            found.update(type(chooser) for _path, chooser in chooser_paths(block, name))
            plain.update(plain_choosers(block, name))
    assert not plain, "Wagtail's plain chooser blocks (use home.blocks.choosers):\n" + "\n".join(
        sorted(plain)
    )
    # The walk saw the fields it is meant to: each kind of chooser the streams use.
    assert {
        choosers.PageChooserBlock,
        choosers.SnippetChooserBlock,
        choosers.ImageChooserBlock,
        choosers.DocumentChooserBlock,
    } <= found


def test_image_block_deconstructs_as_ours_with_its_arguments():
    block = choosers.ImageBlock(required=False, help_text="A picture")
    path, args, kwargs = block.deconstruct()
    assert path == "home.blocks.choosers.ImageBlock"
    assert kwargs == {"required": False, "help_text": "A picture"}
    again = choosers.ImageBlock.construct_from_lookup(None, *args, **kwargs)
    assert isinstance(again.child_blocks["image"], choosers.ImageChooserBlock)
    assert again.child_blocks["image"].required is False


@pytest.mark.django_db
def test_choosers_answer_from_what_was_loaded():
    picture, other = make_image("Shelter"), make_image("Harbour")
    stream = blocks.StreamBlock([("image", choosers.ImageBlock())])
    value = stream.to_python(
        [{"type": "image", "value": {"image": picture.pk, "alt_text": "A", "decorative": False}}]
    )
    chooser = choosers.ImageChooserBlock()
    with choices_loaded(value):
        with CaptureQueriesContext(connection) as captured:
            first, second, none = chooser.bulk_to_python([picture.pk, picture.pk, None])
        assert len(captured) == 0
        # One object per use: an image block sets the use's alt text on its image.
        assert first == second == picture and first is not second
        assert none is None
        # An id the streams did not name is asked for as Wagtail does.
        with CaptureQueriesContext(connection) as captured:
            assert chooser.bulk_to_python([other.pk]) == [other]
        assert len(captured) == 1
    with CaptureQueriesContext(connection) as captured:
        assert chooser.bulk_to_python([picture.pk]) == [picture]
    assert len(captured) == 1
