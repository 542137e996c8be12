"""The asylum journey: a page of stages, the paths through them and "where am I?" questions."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.blocks import StreamBlockValidationError
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from home.models import ContentPage
from home.streams import prepare_stream

from . import graph
from .blocks import PathBlock, QuestionBlock, StageBlock


class JourneyPage(ContentPage):
    """The stages of the asylum process as a list (always) and a map (with JavaScript)."""

    stages = StreamField(
        [("stage", StageBlock())],
        min_num=1,
        verbose_name=_("stages"),
        help_text=_("In the order a person usually meets them. Each needs its own id."),
    )
    paths = StreamField(
        [("path", PathBlock())],
        blank=True,
        verbose_name=_("paths"),
        help_text=_("Routes through the stages a visitor can choose to follow."),
    )
    questions = StreamField(
        [("question", QuestionBlock())],
        blank=True,
        verbose_name=_("'Where am I?' questions"),
        help_text=_("The first question is asked first; each answer leads on."),
    )

    content_panels = ContentPage.content_panels + [
        FieldPanel("stages"),
        FieldPanel("paths"),
        FieldPanel("questions"),
    ]

    search_fields = ContentPage.search_fields + [
        index.SearchField("stages"),
    ]

    # Every text in stages, paths and questions is translated; the ids inside them are kept
    # as they are (see journey.blocks.JourneyIdBlock), so links and paths work in every language.
    translatable_fields = ContentPage.translatable_fields + [
        TranslatableField("stages"),
        TranslatableField("paths"),
        TranslatableField("questions"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "journey/journey_page.html"

    class Meta:
        verbose_name = _("journey page")

    def clean(self):
        super().clean()
        stages = [child.value for child in self.stages]
        errors = {}
        checks = {
            "stages": graph.stage_problems(stages),
            "paths": graph.path_problems(stages, [child.value for child in self.paths]),
            "questions": graph.question_problems(stages, [child.value for child in self.questions]),
        }
        for name, problems in checks.items():
            if problems:
                errors[name] = StreamBlockValidationError(
                    non_block_errors=[ValidationError(problem) for problem in problems]
                )
        if errors:
            raise ValidationError(errors)

    def journey(self):
        return graph.build(self.stages, self.paths, self.questions)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prepare_stream(self.stages)
        context["journey"] = self.journey()
        return context
