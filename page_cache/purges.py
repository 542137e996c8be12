"""What empties the caches when something a visitor may see changes: the page cache and the
rendered parts (one generation for both, see page_cache.store), and a CDN's copies of pages.

The page cache's purge is connected to the models pages show only, so that saving anything
else (a signature, a session) runs no purge handler. Connected by PageCacheConfig.ready(), once
every snippet is registered."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .store import purge_all


def connect():
    """Anything a cached page may show: pages (and their translations, published the same
    way), snippets (menus, FAQs, stories), site settings, images and documents."""
    from wagtail.models import get_page_models

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(purge_all, dispatch_uid="page-cache")
    shown = models_pages_show()
    # A page saved as a draft changes nothing public; a deleted one does.
    for signal, models in ((post_save, shown), (post_delete, shown | set(get_page_models()))):
        for model in models:
            signal.connect(purge_all, sender=model, dispatch_uid="page-cache")
    post_save.connect(page_made_private, sender=PageViewRestriction, dispatch_uid="cdn")


def models_pages_show():
    """Models whose saved rows pages show at once (snippets, settings, images, documents, the
    site's address) or that decide who may see them (privacy restrictions)."""
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import CollectionViewRestriction, Site
    from wagtail.snippets.models import get_snippet_models

    # A privacy restriction decides who may see a page or a document at all: a page stored
    # before one was added must not go on being served to everyone.
    restrictions = {PageViewRestriction, CollectionViewRestriction}
    # Every page names its Site's address (canonical, hreflang, og:url, share links).
    return frozenset(
        {*get_snippet_models(), *settings_registry, get_image_model(), get_document_model()}
        | restrictions
        | {Site}
    )


def page_made_private(instance, **kwargs):
    """A CDN drops its public copies of the page and the pages under it (Wagtail tells it of
    publishes only); the page cache is emptied by the purge connected above."""
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

        purge_pages_from_cache(instance.page.get_descendants(inclusive=True).live().specific())
