from django import template
from django.utils.translation import gettext

from ..zip_codes import STATE_NAMES

register = template.Library()


@register.filter
def state_name(code):
    """A US state's name in the visitor's language ('' for an unknown code)."""
    return gettext(STATE_NAMES[code]) if code in STATE_NAMES else ""
