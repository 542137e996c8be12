"""Links that point at a page of this site (followed into the visitor's language) or a URL."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from . import choosers


class LinkValue(blocks.StructValue):
    """A chosen page is linked in the visitor's language when a translation is live.

    `home.streams.prepare_stream` fills `localized_page` for every link of a page in one
    query; the property falls back to one query per link when it has not run (previews).
    """

    @property
    def target_page(self):
        page = self.get("page")
        if not page:
            return None
        if hasattr(self, "localized_page"):
            return self.localized_page
        return page.localized

    @property
    def href(self):
        page = self.target_page
        if page is not None:
            return page.url
        return self.get("url") or ""

    @property
    def label(self):
        page = self.target_page
        return self.get("text") or (page.title if page is not None else self.get("url", ""))


class LinkBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Link text"), max_length=120, required=False)
    page = choosers.PageChooserBlock(label=_("Page on this site"), required=False)
    url = blocks.URLBlock(label=_("Or an address elsewhere"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or give an address, not both and not neither.")
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(message), "url": ValidationError(message)}
            )
        if value.get("url") and not value.get("text"):
            raise StructBlockValidationError(
                block_errors={"text": ValidationError(_("A link to an address needs link text."))}
            )
        return value

    class Meta:
        value_class = LinkValue
        icon = "link"
        label = _("Link")
        form_classname = "link-block"
