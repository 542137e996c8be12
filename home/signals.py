"""Forget cached navigation when a menu or a page it may link to changes, and cached pages
when anything they may show changes."""

import functools

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import SiteNavigation
from .navigation import forget_navigation


@receiver(post_save, sender=SiteNavigation)
@receiver(post_delete, sender=SiteNavigation)
def navigation_changed(**kwargs):
    forget_navigation()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_changed(**kwargs):
    forget_navigation()


def connect_page_cache_purges():
    """Anything a cached page may show: pages (and their translations, published the same
    way), snippets (menus, FAQs, stories), site settings, images and documents."""
    from .page_cache import purge_all

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(purge_all, dispatch_uid=f"page-cache-{signal}")
    post_save.connect(purge_if_shown, weak=False, dispatch_uid="page-cache-saved")
    post_delete.connect(purge_if_shown, weak=False, dispatch_uid="page-cache-deleted")


@functools.cache
def models_pages_show():
    """Worked out on first use: snippets are registered after this app is ready."""
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.snippets.models import get_snippet_models

    return frozenset(
        {*get_snippet_models(), *settings_registry, get_image_model(), get_document_model()}
    )


def purge_if_shown(sender, instance, **kwargs):
    from wagtail.models import Page

    from .page_cache import purge_all

    # A page saved as a draft changes nothing public; a deleted one does.
    deleted = kwargs.get("signal") is post_delete
    if sender in models_pages_show() or (deleted and isinstance(instance, Page)):
        purge_all()
