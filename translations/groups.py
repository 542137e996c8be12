"""Who may do what in the admin, declared once; `manage.py setup_groups` applies it.

Each group's permissions are set exactly (anything granted by hand is taken away on the next
run), so this file is the one place to read what a group can do.

Wagtail grants page permissions on a subtree, so a language team is a set of locale root pages.
Snippet and image permissions are per model, never per locale or per object: Wagtail offers no
finer grant. So translators hold "change" but not "add" on snippets, and a hook
(translations/wagtail_hooks.py) keeps source-language snippets to those who may add them.
Images and documents cannot be restricted by language at all.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import get_snippet_models

ACCESS_ADMIN = "wagtailadmin.access_admin"
SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"
MEDIA = [
    "wagtailimages.add_image", "wagtailimages.change_image", "wagtailimages.delete_image",
    "wagtailimages.choose_image", "wagtaildocs.add_document", "wagtaildocs.change_document",
    "wagtaildocs.delete_document", "wagtaildocs.choose_document",
]  # fmt: skip
MEDIA_COLLECTION = [
    "wagtailimages.add_image", "wagtailimages.change_image", "wagtailimages.choose_image",
    "wagtaildocs.add_document", "wagtaildocs.change_document", "wagtaildocs.choose_document",
]  # fmt: skip
CHOOSE_MEDIA = ["wagtailimages.choose_image", "wagtaildocs.choose_document"]

# Snippets holding what the public sent in: the Campaign data group publishes them.
PUBLIC_SUBMISSIONS = {"campaigns.story"}


@dataclass
class GroupSpec:
    name: str
    permissions: list[str] = field(default_factory=list)
    # Page permission codenames and the trees they apply to ("all": the root page; "translated":
    # every non-default locale's root; a language code: that locale's root).
    page_permissions: list[str] = field(default_factory=list)
    page_trees: str | tuple[str, ...] = ()
    collection_permissions: list[str] = field(default_factory=list)


def snippet_permissions(actions, translatable_only=False, exclude=PUBLIC_SUBMISSIONS):
    """Permissions on every registered snippet model: new snippets follow without a change here."""
    perms = []
    for model in get_snippet_models():
        label = model._meta.label_lower
        if label in exclude or (translatable_only and not issubclass(model, TranslatableMixin)):
            continue
        perms += [
            f"{model._meta.app_label}.{action}_{model._meta.model_name}" for action in actions
        ]
    return perms


def campaign_data_permissions():
    perms = [ACCESS_ADMIN, *CHOOSE_MEDIA]
    grants = {
        "signature": ["view", "change", "delete"],
        "organisationsignature": ["view", "change", "delete"],
        "dataexport": ["view"],
        "storysubmission": ["view", "change", "delete"],  # change = approve or reject
        "newssignup": ["view", "delete"],
        "story": ["add", "change", "delete", "publish"],
    }
    for model, actions in grants.items():
        apps.get_model("campaigns", model)  # fails loudly if a model is renamed
        perms += [f"campaigns.{action}_{model}" for action in actions]
    return perms


def translator_page_permissions():
    """With the review workflow on, a translation is submitted, and a moderator publishes it."""
    if settings.TRANSLATION_REVIEW_WORKFLOW:
        return ["add_page", "change_page"]
    return ["add_page", "change_page", "publish_page"]


def translator_permissions():
    # No settings, no campaigns data, no source-language pages. Snippets: the translatable ones,
    # edit only (wagtail-localize creates a snippet's translation on "submit_translation").
    return [
        ACCESS_ADMIN,
        SUBMIT_TRANSLATION,
        *CHOOSE_MEDIA,
        *snippet_permissions(["change"], translatable_only=True, exclude=()),
    ]


def group_specs():
    content_snippets = snippet_permissions(["add", "change", "delete"])
    return [
        GroupSpec(
            "Editors",
            [ACCESS_ADMIN, SUBMIT_TRANSLATION, *MEDIA, *content_snippets],
            ["add_page", "change_page"],
            "all",
            MEDIA_COLLECTION,
        ),
        GroupSpec(
            "Moderators",
            [ACCESS_ADMIN, SUBMIT_TRANSLATION, *MEDIA, *content_snippets],
            ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
            "all",
            MEDIA_COLLECTION,
        ),
        GroupSpec(
            "Translators",
            translator_permissions(),
            translator_page_permissions(),
            "translated",
            CHOOSE_MEDIA,
        ),
        # How a per-language team is set up: the same rights, on the Spanish tree only.
        GroupSpec(
            "Spanish translators",
            translator_permissions(),
            translator_page_permissions(),
            ("es",),
            CHOOSE_MEDIA,
        ),
        GroupSpec("Campaign data", campaign_data_permissions(), [], (), CHOOSE_MEDIA),
    ]
