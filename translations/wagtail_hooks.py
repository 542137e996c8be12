from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import PERMISSION, submit_translation_for_review, translation_status


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path("reports/translation-status/", translation_status, name="translation_status"),
        path(
            "translation-review/<int:translation_id>/submit/",
            submit_translation_for_review,
            name="submit_translation_for_review",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translation_status"),
        name="translation-status",
        icon_name="site",
        order=660,
    )
