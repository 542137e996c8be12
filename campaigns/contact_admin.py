"""Contact messages for the Campaign data group: list, filters, private search, a detail view,
the status (new, answered, closed) as the only thing staff change, and an audited export whose
topic and status read as words, not codes."""

from django.template.defaultfilters import truncatewords
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin

from .admin_exports import AuditedIndexView
from .models.contact import ContactMessage


class MessagePermissions(PermissionHelper):
    """Messages arrive from the public form only; staff never rewrite what someone sent."""

    def user_can_create(self, user):
        return False


class ContactMessageAdmin(ModelAdmin):
    model = ContactMessage
    menu_label = _("Contact messages")
    menu_icon = "mail"
    menu_order = 330
    permission_helper_class = MessagePermissions
    index_view_class = AuditedIndexView
    inspect_view_enabled = True
    list_per_page = 50
    list_display = ("created_at", "status", "topic", "name", "email", "excerpt")
    list_filter = ("status", "topic", "language", "created_at")
    search_fields = ("name", "email", "message")
    # The edit screen changes the status only.
    panels = [FieldPanel("status")]
    inspect_view_fields = (
        "created_at",
        "status",
        "topic",
        "language",
        "name",
        "email",
        "message",
        "consent_text",
    )
    list_export = (
        "created_at",
        "status_label",
        "topic_label",
        "language",
        "name",
        "email",
        "message",
        "consent_text",
    )
    export_filename = "contact-messages"

    def excerpt(self, obj):
        return truncatewords(obj.message, 14)

    excerpt.short_description = _("message")

    def status_label(self, obj):
        return obj.get_status_display()

    status_label.short_description = _("status")

    def topic_label(self, obj):
        return obj.get_topic_display()

    topic_label.short_description = _("topic")
