"""Public office phone numbers of decision makers: checked when saved, stored in one form
(+ and digits, the form a `tel:` link dials), shown the way people read them."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# What people type between digits: spaces, dots, dashes, brackets.
SEPARATORS = re.compile(r"[\s().\-]")


def normalise_phone(value):
    """'(202) 555-0143' → '+12025550143'; an international number keeps its own code. ''
    stays ''. Raises ValidationError for anything that is not a dialable number."""
    value = (value or "").strip()
    if not value:
        return ""
    plus = value.startswith("+")
    digits = SEPARATORS.sub("", value[1:] if plus else value)
    if not digits.isdigit():
        raise ValidationError(_("Enter a phone number: digits, spaces and dashes only."))
    if not plus:
        # A US number: ten digits, or eleven starting with the country code 1.
        if len(digits) == 11 and digits.startswith("1"):
            digits = digits[1:]
        if len(digits) != 10:
            raise ValidationError(_("Enter a US number with its area code, or start with +."))
        digits = "1" + digits
    if not 8 <= len(digits) <= 15:
        raise ValidationError(_("Enter a phone number: digits, spaces and dashes only."))
    return "+" + digits


def validate_phone(value):
    normalise_phone(value)


def display_phone(stored):
    """'+12025550143' → '(202) 555-0143'; other countries as stored."""
    if len(stored) == 12 and stored.startswith("+1"):
        return f"({stored[2:5]}) {stored[5:8]}-{stored[8:]}"
    return stored
