"""Stories people chose to share, as published by staff. The Story snippet belongs to the
campaigns app; this library names it by string and never imports it."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

STORY_MODEL = "campaigns.Story"


class StoriesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=160)
    stories = blocks.ListBlock(
        SnippetChooserBlock(STORY_MODEL, label=_("Story")), min_num=1, max_num=6
    )

    class Meta:
        icon = "openquote"
        template = "blocks/stories.html"
        description = _(
            "Stories that people shared and allowed us to publish. Only published stories show."
        )
        preview_value = {"heading": "In their own words", "stories": []}

    def get_preview_value(self):
        """A sample story, unsaved: the editor's preview needs no data and stores none."""
        value = super().get_preview_value()
        story = apps.get_model(STORY_MODEL)(
            title="We waited at the bridge for eleven weeks",
            text="Every morning we asked whether our number had come up.",
            attribution="Rosa",
            live=True,
        )
        value["stories"] = self.child_blocks["stories"].to_python([])
        value["stories"].append(story)
        return value
