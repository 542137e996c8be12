"""Who may do what in the admin, declared once, for every staff group.

This module is the one source: `apply_groups()` gives each group exactly the declared
permissions (anything granted by hand is taken away), and it runs after every `migrate` (a
post_migrate handler, translations/apps.py) and on `manage.py setup_groups` (which also assigns
the review workflow). No migration grants a permission: a migration would have to freeze a copy
of these lists, and two copies drift. A fresh database therefore gets the groups from `migrate`;
page permissions on a language tree follow once that language's home page exists (run
`setup_groups` after adding a language, or `migrate` again).

Wagtail grants page permissions on a subtree, so a language team is a set of locale root pages.
Snippet and image permissions are per model, never per locale or per object: Wagtail offers no
finer grant. So translators hold "change" but not "add" on snippets, and a hook
(translations/wagtail_hooks.py) keeps source-language snippets to those who may add them.
Images and documents cannot be restricted by language at all.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db import transaction
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

# Snippets holding what the public sent in: the Campaign data group publishes them. Translators
# hold "change" on them too, narrowed per story by its permission policy
# (campaigns/story_access.py): translations of published stories only.
PUBLIC_SUBMISSIONS = {"campaigns.story"}
# Models holding personal data of the public: Campaign data's alone.
PERSONAL_DATA = [
    "signature",
    "organisationsignature",
    "storysubmission",
    "newssignup",
    "welcomemessage",
    "contactmessage",
    "videoanswer",
    "callfollowup",
    "dataexport",
]
CAMPAIGN_DATA = "Campaign data"
TRANSLATORS = ["Translators", "Spanish translators"]


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
        "welcomemessage": ["view", "change", "delete"],  # change = approve or reject
        "contactmessage": ["view", "change", "delete"],  # change = the status
        "videoanswer": ["view", "change", "delete"],  # change = review, approve, reject
        "story": ["add", "change", "delete", "publish"],
        "callfollowup": ["view", "delete"],
        "calllog": ["view"],  # counts only, no personal data: the calls report
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
        GroupSpec(CAMPAIGN_DATA, campaign_data_permissions(), [], (), CHOOSE_MEDIA),
    ]


class MissingPermission(LookupError):
    pass


def permission(dotted):
    from django.contrib.auth.models import Permission

    app_label, codename = dotted.split(".")
    try:
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)
    except Permission.DoesNotExist:
        raise MissingPermission(f"No permission {dotted}: run migrate first.") from None


def locale_roots(trees):
    """The pages a group's page permissions apply to."""
    from wagtail.models import Locale, Page

    if not trees:
        return []
    if trees == "all":
        return [Page.get_first_root_node()]
    if trees == "translated":
        try:
            default = Locale.get_default()
        except Locale.DoesNotExist:  # a database migrated before any locale was made
            return []
        locales = Locale.objects.exclude(pk=default.pk)
    else:
        locales = Locale.objects.filter(language_code__in=trees)
    return list(Page.objects.filter(depth=2, locale__in=locales).order_by("path"))


@transaction.atomic
def apply_groups():
    """Create or update every group to hold exactly what group_specs() declares. Returns
    [(group name, created)]."""
    from django.contrib.auth.models import Group
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

    root_collection = Collection.get_first_root_node()
    done = []
    for spec in group_specs():
        group, created = Group.objects.get_or_create(name=spec.name)
        group.permissions.set([permission(p) for p in spec.permissions])

        GroupPagePermission.objects.filter(group=group).delete()
        for page in locale_roots(spec.page_trees):
            for codename in spec.page_permissions:
                GroupPagePermission.objects.create(
                    group=group, page=page, permission=permission(f"wagtailcore.{codename}")
                )

        GroupCollectionPermission.objects.filter(group=group).delete()
        if root_collection is not None:
            for dotted in spec.collection_permissions:
                GroupCollectionPermission.objects.create(
                    group=group, collection=root_collection, permission=permission(dotted)
                )
        done.append((spec.name, created))
    return done


def group_differences():
    """Where the database's groups differ from the declaration: {group name: {what: (held,
    declared)}}. Empty when every group holds exactly what is declared (and no other group
    exists)."""
    from django.contrib.auth.models import Group
    from wagtail.models import GroupCollectionPermission, GroupPagePermission

    def dotted(permission):
        return f"{permission.content_type.app_label}.{permission.codename}"

    specs = {spec.name: spec for spec in group_specs()}
    differences = {}
    for group in Group.objects.prefetch_related("permissions__content_type"):
        spec = specs.pop(group.name, None)
        if spec is None:
            differences[group.name] = {"undeclared group": (True, False)}
            continue
        held = {
            "permissions": {dotted(p) for p in group.permissions.all()},
            "page permissions": {
                (gpp.page_id, gpp.permission.codename)
                for gpp in GroupPagePermission.objects.filter(group=group).select_related(
                    "permission"
                )
            },
            "collection permissions": {
                dotted(gcp.permission)
                for gcp in GroupCollectionPermission.objects.filter(group=group).select_related(
                    "permission__content_type"
                )
            },
        }
        declared = {
            "permissions": set(spec.permissions),
            "page permissions": {
                (page.pk, codename)
                for page in locale_roots(spec.page_trees)
                for codename in spec.page_permissions
            },
            "collection permissions": set(spec.collection_permissions),
        }
        for what in held:
            if held[what] != declared[what]:
                differences.setdefault(group.name, {})[what] = (held[what], declared[what])
    for name in specs:
        differences[name] = {"missing group": (False, True)}
    return differences
