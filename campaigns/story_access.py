"""Who may open a Story snippet in the admin.

A Story starts as a draft copied from an approved submission: the teller's own words and first
name, not yet edited. Until staff publish it, it belongs to whoever may create stories (the
Campaign data group). Others holding "change" on stories (translators: Wagtail grants snippet
rights per model) may open only a translation of a published story, which is what they are
there to translate; never an unpublished story, nor a story in the language it was told in.

The rule is the model's permission policy, registered with Wagtail (which asks it about one
story in a few places only). The snippet views below ask it for every per-story screen (edit,
history, usage, revisions, delete, lock...), and narrow the listing and the chooser to what it
allows; translations/guards.py puts it in front of wagtail-localize's views.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views import chooser, snippets
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models.stories import Story

TRANSLATOR_ACTIONS = {"change", "view"}


class StoryPermissionPolicy(ModelPermissionPolicy):
    def is_staff(self, user):
        """Story staff: who may create stories, that is, read submissions turned into them."""
        return user.is_active and (user.is_superuser or self.user_has_permission(user, "add"))

    def translations_of_published_stories(self):
        """Stories that are a translation (wagtail-localize made them from a source in another
        language) of a story that is live now."""
        from wagtail_localize.models import TranslationSource

        sources = TranslationSource.objects.filter(
            object_id=OuterRef("translation_key"),
            specific_content_type=ContentType.objects.get_for_model(Story),
        )
        is_source = Exists(sources.filter(locale=OuterRef("locale")))
        live_sources = Story.objects.filter(live=True).filter(is_source)
        return (
            Story.objects.filter(translation_key__in=live_sources.values("translation_key"))
            .exclude(is_source)
            .exclude(pk__in=live_sources.values("pk"))
        )

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if self.is_staff(user):
            return True
        if action not in TRANSLATOR_ACTIONS:
            return False
        return self.translations_of_published_stories().filter(pk=instance.pk).exists()

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(
            self.user_has_permission_for_instance(user, action, instance) for action in actions
        )

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        if self.is_staff(user):
            return instances
        if not TRANSLATOR_ACTIONS & set(actions):
            return instances.none()
        return instances.filter(pk__in=self.translations_of_published_stories().values("pk"))

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])

    def user_may_translate(self, user, instance):
        """Send a story to translation (wagtail-localize copies its text for the translator):
        staff any story, others a published one only, whose text is public already."""
        return self.is_staff(user) or bool(instance.live)

    def names_hidden_from(self, user):
        """For lists naming stories by their source (wagtail-localize's Translations report):
        a condition, on a TranslationSource, true when its story is not published and this
        user is not staff. None when nothing is hidden."""
        if self.is_staff(user):
            return None
        published = Story.objects.filter(
            translation_key=OuterRef("object_id"), locale=OuterRef("locale"), live=True
        )
        return ~Exists(published)

    def user_may_open(self, user, instance):
        return self.user_has_any_permission_for_instance(
            user, ["add", "change", "delete", "publish", "view"], instance
        )

    def stories_user_may_open(self, user):
        return self.instances_user_has_any_permission_for(
            user, ["add", "change", "delete", "publish", "view"]
        )


story_policy = StoryPermissionPolicy(Story)
# Before the snippet's views are made (wagtail.snippets registers them in its ready()).
register_permission_policy(Story, story_policy)


class OnlyStoriesTheUserMayOpen:
    """For a view of one story: the story, if this user may open it; 403 otherwise."""

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        if not story_policy.user_may_open(self.request.user, instance):
            raise PermissionDenied
        return instance


def guarded(view_class):
    return type(view_class.__name__, (OnlyStoriesTheUserMayOpen, view_class), {})


class OnlyStoriesTheUserMayChoose:
    def get_object_list(self):
        return story_policy.stories_user_may_open(self.request.user)


class StoryChooserViewSet(SnippetChooserViewSet):
    choose_view_class = type("ChooseView", (OnlyStoriesTheUserMayChoose, chooser.ChooseView), {})
    choose_results_view_class = type(
        "ChooseResultsView", (OnlyStoriesTheUserMayChoose, chooser.ChooseResultsView), {}
    )
    chosen_view_class = guarded(chooser.SnippetChosenView)


class StoryViewSet(SnippetViewSet):
    """The Story snippet's screens, each narrowed by the policy above (Wagtail's own views ask
    the policy for the model only, not for the story at hand)."""

    model = Story
    chooser_viewset_class = StoryChooserViewSet
    edit_view_class = guarded(snippets.EditView)  # the revert view is made from it
    copy_view_class = guarded(snippets.CopyView)
    delete_view_class = guarded(snippets.DeleteView)
    usage_view_class = guarded(snippets.UsageView)
    history_view_class = guarded(snippets.HistoryView)
    inspect_view_class = guarded(snippets.InspectView)
    revisions_view_class = guarded(snippets.PreviewRevisionView)
    revisions_compare_view_class = guarded(snippets.RevisionsCompareView)
    revisions_unschedule_view_class = guarded(snippets.RevisionsUnscheduleView)
    unpublish_view_class = guarded(snippets.UnpublishView)
    preview_on_edit_view_class = guarded(snippets.PreviewOnEditView)
    lock_view_class = guarded(snippets.LockView)
    unlock_view_class = guarded(snippets.UnlockView)

    def get_queryset(self, request):
        return story_policy.stories_user_may_open(request.user)
