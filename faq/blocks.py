"""Blocks of FAQ pages and know-your-rights guides.

Two kinds of value stay the same in every language on purpose (wagtail-localize leaves them
out of the translation editor): anchors, so that a deep link to a question works in English
and Spanish alike and survives edits to the question's wording, and the English words a
guide tells people to say to an officer, which must stay English on the Spanish guide.
"""

import re

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import REFERENCE
from home.blocks.choosers import DocumentChooserBlock, SnippetChooserBlock
from home.blocks.links import LinkBlock
from home.blocks.registry import register
from home.blocks.text import SHORT_TEXT_FEATURES

ANSWER_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link", "document-link"]
SOURCE_FEATURES = ["italic", "link", "document-link"]
ANCHOR_PATTERN = r"^[a-z][a-z0-9-]{0,59}$"


class SynchronisedMixin:
    """A block whose value is copied, never translated, into every language."""

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class AnchorBlock(SynchronisedMixin, blocks.RegexBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("regex", ANCHOR_PATTERN)
        kwargs.setdefault(
            "error_messages",
            {"invalid": _("Lower-case letters, digits and hyphens, starting with a letter.")},
        )
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 60)
        kwargs.setdefault(
            "help_text",
            _(
                "The end of this question's web address, such as 'can-i-be-detained'. The same "
                "in every language; change it and old links stop opening the question."
            ),
        )
        super().__init__(**kwargs)

    class Meta:
        icon = "link"
        label = _("Anchor")


class EnglishTextBlock(SynchronisedMixin, blocks.CharBlock):
    class Meta:
        icon = "openquote"


# FAQ ------------------------------------------------------------------------------------------


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=255, label=_("Question"))
    anchor = AnchorBlock()
    answer = blocks.RichTextBlock(features=ANSWER_FEATURES, label=_("Answer"))
    sources = blocks.RichTextBlock(
        features=SOURCE_FEATURES,
        required=False,
        label=_("Sources"),
        help_text=_("Where the answer comes from: a law, a ruling, an agency's rule."),
    )

    class Meta:
        icon = "help"
        template = "faq/blocks/faq_item.html"
        label = _("Question written here")
        description = _("A question and its answer written for this page only.")
        preview_value = {
            "question": "Can I ask for asylum at the border?",
            "anchor": "ask-at-the-border",
            "answer": "<p>Yes. The law lets anyone who reaches the border ask for protection.</p>",
            "sources": "<p>Immigration and Nationality Act, section 208</p>",
        }


ITEM_PREVIEW = FAQItemBlock._meta_class.preview_value


class FAQQuestionChooserBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("faq.FAQQuestion", **kwargs)

    class Meta:
        icon = "help"
        template = "faq/blocks/faq_item.html"
        label = _("Shared question")
        description = _(
            "A question from the shared library (Snippets → FAQ questions), kept the same on "
            "every page that uses it."
        )


class FAQSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=160, label=_("Section heading"))
    anchor = AnchorBlock(
        help_text=_("The end of this section's web address, the same in every language.")
    )
    intro = blocks.TextBlock(required=False, label=_("Introduction"))
    questions = blocks.StreamBlock(
        [("question", FAQItemBlock()), ("shared_question", FAQQuestionChooserBlock())],
        min_num=1,
        label=_("Questions"),
    )

    class Meta:
        icon = "folder-open-inverse"
        template = "faq/blocks/faq_section.html"
        label = _("Section")
        description = _("A group of questions under one heading.")
        preview_value = {
            "heading": "Asking for asylum",
            "anchor": "asking",
            "intro": "What happens when you ask for protection.",
            "questions": [
                ("question", ITEM_PREVIEW),
            ],
        }


class FAQSectionsBlock(blocks.StreamBlock):
    section = FAQSectionBlock()


# Know your rights -----------------------------------------------------------------------------


class QuotablePhraseBlock(blocks.StructBlock):
    phrase = blocks.TextBlock(label=_("What to say"))
    english = EnglishTextBlock(
        required=False,
        max_length=300,
        label=_("The same words in English"),
        help_text=_(
            "To say to an officer who speaks only English. Not translated: shown as written "
            "on every language's page."
        ),
    )
    note = blocks.CharBlock(required=False, max_length=200, label=_("When to say it"))

    class Meta:
        icon = "openquote"
        template = "faq/blocks/quotable_phrase.html"
        label = _("Words to say")
        description = _("A sentence to say word for word, with its English version.")
        preview_value = {
            "phrase": "I want to remain silent.",
            "english": "I want to remain silent.",
            "note": "Say it, then stop talking.",
        }


