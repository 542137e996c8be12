"""What a stored page or part was made from, recorded while it is rendered.

While the page cache renders a page to store it (or page_cache.fragments makes a part), a
collector is open: every page, snippet, image and document loaded meanwhile adds its tag, and a
listing that shows "every post" declares the type it lists (`depends_on_type`), since a post
published later was not among the rows it loaded. A purge (page_cache.purges) names the tags of
what changed; only the pages and parts made from it go stale (page_cache.store).
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models.signals import post_init

_collector = ContextVar("page_cache_dependencies", default=None)


@contextmanager
def collecting():
    """The tags of everything loaded inside the block; they count for the enclosing block too
    (a part kept inside a page: the page depends on what the part shows)."""
    tags = set()
    token = _collector.set(tags)
    try:
        yield tags
    finally:
        _collector.reset(token)
        add(*tags)


def add(*tags):
    collector = _collector.get()
    if collector is not None:
        collector.update(tags)


def type_tag(model):
    return f"type:{model._meta.label_lower}"


def depends_on_type(model):
    """For listing code: what is rendered shows rows of `model` chosen by a query, so a row of it
    published, added or removed anywhere may change it."""
    add(type_tag(model))


def page_tag(pk):
    return f"page:{pk}"


def served_tag(pk):
    """The page's own addresses (in a language), as opposed to every page that shows it."""
    return f"served:{pk}"


def instance_tag(model, pk):
    prefix = _prefixes.get(model)
    if prefix is None:
        prefix = _prefixes[model] = tag_prefix(model)
    return f"{prefix}{pk}"


def tag_prefix(model):
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    if issubclass(model, Page):
        return "page:"
    if issubclass(model, get_image_model()):
        return "image:"
    if issubclass(model, get_document_model()):
        return "document:"
    return f"snippet:{model._meta.label_lower}:"


_prefixes = {}


def _loaded(sender, instance, **kwargs):
    collector = _collector.get()
    if collector is not None and instance.pk is not None:
        collector.add(instance_tag(sender, instance.pk))


def connect(models):
    """Record the rows of these models (pages, snippets, images, documents) as they are loaded.
    Outside a collector the receiver returns at once."""
    for model in models:
        post_init.connect(_loaded, sender=model, dispatch_uid="page-cache-dependencies")
