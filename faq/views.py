"""Reports → Answers due for review: FAQ pages and guides whose legal check is too old."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page

from .models import FAQPage, KnowYourRightsPage, review_period


def stale_pages(today=None):
    """Pages (FAQ and guides, every language) never reviewed or reviewed before the period."""
    today = today or timezone.localdate()
    cutoff = today - review_period()
    pks = []
    for model in (FAQPage, KnowYourRightsPage):
        pks += model.objects.filter(last_reviewed__isnull=True).values_list("pk", flat=True)
        pks += model.objects.filter(last_reviewed__lt=cutoff).values_list("pk", flat=True)
    return Page.objects.filter(pk__in=pks)


class StaleReviewView(PageReportView):
    page_title = _("Answers due for review")
    header_icon = "warning"
    index_url_name = "faq_stale_review"
    index_results_url_name = "faq_stale_review_results"
    results_template_name = "faq/admin/stale_review_results.html"
    list_export = PageReportView.list_export + ["last_reviewed", "reviewed_by"]
    export_headings = {
        **PageReportView.export_headings,
        "last_reviewed": _("Last reviewed"),
        "reviewed_by": _("Reviewed by"),
    }

    def get_filename(self):
        return f"answers-due-for-review-{timezone.localdate().isoformat()}"

    def get_queryset(self):
        self.queryset = stale_pages().specific().select_related("locale").order_by("path")
        return super().get_queryset()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["review_days"] = review_period().days
        return context
