"""The moderation queue for messages of welcome (wagtail-modeladmin), for the Campaign data
group: list, filters, private search, a detail view, approve or reject one message, review
several at once, and deletion on request. Printing and CSV: campaigns/welcome_delivery.py."""

from django.contrib import messages
from django.contrib.admin import SimpleListFilter
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.defaultfilters import truncatewords
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.models import Locale

from . import welcome_moderation as moderation
from .admin_exports import AuditedIndexView
from .models.welcome import WelcomeMessage, WelcomePage
from .moderation_admin import DecisionView, ModerationAdmin

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


class MessageIndexView(AuditedIndexView):
    template_name = "campaigns/admin/welcome_index.html"


class WelcomeDecision(DecisionView):
    """Shows the message and what its writer allowed; POST records the decision."""

    titles = {
        "approve": gettext_lazy("Approve message"),
        "reject": gettext_lazy("Reject message"),
    }
    record_template = "campaigns/admin/welcome_decision.html"

    def approve(self, request):
        moderation.approve([self.instance.pk], request.user)
        if self.instance.show_on_page:
            messages.success(request, _("Approved. It is now shown on the welcome page."))
        else:
            messages.success(
                request, _("Approved for delivery only. The writer did not ask to show it.")
            )

    def reject(self, request):
        moderation.reject([self.instance.pk], request.user)
        messages.success(request, _("Rejected. It is neither shown nor delivered."))


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


class WelcomeMessageAdmin(ModerationAdmin):
    """Deleting a message (on its writer's request) needs the model's delete permission."""

    model = WelcomeMessage
    menu_label = gettext_lazy("Messages of welcome")
    menu_icon = "openquote"
    menu_order = 315
    decision_view_class = WelcomeDecision
    index_view_class = MessageIndexView
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

    def get_admin_urls_for_registration(self):
        from .welcome_delivery import delivery_urls

        review = path(
            "campaigns/welcomemessage/review/", review_several, name="campaigns_welcome_review"
        )
        return super().get_admin_urls_for_registration() + (review, *delivery_urls())
