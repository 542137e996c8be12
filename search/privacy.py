"""What may be counted of a search term: nothing that could reach back to a person."""

import re

MAX_TERM_LENGTH = 100
EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]{2,}")
# Seven or more digits, whatever separates them: phone numbers, case or alien numbers.
PHONE = re.compile(r"(?:\+?\d[\s().\-/]*){7,}")


def normalise_term(query):
    return " ".join(query.casefold().split())[:MAX_TERM_LENGTH]


def contains_personal_data(text):
    return bool(EMAIL.search(text) or PHONE.search(text))


def recordable_term(query):
    """The term to count for `query`, or None when it must not be recorded at all."""
    if contains_personal_data(query):
        return None
    term = normalise_term(query)
    return term or None
