"""Who stands with us and whom to call: partner logos, signatories, press contacts."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .choosers import ImageBlock
from .indexing import SearchTextOnly


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=200)
    logo = ImageBlock(required=False)
    url = blocks.URLBlock(required=False)
    place = blocks.CharBlock(required=False, max_length=120, help_text=_("City or country"))


class PartnerListBlock(SearchTextOnly, blocks.StructBlock):
    not_searched = ("display",)

    heading = blocks.CharBlock(required=False, max_length=160)
    display = blocks.ChoiceBlock(
        choices=[("logos", _("Logos")), ("names", _("List of names"))], default="logos"
    )
    partners = blocks.ListBlock(PartnerBlock(), min_num=1)

    class Meta:
        icon = "group"
        template = "blocks/partner_list.html"
        description = _("Partner organisations or signatories, as logos or a list of names.")
        preview_value = {
            "heading": "Signed by",
            "display": "names",
            "partners": [
                {"name": "Welcome Network", "place": "El Paso"},
                {"name": "Frontera Legal Aid", "place": "Tijuana"},
            ],
        }


class ContactCardBlock(SearchTextOnly, blocks.StructBlock):
    not_searched = ("email", "phone")

    heading = blocks.CharBlock(required=False, max_length=160, default="")
    name = blocks.CharBlock(max_length=120)
    role = blocks.CharBlock(required=False, max_length=160)
    email = blocks.EmailBlock(required=False)
    phone = blocks.CharBlock(required=False, max_length=40)
    languages = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Languages this contact speaks")
    )

    class Meta:
        icon = "user"
        template = "blocks/contact_card.html"
        description = _("A press or campaign contact with email and phone.")
        preview_value = {
            "heading": "Press contact",
            "name": "Ana Ruiz",
            "role": "Communications",
            # A sample address no mail can reach: .invalid is reserved for names that never exist.
            "email": "press@borderhumanity.invalid",
            "phone": "+1 555 0100",
            "languages": "English, Español",
        }
