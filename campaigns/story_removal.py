"""Taking a story off the site for good: every language version, its revisions, and the text
wagtail-localize kept to translate it. Used when a story is rejected or its teller asks to be
forgotten; a story that only went offline could be published again by anyone with the right."""

from django.db import transaction
from wagtail.models import Revision
from wagtail_localize.models import String, StringSegment

from .models.stories import Story


def remove_stories(story_ids):
    """Delete these stories in every language. Returns how many snippets were deleted."""
    keys = set(
        Story.objects.filter(pk__in=list(story_ids)).values_list("translation_key", flat=True)
    )
    if not keys:
        return 0
    with transaction.atomic():
        versions = list(Story.objects.filter(translation_key__in=keys))
        strings = set(
            StringSegment.objects.filter(context__object_id__in=keys).values_list(
                "string_id", flat=True
            )
        )
        for story in versions:
            Revision.objects.filter(
                base_content_type=story.get_base_content_type(), object_id=str(story.pk)
            ).delete()
            # wagtail-localize removes its sources, segments and translations of the story.
            story.delete()
        # The story's sentences themselves, unless another text uses the same words.
        String.objects.filter(pk__in=strings, segments__isnull=True).delete()
    return len(versions)
