from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import StaleReviewView


@hooks.register("register_admin_urls")
def register_stale_review_urls():
    return [
        path("reports/answers-due-for-review/", StaleReviewView.as_view(), name="faq_stale_review"),
        path(
            "reports/answers-due-for-review/results/",
            StaleReviewView.as_view(results_only=True),
            name="faq_stale_review_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_stale_review_menu_item():
    return MenuItem(
        _("Answers due for review"),
        reverse("faq_stale_review"),
        name="answers-due-for-review",
        icon_name="warning",
        order=650,
    )
