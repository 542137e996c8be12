"""What the moderation queues share in the admin (shared stories, messages of welcome, video
answers). Records come from the public forms only and staff never rewrite what people sent:
no add or edit screens. Deciding needs the model's change permission. Each decision is a screen
of its own under the queue's address, opened by a button on the record's row."""

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import re_path
from django.utils.translation import gettext_lazy as _
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import InstanceSpecificView

# A decision's status: its button is left off the rows that already have it.
DECIDED = {"approve": "approved", "reject": "rejected"}


class QueuePermissions(PermissionHelper):
    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_moderate(self, user):
        return self.user_has_specific_permission(user, self.get_perm_codename("change"))


class DecisionButtons(ButtonHelper):
    """For moderators, each decision the record is open to, as a button before the others."""

    def get_buttons_for_obj(self, obj, exclude=None, classnames_add=None, classnames_exclude=None):
        buttons = super().get_buttons_for_obj(obj, exclude, classnames_add, classnames_exclude)
        if self.permission_helper.user_can_moderate(self.request.user):
            for position, (decision, label, title) in enumerate(self.view.model_admin.decisions):
                if obj.status != DECIDED.get(decision):
                    buttons.insert(position, self.decision_button(obj, decision, label, title))
        return buttons

    def decision_button(self, obj, decision, label, title):
        return {
            "url": self.url_helper.get_action_url(decision, quote(obj.pk)),
            "label": label,
            "classname": self.finalise_classname(["button-secondary"]),
            "title": title,
        }


class ModeratorsOnly:
    """For a decision screen: others get 403; the browser's title is the page's."""

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_helper.user_can_moderate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_meta_title(self):
        return self.get_page_title()


class DecisionView(ModeratorsOnly, InstanceSpecificView):
    """Approve or reject one record: GET shows it (`record_template`) and what the decision
    does; POST calls the view's method named for the decision, then goes back to the list."""

    decision = None  # "approve" or "reject"
    titles = {}  # decision: page title
    record_template = None

    def get_page_title(self):
        return self.titles[self.decision]

    def get(self, request, *args, **kwargs):
        context = self.get_context_data(
            decision=self.decision, record_template=self.record_template
        )
        return self.render_to_response(context)

    def post(self, request, *args, **kwargs):
        getattr(self, self.decision)(request)
        return redirect(self.index_url)

    def get_template_names(self):
        return ["campaigns/admin/moderate.html"]


class ModerationAdmin(ModelAdmin):
    """A queue: its decisions (action, button label, button title) in the order of their
    buttons, each served by `decision_view_class` at the action's address."""

    add_to_settings_menu = False
    inspect_view_enabled = True
    permission_helper_class = QueuePermissions
    button_helper_class = DecisionButtons
    decisions = (("approve", _("Approve"), _("Approve")), ("reject", _("Reject"), _("Reject")))
    decision_view_class = DecisionView

    def decision_view(self, decision):
        view_class = type("Decide", (self.decision_view_class,), {"decision": decision})

        def view(request, instance_pk):
            return view_class.as_view(model_admin=self, instance_pk=instance_pk)(request)

        return view

    def get_admin_urls_for_registration(self):
        return super().get_admin_urls_for_registration() + tuple(
            re_path(
                self.url_helper.get_action_url_pattern(decision),
                self.decision_view(decision),
                name=self.url_helper.get_action_url_name(decision),
            )
            for decision, _label, _title in self.decisions
        )
