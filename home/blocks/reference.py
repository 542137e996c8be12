"""Reference answers shown inside other pages.

The questions are snippets of the `faq` app, named here by string only: `home` imports no
content app, and the block resolves the model when the editor or a page first uses it.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from .links import LinkBlock


class RelatedQuestionsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=160)
    questions = blocks.ListBlock(
        SnippetChooserBlock("faq.FAQQuestion"), min_num=1, max_num=5, label=_("Questions")
    )
    more = LinkBlock(required=False, label=_("Link to more answers"))

    class Meta:
        icon = "help"
        template = "blocks/related_questions.html"
        label = _("Related questions")
        description = _(
            "Up to five questions from the shared FAQ library, answered in place, with a link "
            "to the full FAQ."
        )
        preview_value = {"heading": "Questions people ask", "questions": []}
