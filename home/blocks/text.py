"""Words: headings, body text, quotes, questions and answers, dividers."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .choosers import ImageBlock
from .indexing import SearchTextOnly

# The page title is the only h1; body text starts at h2.
RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
SHORT_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class HeadingBlock(SearchTextOnly, blocks.StructBlock):
    not_searched = ("level", "anchor")

    text = blocks.CharBlock(label=_("Heading"), max_length=160)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))], default="h2"
    )
    anchor = blocks.CharBlock(
        required=False,
        max_length=60,
        help_text=_("Optional: a short id for links to this heading, such as 'demands'."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        description = _("A section heading that also appears in the page outline.")
        preview_value = {"text": "Why limit detention?", "level": "h2", "anchor": "why"}


class BodyTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/rich_text.html"
        description = _("Paragraphs, lists and links. Headings start at level 2.")
        preview_value = (
            "<p>Everyone has the right to ask for protection. Detention should be the "
            "<b>exception</b>, never the default.</p>"
        )


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    person = blocks.CharBlock(label=_("Person"), required=False, max_length=120)
    role = blocks.CharBlock(label=_("Role or place"), required=False, max_length=160)
    photo = ImageBlock(required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        description = _("A quote or testimonial, with the person who said it if they agree.")
        preview_value = {
            "quote": "Being welcomed by neighbours, not locked up, let my family start again.",
            "person": "Marisol",
            "role": "Welcomed in 2023",
        }


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Question or title"), max_length=200)
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Answer"))


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=160)
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion.html"
        description = _("Folding sections that work without JavaScript.")
        preview_value = {
            "heading": "Common questions",
            "items": [
                {"title": "What is asylum?", "body": "<p>Protection for people fleeing harm.</p>"},
                {"title": "Who decides?", "body": "<p>An officer first, then a judge.</p>"},
            ],
        }


class DividerBlock(blocks.StaticBlock):
    class Meta:
        icon = "horizontalrule"
        template = "blocks/divider.html"
        admin_text = _("A thematic break between sections.")
        description = _("A thematic break between sections.")
        label = _("Divider")
