"""Exports of personal data from the admin: only for those allowed, and each one recorded."""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail_modeladmin.views import IndexView

from .admin_search import PrivateSearchMixin
from .models.exports import DataExport
from .spreadsheets import safe_cell

EXPORT_ACTION = "campaigns.export"


class AuditedIndexView(PrivateSearchMixin, IndexView):
    """The modeladmin list; its CSV/XLSX export of the current filter writes a DataExport row
    and an audit-log entry (who, when, which filters, how many rows) before the file leaves.
    A model admin may narrow what can leave with `exportable(queryset)`. Its search is
    private (see admin_search)."""

    def as_spreadsheet(self, queryset, spreadsheet_format):
        narrow = getattr(self.model_admin, "exportable", None)
        if narrow is not None:
            queryset = narrow(queryset)
        # Which filters were on, never their values: a search may be an email address.
        filters = ", ".join(sorted(key for key in self.params if key != "export"))
        record = DataExport.objects.create(
            user=self.request.user,
            what=str(self.model._meta.verbose_name_plural),
            file_format=spreadsheet_format,
            filters=filters[:500],
            rows=queryset.count(),
        )
        log(record, EXPORT_ACTION, user=self.request.user, data={"rows": record.rows})
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def preprocess_field_value(self, field, value, export_format):
        return safe_cell(super().preprocess_field_value(field, value, export_format))


def register_export_action(actions):
    actions.register_action(EXPORT_ACTION, _("Export personal data"), _("Personal data exported"))
