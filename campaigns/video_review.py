"""Staff decisions on video answers: save the transcript and captions, approve (only with
both), reject (also how an approved video is withdrawn). Each change of what the public sees
empties the page cache, and a configured CDN drops the prompt page in every language."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page

from .models.videos import VideoAnswer

APPROVE_ACTION = "campaigns.video_approve"
REJECT_ACTION = "campaigns.video_reject"
Status = VideoAnswer.Status


class NotReady(ValueError):
    """Approving needs a transcript and captions."""


def save_texts(answer_id, transcript, captions):
    VideoAnswer.objects.filter(pk=answer_id).update(transcript=transcript, captions=captions)
    answer = VideoAnswer.objects.get(pk=answer_id)
    if answer.status == Status.APPROVED:
        forget_pages(answer)  # the page shows the transcript and serves the captions
    return answer


def approve(answer_id, user):
    with transaction.atomic():
        answer = VideoAnswer.objects.select_for_update().get(pk=answer_id)
        if not (answer.transcript.strip() and answer.captions.strip()):
            raise NotReady
        answer.status = Status.APPROVED
        answer.reviewed_at = timezone.now()
        answer.save(update_fields=["status", "reviewed_at"])
        log(instance=answer, action=APPROVE_ACTION, user=user)
    forget_pages(answer)
    return answer


def reject(answer_id, user):
    with transaction.atomic():
        answer = VideoAnswer.objects.select_for_update().get(pk=answer_id)
        was_public = answer.status == Status.APPROVED
        answer.status = Status.REJECTED
        answer.reviewed_at = timezone.now()
        answer.save(update_fields=["status", "reviewed_at"])
        log(instance=answer, action=REJECT_ACTION, user=user)
    if was_public:
        forget_pages(answer)
    return answer


def forget_pages(answer):
    from page_cache.store import purge_all

    purge_all()
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

        pages = Page.objects.live().filter(translation_key=answer.page_key).specific()
        purge_pages_from_cache(pages)
