"""Numbers, percentages and dates as the reader's language writes them: the one rule the whole
site uses (counters, statistics, toolkit character counts, social cards, the news list).

- Separators are Django's locale formats, grouping forced: 12,345.5 in English, 12 345,5 in
  Spanish (a no-break space, as the RAE and Django's `es` formats write it).
- Spanish leaves four-digit numbers ungrouped (RAE: 2023, 1250), from 10 000 on it groups.
- A percentage is the catalogue's "{number}%" (context "percentage"): "45%" in English,
  "45 %" in Spanish (a no-break space before the sign, per the RAE).
- Dates are Django's DATE_FORMAT of the language: "July 11, 2022", "11 de julio de 2022".

`figure()` is for what editors type: a statistic such as "23,753" or "62%" written the English
way is re-written for the reader; anything else ("$24 billion", "1 in 4") is left as typed.
"""

import re
from decimal import Decimal, InvalidOperation

from django.utils import formats, translation
from django.utils.translation import pgettext

NO_BREAK_SPACE = "\u00a0"

# Languages whose four-digit numbers are not grouped.
UNGROUPED_BELOW = {"es": 10000}

# An English-written figure: 23,753 or 4.5 or 62% or ~100%. "23.753" (three digits after a point)
# is left alone: it may be a Spanish thousand, not a decimal.
ENGLISH_FIGURE = re.compile(r"^([~≈+]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}|\d{4,}))?(\s?%)?$")


def _language(language):
    return (language or translation.get_language() or "en").split("-")[0]


def number(value, decimals=None, language=None):
    """`value` (int, float, Decimal or a numeric string) written for `language` (default: the
    active one). `decimals` fixes the digits after the separator."""
    code = _language(language)
    try:
        group = abs(Decimal(str(value))) >= UNGROUPED_BELOW.get(code, 0)
    except InvalidOperation:
        group = True
    with translation.override(code):
        return formats.number_format(
            value, decimal_pos=decimals, use_l10n=True, force_grouping=group
        )


def percent(value, decimals=None, language=None):
    """`value` percent, e.g. 45 -> "45%" (English), "45 %" (Spanish)."""
    code = _language(language)
    shown = number(value, decimals, code)
    with translation.override(code):
        return pgettext("percentage", "{number}%").format(number=shown)


def day(value, language=None):
    """A date in the language's long form."""
    with translation.override(_language(language)):
        return formats.date_format(value, "DATE_FORMAT")


def figure(text, language=None):
    """An editor's figure re-written for the reader when it is a plain English-written number
    or percentage; any other text unchanged."""
    text = (text or "").strip()
    match = ENGLISH_FIGURE.match(text)
    if not match:
        return text
    prefix, whole, fraction, sign = match.groups()
    digits = whole.replace(",", "") + (f".{fraction}" if fraction else "")
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return text
    decimals = len(fraction) if fraction else 0
    if sign:
        return prefix + percent(value, decimals, language)
    return prefix + number(value, decimals, language)
