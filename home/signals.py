"""Forget the cached navigation when a menu, the site pages setting or a page it may link to
changes. (Cached pages and rendered parts have purges of their own: page_cache.purges.)"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import SiteNavigation, SitePages
from .navigation import forget_navigation


@receiver(post_save, sender=SiteNavigation)
@receiver(post_delete, sender=SiteNavigation)
@receiver(post_save, sender=SitePages)
def navigation_changed(**kwargs):
    forget_navigation()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_changed(**kwargs):
    forget_navigation()