class HotlineValue(blocks.StructValue):
    @property
    def tel(self):
        number = self.get("number") or ""
        return "tel:" + re.sub(r"[^\d+]", "", number)


class HotlineBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120, label=_("Who answers"))
    number = blocks.RegexBlock(
        regex=r"^\+?[\d ()\-.]{3,30}$",
        max_length=30,
        label=_("Phone number"),
        help_text=_("With the country code for numbers abroad, such as +1 555 010 0199."),
        error_messages={"invalid": _("Digits, spaces, brackets, dots and hyphens only.")},
    )
    hours = blocks.CharBlock(required=False, max_length=120, label=_("When it answers"))

    class Meta:
        value_class = HotlineValue
        icon = "mobile-alt"
        template = "faq/blocks/hotline.html"
        label = _("Hotline")
        description = _("A phone number people can call from the page with one tap.")
        preview_value = {
            "name": "Detention hotline",
            "number": "+1 555 010 0199",
            "hours": "Every day, 8 am to 8 pm",
        }


class HotlineListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=160)
    hotlines = blocks.ListBlock(HotlineBlock(), min_num=1, max_num=8)

    class Meta:
        icon = "mobile-alt"
        template = "faq/blocks/hotline_list.html"
        label = _("Hotlines")
        description = _("Phone numbers to call for help, each a tap-to-call link.")
        preview_value = {
            "heading": "Call for help",
            "hotlines": [HotlineBlock._meta_class.preview_value],
        }


class ScenarioBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160, label=_("Situation"))
    anchor = AnchorBlock(help_text=_("The end of this situation's web address."))
    summary = blocks.TextBlock(required=False, label=_("In short"))
    do = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("What to do"))
    dont = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("What not to do"), min_num=0)
    phrases = blocks.ListBlock(QuotablePhraseBlock(), min_num=0, label=_("Words to say"))
    hotlines = blocks.ListBlock(HotlineBlock(), min_num=0, label=_("Hotlines"))

    class Meta:
        icon = "warning"
        template = "faq/blocks/scenario.html"
        label = _("Scenario")
        description = _(
            "One situation, such as 'at the border' or 'at your door': what to do, what not "
            "to do, the words to say and whom to call."
        )
        preview_value = {
            "title": "If officers come to your door",
            "anchor": "at-your-door",
            "summary": "You do not have to open the door.",
            "do": ["Ask them to pass any warrant under the door."],
            "dont": ["Do not open the door."],
            "phrases": [QuotablePhraseBlock._meta_class.preview_value],
            "hotlines": [HotlineBlock._meta_class.preview_value],
        }


class AudioBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    audio = DocumentChooserBlock(
        label=_("Audio file"), help_text=_("An MP3, OGG, M4A or WAV file from Documents.")
    )
    language = blocks.CharBlock(
        max_length=80,
        label=_("Spoken language"),
        help_text=_("The language people hear, such as 'Spanish' or 'K'iche''."),
    )
    transcript = blocks.RichTextBlock(
        features=SHORT_TEXT_FEATURES,
        label=_("Transcript"),
        help_text=_("Everything the recording says, for people who cannot listen."),
    )

    class Meta:
        icon = "media"
        template = "faq/blocks/audio.html"
        label = _("Audio")
        description = _("A recording of the guide read aloud, with its transcript.")
        preview_value = {
            "title": "This guide read aloud",
            "language": "Spanish",
            "transcript": "<p>You have rights, whatever your papers say.</p>",
        }


class GuideStreamBlock(blocks.StreamBlock):
    scenario = ScenarioBlock()
    hotlines = HotlineListBlock()
    audio = AudioBlock()
    phrase = QuotablePhraseBlock()


# Shared questions answered inside any page (the body library's "Answers" group). The snippet
# is named by string: the models import this module.
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


register("related_questions", RelatedQuestionsBlock, REFERENCE, order=30)
