"""A modeladmin index whose CSV/XLSX export of the current filter is recorded in Wagtail's
audit log (who, when, what, how many rows), and may narrow what leaves the site."""

from wagtail.log_actions import log
from wagtail_modeladmin.views import IndexView

EXPORT_ACTION = "campaigns.export"


class AuditedExportIndexView(IndexView):
    def as_spreadsheet(self, queryset, spreadsheet_format):
        queryset = self.model_admin.exportable(queryset)
        rows = queryset.count()
        log(
            instance=self.request.user,  # the record is about who exported; data says what
            action=EXPORT_ACTION,
            user=self.request.user,
            data={
                "model": self.model._meta.label,
                "format": spreadsheet_format,
                "rows": rows,
                # Which filters were on, never their values: a search may be an address.
                "filters": sorted(self.params.keys()),
            },
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)
