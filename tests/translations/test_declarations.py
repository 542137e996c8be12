"""Every translatable model says, field by field, what a translator translates and what stays
the same in every language; a new page type or snippet that does not fails here. Settings hold
no words the public reads (those live in translatable snippets)."""

from django.apps import apps
from django.db import models
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import DraftStateMixin, LockableMixin, Page, RevisionMixin, TranslatableMixin

OUR_APPS = {"home", "campaigns", "faq", "journey", "news", "toolkit", "search", "translations"}
# Fields of Wagtail's own mixins: Wagtail and wagtail-localize already decide about them.
WAGTAIL_FIELDS = {
    field.name
    for mixin in (Page, DraftStateMixin, RevisionMixin, LockableMixin)
    for field in mixin._meta.get_fields() if not mixin._meta.abstract
} | {"first_published_at", "last_published_at", "go_live_at", "expire_at", "live",
     "has_unpublished_changes", "latest_revision", "live_revision", "locked", "locked_at",
     "locked_by", "translation_key", "locale"}  # fmt: skip
# Settings fields that are not words: why each stays the same in every language.
LANGUAGE_FREE_SETTINGS = {
    ("home", "sitebranding", "x_handle"): "an account name, the same in every language",
    ("home", "givingsettings", "provider_name"): "a company's name, the same in every language",
    ("home", "givingsettings", "provider_url"): "an address; the provider picks the language",
    ("campaigns", "contactsettings", "notify_email"): "a staff mailbox, never shown to the public",
}


def translatable_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, TranslatableMixin) and model._meta.app_label in OUR_APPS
    ]


def test_every_translatable_model_declares_its_fields_itself():
    assert len(translatable_models()) >= 15
    for model in translatable_models():
        declarer = next(c for c in model.__mro__ if "translatable_fields" in c.__dict__)
        assert declarer.__module__.split(".")[0] in OUR_APPS, (
            f"{model.__name__} relies on wagtail-localize's guesses: declare translatable_fields"
        )


def test_every_field_is_translated_or_kept_the_same_on_purpose():
    unclassified = {}
    assert translatable_models(), "no translatable models: nothing would be checked"
    for model in translatable_models():
        declared = {
            field.field_name
            for field in [
                *model.translatable_fields,
                *getattr(model, "override_translatable_fields", []),
            ]
        }
        own = [
            field.name
            for field in model._meta.get_fields()
            if field.concrete and field.editable and not field.primary_key
            and field.name not in WAGTAIL_FIELDS
        ]  # fmt: skip
        missing = [name for name in own if name not in declared]
        if missing:
            unclassified[model.__name__] = missing
    assert not unclassified, f"say whether these translate or stay the same: {unclassified}"


def test_settings_hold_no_words_the_public_reads():
    assert list(settings_registry), "no settings registered: nothing would be checked"
    for model in settings_registry:
        for field in model._meta.get_fields():
            if isinstance(field, models.CharField | models.TextField) and not field.choices:
                key = (model._meta.app_label, model._meta.model_name, field.name)
                assert key in LANGUAGE_FREE_SETTINGS, (
                    f"{model.__name__}.{field.name} is text in a setting: move it to a snippet"
                )
