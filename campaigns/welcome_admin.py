"""The moderation queue for messages of welcome (wagtail-modeladmin), for the Campaign data
group: list, filters, private search, a detail view, approve or reject one message, review
several at once, and deletion on request. Printing and CSV: campaigns/welcome_delivery.py."""

from django.contrib import messages
from django.contrib.admin import SimpleListFilter
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.defaultfilters import truncatewords
from django.template.response import TemplateResponse
from django.urls import path, re_path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.models import Locale
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import InstanceSpecificView

from . import welcome_moderation as moderation
from .admin_exports import AuditedIndexView
from .models.welcome import WelcomeMessage, WelcomePage

Status = WelcomeMessage.Status
MODERATE = "campaigns.change_welcomemessage"
REVIEW_AT_ONCE = 100


def user_can_moderate(user):
    return user.has_perm(MODERATE)


class WelcomePageFilter(SimpleListFilter):
    title = gettext_lazy("welcome page")
    parameter_name = "page"

    def lookups(self, request, model_admin):
        pages = WelcomePage.objects.filter(locale=Locale.get_default()).order_by("title")
        return [(str(page.translation_key), page.title) for page in pages]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(page_key=self.value())
        return queryset


class MessagePermissions(PermissionHelper):
    """Messages come from the public form only, and staff never rewrite them: no add or edit
    screens. Deleting (on the writer's request) needs the model's delete permission."""

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False


class MessageButtons(ButtonHelper):
    def get_buttons_for_obj(self, obj, exclude=None, classnames_add=None, classnames_exclude=None):
        buttons = super().get_buttons_for_obj(obj, exclude, classnames_add, classnames_exclude)
        if user_can_moderate(self.request.user):
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


class MessageIndexView(AuditedIndexView):
    template_name = "campaigns/admin/welcome_index.html"


class ModerateView(InstanceSpecificView):
    """Shows the message and what its writer allowed; POST records the decision."""

    decision = None  # "approve" or "reject"

    def dispatch(self, request, *args, **kwargs):
        if not user_can_moderate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Approve message") if self.decision == "approve" else _("Reject message")

    def get_meta_title(self):
        return self.get_page_title()

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(decision=self.decision))

    def post(self, request, *args, **kwargs):
        if self.decision == "approve":
            moderation.approve([self.instance.pk], request.user)
            if self.instance.show_on_page:
                messages.success(request, _("Approved. It is now shown on the welcome page."))
            else:
                messages.success(
                    request, _("Approved for delivery only. The writer did not ask to show it.")
                )
        else:
            moderation.reject([self.instance.pk], request.user)
            messages.success(request, _("Rejected. It is neither shown nor delivered."))
        return redirect(self.index_url)

    def get_template_names(self):
        return ["campaigns/admin/welcome_moderate.html"]


def review_several(request):
    """New messages, oldest first, each with a box: approve or reject the ticked ones."""
    if not user_can_moderate(request.user):
        raise PermissionDenied
    index_url = reverse("campaigns_welcomemessage_modeladmin_index")
    if request.method == "POST":
        ids = [int(i) for i in request.POST.getlist("message") if i.isdigit()]
        rejecting = request.POST.get("decision") == "reject"
        decide = moderation.reject if rejecting else moderation.approve
        done = decide(ids, request.user)
        messages.success(
            request,
            ngettext("%(count)d message decided.", "%(count)d messages decided.", done)
            % {"count": done},
        )
        return redirect(request.path)
    waiting = WelcomeMessage.objects.filter(status=Status.NEW).order_by("created_at")
    total = waiting.count()
    return TemplateResponse(
        request,
        "campaigns/admin/welcome_review.html",
        {
            "waiting": waiting[:REVIEW_AT_ONCE],
            "total": total,
            "index_url": index_url,
        },
    )


class WelcomeMessageAdmin(ModelAdmin):
    model = WelcomeMessage
    menu_label = gettext_lazy("Messages of welcome")
    menu_icon = "openquote"
    menu_order = 315
    add_to_settings_menu = False
    permission_helper_class = MessagePermissions
    button_helper_class = MessageButtons
    index_view_class = MessageIndexView
    inspect_view_enabled = True
    list_per_page = 50
    list_display = (
        "created_at",
        "status",
        "first_name",
        "town",
        "language_name",
        "show_on_page",
        "excerpt",
    )
    list_filter = (WelcomePageFilter, "status", "language", "show_on_page", "created_at")
    search_fields = ("first_name", "town", "message")
    inspect_view_fields = (
        "created_at",
        "status",
        "reviewed_at",
        "language",
        "first_name",
        "town",
        "message",
        "show_on_page",
        "consent_text",
    )

    def excerpt(self, obj):
        return truncatewords(obj.message, 14)

    excerpt.short_description = gettext_lazy("message")

    def decision_view(self, decision):
        def view(request, instance_pk):
            view_class = type("Moderate", (ModerateView,), {"decision": decision})
            return view_class.as_view(model_admin=self, instance_pk=instance_pk)(request)

        return view

    def get_admin_urls_for_registration(self):
        from .welcome_delivery import delivery_urls

        urls = super().get_admin_urls_for_registration()
        decisions = tuple(
            re_path(
                self.url_helper.get_action_url_pattern(decision),
                self.decision_view(decision),
                name=self.url_helper.get_action_url_name(decision),
            )
            for decision in ("approve", "reject")
        )
        review = path(
            "campaigns/welcomemessage/review/", review_several, name="campaigns_welcome_review"
        )
        return urls + decisions + (review, *delivery_urls())
