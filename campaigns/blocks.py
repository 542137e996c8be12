"""The campaigns app's block in the shared body library: stories people chose to share, as
published by staff. Registered with `home`'s block registry (imported by the AppConfig); the
Story model is resolved by name, so this module imports no model at load time."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import PEOPLE
from home.blocks.choosers import SnippetChooserBlock
from home.blocks.registry import register

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


register("stories", StoriesBlock, PEOPLE, order=20)
