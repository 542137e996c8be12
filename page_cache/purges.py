"""What empties the caches when something a visitor may see changes: the page cache and the
rendered parts (page_cache.store), and a CDN's copies of pages.

Only what was made from the change is purged where that can be known (page_cache.dependencies
records it at render time):
- a page published, unpublished or deleted: every page and part that loaded it or one of its
  translations (its own, listings, links, menus), its parents' own pages (their listing of it),
  the pages that reference it (Wagtail's reference index) and the listings of its type;
- a snippet saved or deleted: the pages that loaded it or a translation of it, and the listings
  of its type;
- an image or a document: the pages that loaded it.
Everything is purged where it cannot: a move (the addresses of a whole subtree change), the
navigation (on every page), any site setting, the Site, and privacy restrictions.

The receivers are connected to the models pages show only, so that saving anything else (a
signature, a session) runs no purge handler. Connected by PageCacheConfig.ready(), once every
snippet is registered."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import dependencies
from .store import purge, purge_all

# Snippets every page shows: a change to one is a change to every page.
ON_EVERY_PAGE = {"home.sitenavigation"}


def connect():
    """Anything a cached page may show: pages (and their translations, published the same
    way), snippets (menus, FAQs, stories), site settings, images and documents."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import get_page_models
    from wagtail.snippets.models import get_snippet_models

    pages = set(get_page_models())
    page_published.connect(page_changed, dispatch_uid="page-cache")
    page_unpublished.connect(page_gone, dispatch_uid="page-cache")
    post_page_move.connect(everything_changed, dispatch_uid="page-cache")
    # A page saved as a draft changes nothing public; a deleted one does.
    for model in pages:
        post_delete.connect(page_gone, sender=model, dispatch_uid="page-cache")
    shown = models_pages_show()
    for model in shown:
        receiver = receiver_for(model)
        for signal in (post_save, post_delete):
            signal.connect(receiver, sender=model, dispatch_uid="page-cache")
    post_save.connect(page_made_private, sender=PageViewRestriction, dispatch_uid="cdn")
    images_and_documents = {get_image_model(), get_document_model()}
    dependencies.connect(pages | set(get_snippet_models()) | images_and_documents)


def receiver_for(model):
    """What a change to a row of `model` purges."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.snippets.models import get_snippet_models

    label = model._meta.label_lower
    if model in get_snippet_models() and label not in ON_EVERY_PAGE:
        return snippet_changed
    if issubclass(model, (get_image_model(), get_document_model())):
        return row_changed
    if model in restrictions():
        return who_may_see_changed
    return everything_changed  # settings, the navigation, the Site


def restrictions():
    from wagtail.models import CollectionViewRestriction

    return {PageViewRestriction, CollectionViewRestriction}


def models_pages_show():
    """Models whose saved rows pages show at once (snippets, settings, images, documents, the
    site's address) or that decide who may see them (privacy restrictions)."""
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Site
    from wagtail.snippets.models import get_snippet_models

    # Every page names its Site's address (canonical, hreflang, og:url, share links).
    return frozenset(
        {*get_snippet_models(), *settings_registry, get_image_model(), get_document_model()}
        | restrictions()
        | {Site}
    )


def everything_changed(**kwargs):
    """Stale copies may still be served while pages are made again: what they show was public
    a moment ago."""
    purge_all(keep_stale=True)


def who_may_see_changed(**kwargs):
    """A privacy restriction decides who may see a page or a document at all: a page stored
    before one was added must not go on being served to everyone, not even while it is made
    again."""
    purge_all()


def row_changed(sender, instance, **kwargs):
    purge({dependencies.instance_tag(sender, instance.pk)})


def snippet_changed(sender, instance, **kwargs):
    purge({*translation_tags(sender, instance), dependencies.type_tag(sender)})


def translation_tags(model, instance):
    """A version in another language shows where this one did (a page falls back to it)."""
    key = getattr(instance, "translation_key", None)
    pks = {instance.pk}
    if key is not None:
        pks.update(model._default_manager.filter(translation_key=key).values_list("pk", flat=True))
    return {dependencies.instance_tag(model, pk) for pk in pks}


def page_changed(instance, **kwargs):
    tags, everywhere = page_tags(instance)
    if everywhere:
        purge_all(keep_stale=True)
    else:
        purge(tags)


def page_gone(instance, **kwargs):
    """No copy of a page that lists or shows it is served again, not even stale."""
    tags, everywhere = page_tags(instance)
    if everywhere:
        purge_all()
    else:
        purge(tags, hard=True)


def page_tags(page):
    """The tags a change to the page purges, and whether it is on every page: the menu or a
    setting (the privacy notice, the contact page) links to it, and every page shows those
    links from a copy kept apart (home.navigation)."""
    from wagtail.models import Page, ReferenceIndex

    model = type(page)
    tags = translation_tags(Page, page)
    translations = Page.objects.filter(translation_key=page.translation_key)
    sources = ReferenceIndex.get_references_to_in_bulk(translations).values_list(
        "base_content_type", "object_id"
    )
    if any(shown_everywhere(content_model(source_type)) for source_type, _pk in sources):
        return tags, True
    # Its parents list it (an index, a section page); a page listing every post of its type
    # says so (dependencies.depends_on_type), for this type or any it is a kind of.
    depth = len(page.path) // Page.steplen
    above = [page.path[: Page.steplen * level] for level in range(1, depth)]
    tags.update(
        dependencies.served_tag(pk)
        for pk in Page.objects.filter(path__in=above).values_list("pk", flat=True)
    )
    tags.update(dependencies.type_tag(kind) for kind in model.__mro__ if kind in page_models())
    for source_type, pk in sources:
        source = content_model(source_type)
        if source is not None and issubclass(source, Page):
            tags.add(dependencies.served_tag(pk))
        elif source is not None:
            tags.add(dependencies.instance_tag(source, pk))
    return tags, False


def shown_everywhere(model):
    from wagtail.contrib.settings.registry import registry as settings_registry

    return model is not None and (
        model._meta.label_lower in ON_EVERY_PAGE or model in settings_registry
    )


def page_models():
    from wagtail.models import get_page_models

    return set(get_page_models())


def content_model(content_type_id):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_id(content_type_id).model_class()


def page_made_private(instance, **kwargs):
    """A CDN drops its public copies of the page and the pages under it (Wagtail tells it of
    publishes only); the page cache is emptied by the purge connected above."""
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

        purge_pages_from_cache(instance.page.get_descendants(inclusive=True).live().specific())
