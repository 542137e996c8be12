from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Locale, TranslatableMixin
from wagtail.snippets.permissions import get_permission_name

from .guards import guarded_localize_urls
from .views import PERMISSION, submit_translation_for_review, translation_status


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_urls")
def register_translation_status_url():
    # Listed before wagtail-localize's own URLs (this app comes first in INSTALLED_APPS), so
    # the guarded versions of a few of its views answer those addresses.
    return [
        *guarded_localize_urls(),
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


@hooks.register("before_edit_snippet")
def source_language_snippets_belong_to_their_authors(request, instance):
    """Wagtail grants snippet rights per model, so a translator's "change" would reach the
    English snippets too. Here editing a snippet in the source language takes the right to
    create one ("add"), which editors hold and translators do not; translations are unaffected.
    """
    if not isinstance(instance, TranslatableMixin):
        return None
    if instance.locale_id != Locale.get_default().pk:
        return None
    if not request.user.has_perm(get_permission_name("add", type(instance))):
        raise PermissionDenied
    return None
