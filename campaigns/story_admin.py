"""The moderation queue for shared stories (wagtail-modeladmin), for the Campaign data group:
list, filters, search, a detail view, approve and reject, and an audited export."""

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.defaultfilters import truncatewords
from django.urls import re_path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import InstanceSpecificView

from . import moderation
from .admin_exports import AuditedIndexView
from .models.stories import StorySubmission

Status = StorySubmission.Status


class SubmissionPermissions(PermissionHelper):
    """Stories arrive from the public form only, and staff never rewrite what a teller sent:
    no add or edit screens. Moderating needs the model's change permission."""

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_moderate(self, user):
        return self.user_has_specific_permission(user, self.get_perm_codename("change"))


class SubmissionButtons(ButtonHelper):
    def get_buttons_for_obj(self, obj, exclude=None, classnames_add=None, classnames_exclude=None):
        buttons = super().get_buttons_for_obj(obj, exclude, classnames_add, classnames_exclude)
        if self.permission_helper.user_can_moderate(self.request.user):
            if obj.status != Status.APPROVED:
                buttons.insert(0, self.decision_button(obj, "approve", _("Approve")))
            if obj.status != Status.REJECTED:
                buttons.insert(1, self.decision_button(obj, "reject", _("Reject")))
        return buttons

    def decision_button(self, obj, decision, label):
        return {
            "url": self.url_helper.get_action_url(decision, quote(obj.pk)),
            "label": label,
            "classname": self.finalise_classname(["button-secondary"]),
            "title": label,
        }


class ModerateView(InstanceSpecificView):
    """Shows the story and what the teller allowed; POST records the decision."""

    decision = None  # "approve" or "reject"

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_helper.user_can_moderate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Approve story") if self.decision == "approve" else _("Reject story")

    def get_meta_title(self):
        return self.get_page_title()

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(decision=self.decision))

    def post(self, request, *args, **kwargs):
        if self.decision == "approve":
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
        else:
            moderation.reject(self.instance.pk, request.user)
            messages.success(request, _("Rejected. Nothing from it is on the site."))
        return redirect(self.index_url)

    def get_template_names(self):
        return ["campaigns/admin/moderate.html"]


class StorySubmissionAdmin(ModelAdmin):
    model = StorySubmission
    menu_label = gettext_lazy("Shared stories")
    menu_icon = "openquote"
    menu_order = 310
    add_to_settings_menu = False
    permission_helper_class = SubmissionPermissions
    button_helper_class = SubmissionButtons
    index_view_class = AuditedIndexView
    inspect_view_enabled = True
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

    def decision_view(self, decision):
        def view(request, instance_pk):
            view_class = type("Moderate", (ModerateView,), {"decision": decision})
            return view_class.as_view(model_admin=self, instance_pk=instance_pk)(request)

        return view

    def get_admin_urls_for_registration(self):
        urls = super().get_admin_urls_for_registration()
        return urls + tuple(
            re_path(
                self.url_helper.get_action_url_pattern(decision),
                self.decision_view(decision),
                name=self.url_helper.get_action_url_name(decision),
            )
            for decision in ("approve", "reject")
        )
