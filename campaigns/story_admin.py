"""The moderation queue for shared stories (wagtail-modeladmin), for the Campaign data group:
list, filters, search, a detail view, approve and reject, and an audited export."""

from django.contrib import messages
from django.template.defaultfilters import truncatewords
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import moderation
from .admin_exports import AuditedIndexView
from .models.stories import StorySubmission
from .moderation_admin import DecisionView, ModerationAdmin


class StoryDecision(DecisionView):
    """Shows the story and what the teller allowed; POST records the decision."""

    titles = {"approve": gettext_lazy("Approve story"), "reject": gettext_lazy("Reject story")}
    record_template = "campaigns/admin/story_decision.html"

    def approve(self, request):
        story = moderation.approve(self.instance.pk, request.user)
        if story is not None:
            messages.success(
                request,
                _("Approved. A draft story was made from it: edit and publish it in Snippets."),
            )
        else:
            messages.success(
                request, _("Approved for our own use. The teller did not allow publication.")
            )

    def reject(self, request):
        moderation.reject(self.instance.pk, request.user)
        messages.success(request, _("Rejected. Nothing from it is on the site."))


class StorySubmissionAdmin(ModerationAdmin):
    model = StorySubmission
    menu_label = gettext_lazy("Shared stories")
    menu_icon = "openquote"
    menu_order = 310
    decision_view_class = StoryDecision
    index_view_class = AuditedIndexView
    list_display = ("created_at", "status", "language_name", "publication", "excerpt")
    list_filter = ("status", "language", "publication", "created_at")
    search_fields = ("text", "name", "contact")
    inspect_view_fields = (
        "created_at",
        "status",
        "reviewed_at",
        "language",
        "page_language",
        "text",
        "name",
        "contact",
        "publication",
        "consent_text",
        "story",
        "anonymised",
    )
    list_export = (
        "created_at",
        "status",
        "language",
        "publication",
        "name",
        "contact",
        "text",
        "consent_text",
    )
    export_filename = "shared-stories"

    def excerpt(self, obj):
        return truncatewords(obj.text, 14)

    excerpt.short_description = gettext_lazy("story")

    def exportable(self, queryset):
        return queryset
