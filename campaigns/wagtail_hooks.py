"""The staff side of campaigns: signatures, organisations, stories, messages of welcome,
sign-ups, contact messages and exports, for the Campaign data group only (model permissions
decide who sees each screen), and the dashboard panel."""

from django.contrib.admin import SimpleListFilter
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from .admin_exports import AuditedIndexView, register_export_action
from .call_admin import PERMISSION as CALLS_PERMISSION
from .call_admin import CallFollowUpAdmin, call_report_urls, calls_menu_item
from .contact_admin import ContactMessageAdmin
from .dashboard import ActionsPanel
from .delivery import delivery_urls
from .models import ActionPage, CallPage, DataExport, OrganisationSignature, Signature
from .moderation import APPROVE_ACTION, REJECT_ACTION
from .signup_admin import NewsSignupAdmin
from .story_admin import StorySubmissionAdmin
from .video_admin import VideoAnswerAdmin, staff_urls
from .video_review import APPROVE_ACTION as VIDEO_APPROVE
from .video_review import REJECT_ACTION as VIDEO_REJECT
from .welcome_admin import WelcomeMessageAdmin
from .welcome_moderation import APPROVE_ACTION as WELCOME_APPROVE
from .welcome_moderation import REJECT_ACTION as WELCOME_REJECT


class ActionFilter(SimpleListFilter):
    title = _("action")
    parameter_name = "action"

    def lookups(self, request, model_admin):
        sources = ActionPage.objects.filter(locale__language_code="en").order_by("title")
        return [(str(page.translation_key), page.title) for page in sources]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(page_key=self.value())
        return queryset


class PersonalDataAdmin(ModelAdmin):
    index_view_class = AuditedIndexView
    inspect_view_enabled = True
    list_per_page = 50

    def action_title(self, obj):
        return obj.action_page.title if obj.action_page_id else ""

    action_title.short_description = _("action")

    def country_name(self, obj):
        return obj.country.name

    country_name.short_description = _("country")


class SignatureAdmin(PersonalDataAdmin):
    model = Signature
    menu_label = _("Signatures")
    menu_icon = "form"
    list_display = (
        "first_name",
        "last_name",
        "email",
        "country",
        "language",
        "contact_consent",
        "created_at",
        "confirmed_at",
    )
    list_filter = (ActionFilter, "confirmed_at", "language", "contact_consent", "created_at")
    search_fields = ("email",)
    list_select_related = ("action_page",)
    list_export = (
        "action_title",
        "first_name",
        "last_name",
        "email",
        "postal_code",
        "state",
        "country_name",
        "language",
        "comment",
        "contact_consent",
        "consent_text",
        "created_at",
        "confirmed_at",
    )
    export_filename = "signatures"


class OrganisationSignatureAdmin(PersonalDataAdmin):
    model = OrganisationSignature
    menu_label = _("Organisations")
    menu_icon = "group"
    list_display = (
        "organisation",
        "city",
        "country",
        "contact_email",
        "approved",
        "created_at",
        "confirmed_at",
    )
    list_filter = (ActionFilter, "approved", "confirmed_at", "language", "contact_consent")
    search_fields = ("contact_email", "organisation")
    list_export = (
        "action_title",
        "organisation",
        "city",
        "country_name",
        "contact_name",
        "contact_email",
        "approved",
        "language",
        "contact_consent",
        "consent_text",
        "created_at",
        "confirmed_at",
    )
    export_filename = "organisations"
    form_fields_exclude = ("page_key", "action_page", "anonymised")


class ReadOnlyPermissions(PermissionHelper):
    """The export log is written by exports only: nobody adds, edits or deletes entries."""

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class DataExportAdmin(ModelAdmin):
    model = DataExport
    permission_helper_class = ReadOnlyPermissions
    menu_label = _("Export log")
    menu_icon = "history"
    list_display = ("created_at", "user", "what", "file_format", "rows", "filters")
    list_filter = ("what", "created_at")


@modeladmin_register
class CampaignDataGroup(ModelAdminGroup):
    menu_label = _("Campaign data")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (
        SignatureAdmin,
        OrganisationSignatureAdmin,
        StorySubmissionAdmin,
        WelcomeMessageAdmin,
        VideoAnswerAdmin,
        NewsSignupAdmin,
        CallFollowUpAdmin,
        ContactMessageAdmin,
        DataExportAdmin,
    )


@hooks.register("register_log_actions")
def campaign_log_actions(actions):
    register_export_action(actions)
    actions.register_action(APPROVE_ACTION, _("Approve story"), _("Story approved"))
    actions.register_action(REJECT_ACTION, _("Reject story"), _("Story rejected"))
    actions.register_action(WELCOME_APPROVE, _("Approve message"), _("Message approved"))
    actions.register_action(WELCOME_REJECT, _("Reject message"), _("Message rejected"))
    actions.register_action(VIDEO_APPROVE, _("Approve video"), _("Video approved"))
    actions.register_action(VIDEO_REJECT, _("Reject video"), _("Video rejected"))


@hooks.register("construct_homepage_panels")
def add_actions_panel(request, panels):
    panels.append(ActionsPanel())


@hooks.register("register_admin_urls")
def register_delivery_urls():
    return delivery_urls() + staff_urls()


@hooks.register("register_admin_urls")
def register_call_report_urls():
    return call_report_urls()


@hooks.register("register_admin_menu_item")
def register_calls_menu_item():
    return calls_menu_item()


@hooks.register("register_page_header_buttons")
def delivery_button(page, user, view_name=None, next_url=None):
    specific = page.specific_deferred
    if isinstance(specific, ActionPage) and specific.kind == "targeted":
        if user.has_perm("campaigns.view_signature"):
            yield Button(
                _("Delivery"),
                reverse("campaigns_delivery", args=[page.pk]),
                icon_name="mail",
                priority=50,
            )


@hooks.register("register_page_header_buttons")
def calls_button(page, user, view_name=None, next_url=None):
    specific = page.specific_deferred
    if isinstance(specific, CallPage) and user.has_perm(CALLS_PERMISSION):
        yield Button(
            _("Calls"),
            reverse("campaigns_call_report") + f"?page={page.translation_key}",
            icon_name="mobile-alt",
            priority=50,
        )
