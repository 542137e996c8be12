"""Facts and demands: numbers with their date and source, and what we ask for."""

import datetime

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .text import SHORT_TEXT_FEATURES


class StatisticBlock(blocks.StructBlock):
    number = blocks.CharBlock(
        max_length=40,
        help_text=_(
            "Numbers written the English way, such as 37,000 or 62%, are shown as each reader's "
            "language writes them; any other text as typed."
        ),
    )
    label = blocks.CharBlock(max_length=200)
    as_of = blocks.DateBlock(label=_("As of"), required=False)
    source_name = blocks.CharBlock(label=_("Source"), required=False, max_length=160)
    source_url = blocks.URLBlock(label=_("Source address"), required=False)


class StatisticSetBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=160)
    statistics = blocks.ListBlock(StatisticBlock(), min_num=1, max_num=8)

    class Meta:
        icon = "table"
        template = "blocks/statistic_set.html"
        description = _("Key figures, each with the date it was true and where it comes from.")
        preview_value = {
            "heading": "Detention in numbers",
            "statistics": [
                {
                    "number": "37,000",
                    "label": "people held in immigration detention",
                    "as_of": datetime.date(2024, 1, 1),
                    "source_name": "Public data",
                    "source_url": "",
                },
            ],
        }


class DemandsListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=160)
    intro = blocks.RichTextBlock(required=False, features=SHORT_TEXT_FEATURES)
    demands = blocks.ListBlock(
        blocks.RichTextBlock(features=SHORT_TEXT_FEATURES, label=_("Demand")), min_num=1
    )

    class Meta:
        icon = "list-ol"
        template = "blocks/demands_list.html"
        description = _("A numbered list of demands to decision makers.")
        preview_value = {
            "heading": "Our demands",
            "demands": ["<p>Restore access to asylum.</p>", "<p>End family detention.</p>"],
        }
