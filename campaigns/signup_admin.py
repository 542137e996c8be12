"""News sign-ups for the Campaign data group: list, filters, search by email, and an audited
CSV/XLSX export of the current filter that only ever contains confirmed addresses."""

from django.utils.translation import gettext_lazy as _
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin

from .admin_exports import AuditedIndexView
from .models.signups import NewsSignup


class SignupPermissions(PermissionHelper):
    """Addresses join only through the double opt-in, never typed in by staff."""

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False


class NewsSignupAdmin(ModelAdmin):
    model = NewsSignup
    menu_label = _("News sign-ups")
    menu_icon = "mail"
    menu_order = 320
    permission_helper_class = SignupPermissions
    index_view_class = AuditedIndexView
    inspect_view_enabled = True
    list_display = ("email", "language_name", "status", "created_at", "confirmed_at")
    list_filter = ("status", "language", "created_at", "confirmed_at")
    search_fields = ("email",)
    inspect_view_fields = (
        "email",
        "language",
        "status",
        "created_at",
        "confirmed_at",
        "consent_text",
    )
    list_export = ("email", "language", "confirmed_at", "consent_text")
    export_filename = "news-signups-confirmed"

    def exportable(self, queryset):
        """Whatever the filter, an address that was never confirmed does not leave the site."""
        return queryset.filter(status=NewsSignup.Status.CONFIRMED)
