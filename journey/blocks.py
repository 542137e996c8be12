"""The pieces of a journey: stages, the paths through them and the "where am I?" questions.

Stages, paths and questions refer to each other by a short id (a stage id such as
`credible-fear`). Ids are structure, not text: wagtail-localize keeps them as they are in every
language (they are synchronised), so a Spanish page's links, paths and answers still meet.
"""

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from home.blocks import LinkBlock
from home.blocks.choosers import ImageBlock

DETAIL_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]

ICONS = [
    ("arrival", pgettext_lazy("journey icon", "Arrival")),
    ("border", pgettext_lazy("journey icon", "Border")),
    ("home", pgettext_lazy("journey icon", "Home")),
    ("interview", pgettext_lazy("journey icon", "Interview")),
    ("detention", pgettext_lazy("journey icon", "Detention")),
    ("document", pgettext_lazy("journey icon", "Document")),
    ("calendar", pgettext_lazy("journey icon", "Deadline")),
    ("court", pgettext_lazy("journey icon", "Court")),
    ("decision", pgettext_lazy("journey icon", "Decision")),
    ("appeal", pgettext_lazy("journey icon", "Appeal")),
]


class JourneyIdBlock(blocks.RegexBlock):
    """A short id: lower-case letters, digits and hyphens. The same in every language."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 40)
        super().__init__(
            regex=r"^[a-z0-9]+(-[a-z0-9]+)*$",
            error_messages={
                "invalid": _("Use lower-case letters, digits and hyphens, such as 'court-hearing'.")
            },
            **kwargs,
        )

    # wagtail-localize: nothing to translate; the value is copied to every translation.
    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class StageStatisticBlock(blocks.StructBlock):
    number = blocks.CharBlock(
        required=False,
        max_length=40,
        help_text=_(
            "Numbers written the English way, such as 37,000 or 62%, are shown as each reader's "
            "language writes them; any other text as typed."
        ),
    )
    label = blocks.CharBlock(required=False, max_length=200)
    as_of = blocks.DateBlock(label=_("As of"), required=False)
    source_name = blocks.CharBlock(label=_("Source"), required=False, max_length=160)
    source_url = blocks.URLBlock(label=_("Source address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if value.get("number"):
            missing = {
                name: ValidationError(_("A figure needs its label, its date and its source."))
                for name in ("label", "as_of", "source_name")
                if not value.get(name)
            }
            if missing:
                raise StructBlockValidationError(block_errors=missing)
        return value

    class Meta:
        icon = "table"
        label = _("Key statistic")
        form_classname = "stage-statistic"


class NextStageBlock(blocks.StructBlock):
    stage = JourneyIdBlock(label=_("Next stage id"))
    condition = blocks.CharBlock(
        required=False,
        max_length=160,
        help_text=_("When this step follows, such as 'if the fear interview is positive'."),
    )

    class Meta:
        icon = "arrow-right"
        label = _("Next stage")


class StageBlock(blocks.StructBlock):
    stage_id = JourneyIdBlock(
        label=_("Stage id"),
        help_text=_(
            "Used in the address (#stage-…) and by next stages, paths and questions. "
            "Not shown to visitors."
        ),
    )
    title = blocks.CharBlock(max_length=120)
    label = blocks.CharBlock(
        label=_("Short label"), max_length=32, help_text=_("Two or three words for the map.")
    )
    icon = blocks.ChoiceBlock(choices=ICONS, required=False)
    image = ImageBlock(required=False, help_text=_("Optional picture shown with the details."))
    summary = blocks.TextBlock(max_length=400, help_text=_("One or two sentences."))
    details = blocks.RichTextBlock(features=DETAIL_FEATURES, required=False)
    duration = blocks.CharBlock(
        label=_("Typical duration"),
        required=False,
        max_length=120,
        help_text=_("Such as '2 to 6 weeks'."),
    )
    statistic = StageStatisticBlock(required=False)
    rights = blocks.ListBlock(
        LinkBlock(),
        label=_("Your rights at this step"),
        default=[],
        help_text=_("Know-your-rights guides or questions of the FAQ."),
    )
    next_stages = blocks.ListBlock(
        NextStageBlock(),
        default=[],
        help_text=_("Where a person can go from here. Empty: the journey ends here."),
    )

    class Meta:
        icon = "site"
        label = pgettext_lazy("journey", "Stage")
        template = "journey/blocks/stage.html"
        description = _("One step of the asylum process, with its rights and what comes next.")
        preview_value = {
            "stage_id": "credible-fear",
            "title": "The credible-fear interview",
            "label": "Fear interview",
            "icon": "interview",
            "summary": "An asylum officer asks why you are afraid to go back.",
            "details": "<p>You can ask for an interpreter in your language.</p>",
            "duration": "Often within two weeks",
            "statistic": {
                "number": "23,753",
                "label": "people held in immigration detention",
                "as_of": datetime.date(2022, 7, 11),
                "source_name": "Federal detention statistics",
            },
            "rights": [],
            "next_stages": [
                {"stage": "immigration-court", "condition": "if the interview is positive"},
            ],
        }


class PathBlock(blocks.StructBlock):
    path_id = JourneyIdBlock(label=_("Path id"), help_text=_("Used in the address (#path-…)."))
    title = blocks.CharBlock(max_length=120)
    description = blocks.TextBlock(required=False, max_length=400)
    stages = blocks.ListBlock(
        JourneyIdBlock(label=_("Stage id")),
        min_num=2,
        help_text=_("The stage ids in order. Each stage must be a next stage of the one before."),
    )

    class Meta:
        icon = "list-ol"
        label = pgettext_lazy("journey", "Path")
        template = "journey/blocks/path.html"
        description = _("One route through the stages that a visitor can choose to follow.")
        preview_value = {
            "path_id": "port-of-entry",
            "title": "Arriving at a port of entry",
            "description": "You ask for protection at an official crossing.",
            "stages": ["port-of-entry", "credible-fear"],
        }


class AnswerBlock(blocks.StructBlock):
    answer = blocks.CharBlock(max_length=160)
    stage = JourneyIdBlock(label=_("Go to stage id"), required=False)
    question = JourneyIdBlock(label=_("Or ask question id"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("stage")) == bool(value.get("question")):
            message = _("An answer leads to a stage or to another question, not both.")
            raise StructBlockValidationError(
                block_errors={
                    "stage": ValidationError(message),
                    "question": ValidationError(message),
                }
            )
        return value

    class Meta:
        icon = "arrow-right"
        label = _("Answer")


class QuestionBlock(blocks.StructBlock):
    question_id = JourneyIdBlock(label=_("Question id"))
    question = blocks.CharBlock(max_length=200)
    answers = blocks.ListBlock(AnswerBlock(), min_num=2)

    class Meta:
        icon = "help"
        label = pgettext_lazy("journey", "Question")
        template = "journey/blocks/question.html"
        description = _(
            "A 'where am I?' question: each answer leads to a stage or to the next question."
        )
        preview_value = {
            "question_id": "fear-interview",
            "question": "Have you had your fear interview?",
            "answers": [
                {"answer": "Not yet", "stage": "credible-fear", "question": ""},
                {"answer": "Yes", "stage": "immigration-court", "question": ""},
            ],
        }
