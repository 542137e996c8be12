"""Prepare a page's StreamFields for rendering with a fixed number of queries.

Block templates must not query. Chosen objects (images, pages, snippets) arrive with one query
per model (`home.stream_loading`); this fills in what would otherwise cost one query per block:
the renditions of every image and the visitor-language version of every linked page. Two hooks
let content apps take part without `home` knowing their models: a block class with a
`prepare_values(values)` static method (blocks that list other pages) loads its pages for all
its uses at once and hands back the images they show; chosen objects (snippets) whose class has a
`prepare_for_render_many(instances)` class method get it called once with all of them.
"""

from django.db.models import prefetch_related_objects
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.images import get_image_model

from .blocks.links import LinkValue
from .stream_loading import choices_loaded
from .visibility import in_visitor_language


def _walk(value, images, links, listings, objects):
    if isinstance(value, StreamValue):
        for child in value:
            _walk(child.value, images, links, listings, objects)
    elif isinstance(value, ListValue):
        for item in value:
            _walk(item, images, links, listings, objects)
    elif isinstance(value, StructValue):
        if isinstance(value, LinkValue):
            links.append(value)
        prepare = getattr(value.block, "prepare_values", None)
        if prepare is not None:
            listings.setdefault(prepare, []).append(value)
        for item in value.values():
            _walk(item, images, links, listings, objects)
    elif isinstance(value, get_image_model()):
        images.append(value)
    elif isinstance(value, list | tuple):
        for item in value:
            _walk(item, images, links, listings, objects)
    elif hasattr(type(value), "prepare_for_render_many"):
        objects.setdefault(type(value), []).append(value)


def prepare_stream(*stream_values, extra_images=()):
    """Prefetch renditions and localize links for the given stream values, in place."""
    images, links, listings, objects = [], [], {}, {}
    with choices_loaded(*stream_values):
        for value in stream_values:
            _walk(value, images, links, listings, objects)
    # Blocks that list pages (`prepare_values(values)`) load them for all their uses at once
    # and hand back the images those pages show.
    for prepare, values in listings.items():
        images.extend(prepare(values))
    images.extend(image for image in extra_images if image is not None)
    prefetch_renditions(images)
    localize_links(links)
    for model, instances in objects.items():
        model.prepare_for_render_many(instances)


def prefetch_renditions(images):
    """One query for the renditions of all these images (what `prefetch_renditions()` does
    for a queryset, for images that arrived one by one from blocks). Every instance of an
    image gets them: each use of a picture in a stream is an instance of its own."""
    prefetch_related_objects(images, "renditions")


def localize_links(links):
    """Point every page link at its live translation in the active language, in one query.
    A link is an editor's choice of one page, not a listing: it may lead to a page behind a
    password, which asks for it (see home.visibility)."""
    found = in_visitor_language([link.get("page") for link in links], listed=False)
    for link in links:
        page = link.get("page")
        if page:
            link.localized_page = found.get(page.translation_key)


def prepare_renditions_of(images):
    """The renditions of these images (None skipped) in one query."""
    prefetch_renditions([image for image in images if image is not None])
