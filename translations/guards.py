"""wagtail-localize's views that show or copy a snippet ask only for "submit translation", which
every translator holds. A snippet model's permission policy may say more about one object (a
story told by a member of the public, see campaigns/story_access.py): these wrappers ask it
first, then hand the request to wagtail-localize's own view unchanged.

- Submitting a snippet for translation copies its text for the translator: the policy's
  `user_may_translate(user, instance)` decides, when the policy has one.
- Updating translations from a source ("Sync translated snippets") likewise, for the source's
  object.
- The snippet list the translation editor offers lists only what the user may open.
- wagtail-localize's Translations report names each translation's source: not a source the
  policy's `names_hidden_from(user)` hides.
- The translation editor's own requests (strings, overrides, PO download and upload, machine
  translation, preview, stop) act on one translation: the user must be allowed to change the
  snippet it makes (wagtail-localize asks about the snippet's model only).
"""

from functools import wraps

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.urls import path
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import (
    edit_translation,
    report,
    snippets_api,
    submit_translations,
    update_translations,
)

ANY_ACTION = ["add", "change", "delete", "view"]


def check_may_translate(user, instance):
    policy = policy_registry.get_by_type(type(instance))
    may_translate = getattr(policy, "user_may_translate", None)
    if may_translate is not None and not may_translate(user, instance):
        raise PermissionDenied


class SubmitSnippetTranslationView(submit_translations.SubmitSnippetTranslationView):
    def get_object(self):
        instance = super().get_object()
        check_may_translate(self.request.user, instance)
        return instance


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    def get_object(self):
        source = super().get_object()
        try:
            instance = source.get_source_instance()
        except ObjectDoesNotExist:  # its object is gone: nothing left to show
            return source
        if not isinstance(instance, Page):  # pages: Wagtail's page permissions apply
            check_may_translate(self.request.user, instance)
        return source


class SnippetsApi(snippets_api.SnippetViewSet):
    def get_queryset(self):
        model = self.get_model()
        policy = policy_registry.get_by_type(model)
        return policy.instances_user_has_any_permission_for(self.request.user, ANY_ACTION)


class TranslationsReportView(report.TranslationsReportView):
    def get_queryset(self):
        queryset = super().get_queryset()
        for model in get_snippet_models():
            hidden_from = getattr(policy_registry.get_by_type(model), "names_hidden_from", None)
            condition = hidden_from(self.request.user) if hidden_from else None
            if condition is not None:
                hidden = TranslationSource.objects.filter(
                    specific_content_type=ContentType.objects.get_for_model(model)
                ).filter(condition)
                queryset = queryset.exclude(source__in=hidden)
        return queryset


def target_snippet_checked(view):
    """The view, once the user may change the snippet this translation makes."""

    @wraps(view)
    def checked(request, translation_id, *args, **kwargs):
        translation = Translation.objects.filter(pk=translation_id).first()
        if translation is not None:
            try:
                instance = translation.get_target_instance()
            except ObjectDoesNotExist:
                instance = None
            if instance is not None and not isinstance(instance, Page):
                policy = policy_registry.get_by_type(type(instance))
                if not policy.user_has_permission_for_instance(request.user, "change", instance):
                    raise PermissionDenied
        return view(request, translation_id, *args, **kwargs)

    return checked


TRANSLATION_VIEWS = [
    ("strings/<int:string_segment_id>/edit/", edit_translation.edit_string_translation),
    ("overrides/<int:overridable_segment_id>/edit/", edit_translation.edit_override),
    ("pofile/download/", edit_translation.download_pofile),
    ("pofile/upload/", edit_translation.upload_pofile),
    ("machine_translate/", edit_translation.machine_translate),
    ("preview/", edit_translation.preview_translation),
    ("preview/<str:mode>/", edit_translation.preview_translation),
    ("disable/", edit_translation.stop_translation),
]


def guarded_localize_urls():
    return [
        *(
            path(f"localize/translate/<int:translation_id>/{route}", target_snippet_checked(view))
            for route, view in TRANSLATION_VIEWS
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            SubmitSnippetTranslationView.as_view(),
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            UpdateTranslationsView.as_view(),
        ),
        path("localize/reports/translations/", TranslationsReportView.as_view()),
        path(
            "localize/reports/translations/results/",
            TranslationsReportView.as_view(results_only=True),
        ),
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/",
            SnippetsApi.as_view({"get": "list"}),
        ),
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
            SnippetsApi.as_view({"get": "retrieve"}),
        ),
    ]
