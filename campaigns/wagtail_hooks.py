from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from .admin_export import EXPORT_ACTION
from .moderation import APPROVE_ACTION, REJECT_ACTION
from .signup_admin import NewsSignupAdmin
from .story_admin import StorySubmissionAdmin

modeladmin_register(StorySubmissionAdmin)
modeladmin_register(NewsSignupAdmin)


@hooks.register("register_log_actions")
def campaign_log_actions(actions):
    actions.register_action(EXPORT_ACTION, _("Export personal data"), _("Personal data exported"))
    actions.register_action(APPROVE_ACTION, _("Approve story"), _("Story approved"))
    actions.register_action(REJECT_ACTION, _("Reject story"), _("Story rejected"))
