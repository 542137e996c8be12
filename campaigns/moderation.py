"""Moderating shared stories: approve (and, if the teller allowed it, make a draft Story
snippet for staff to edit and publish) or reject. Nothing here publishes anything."""

from django.db import transaction
from django.utils import timezone
from django.utils.text import Truncator
from wagtail.log_actions import log
from wagtail.models import Locale

from .models.stories import Story, StorySubmission
from .story_removal import remove_stories

APPROVE_ACTION = "campaigns.story_approve"
REJECT_ACTION = "campaigns.story_reject"


def draft_title(text):
    first_line = text.strip().splitlines()[0]
    return Truncator(first_line).words(14, truncate="…")[:160]


def approve(submission_id, user):
    """Approve a submission. Returns the draft Story made from it, or None when the teller
    did not allow publication (the story is then kept for the team's own reading)."""
    with transaction.atomic():
        submission = StorySubmission.objects.select_for_update().get(pk=submission_id)
        if submission.status == StorySubmission.Status.APPROVED:
            return submission.story
        story = None
        if submission.may_publish and not submission.anonymised:
            locale = (
                Locale.objects.filter(language_code=submission.language).first()
                or Locale.get_default()
            )
            story = Story(
                locale=locale,
                title=draft_title(submission.text),
                text=submission.text,
                attribution=submission.attribution,
                live=False,
            )
            story.save()
            story.save_revision(user=user, log_action=True)
        submission.status = StorySubmission.Status.APPROVED
        submission.reviewed_at = timezone.now()
        submission.story = story
        submission.save(update_fields=["status", "reviewed_at", "story"])
        log(instance=submission, action=APPROVE_ACTION, user=user)
    return story


def reject(submission_id, user):
    """Reject a submission. A story made from it earlier leaves the site in every language,
    with its revisions: the moderator's decision stands without the snippet's permissions."""
    with transaction.atomic():
        submission = StorySubmission.objects.select_for_update().get(pk=submission_id)
        if submission.story_id is not None:
            remove_stories([submission.story_id])
        submission.status = StorySubmission.Status.REJECTED
        submission.reviewed_at = timezone.now()
        submission.story = None
        submission.save(update_fields=["status", "reviewed_at", "story"])
        log(instance=submission, action=REJECT_ACTION, user=user)
