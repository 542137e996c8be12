"""Approving and rejecting messages of welcome, one or many at once. A decision can change what
a welcome page shows, so it empties the page cache (every server) and tells a configured CDN
to drop that page in every language."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page

from .models.welcome import WelcomeMessage

APPROVE_ACTION = "campaigns.welcome_approve"
REJECT_ACTION = "campaigns.welcome_reject"

Status = WelcomeMessage.Status


def approve(message_ids, user):
    """Returns how many messages changed."""
    return _decide(message_ids, user, Status.APPROVED, APPROVE_ACTION)


def reject(message_ids, user):
    return _decide(message_ids, user, Status.REJECTED, REJECT_ACTION)


def _decide(message_ids, user, status, action):
    with transaction.atomic():
        changing = list(
            WelcomeMessage.objects.select_for_update()
            .filter(pk__in=list(message_ids))
            .exclude(status=status)
        )
        now = timezone.now()
        for message in changing:
            message.status = status
            message.reviewed_at = now
        WelcomeMessage.objects.bulk_update(changing, ["status", "reviewed_at"])
        for message in changing:
            log(instance=message, action=action, user=user)
        if any(message.show_on_page for message in changing):
            purge_pages({message.page_key for message in changing})
    return len(changing)


def purge_pages(page_keys):
    """The welcome pages of these keys, stored for anonymous visitors, are stale."""
    from page_cache.store import purge_all

    purge_all()
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

        pages = Page.objects.live().filter(translation_key__in=page_keys).specific()
        transaction.on_commit(lambda: purge_pages_from_cache(pages))


def message_deleted(instance, **kwargs):
    """A shown message deleted by staff (on request) or by retention leaves the page at once."""
    if instance.is_public:
        purge_pages({instance.page_key})
