"""Language names inside a sentence of the reader's language: "in English", "en inglés".

Spanish (and the other languages listed here) writes language names in lower case in running
text; Django's own names are capitalised ("Inglés") because they head menus. A name an editor
typed ("Español") is lowered the same way.
"""

from django.utils import translation
from django.utils.translation import get_language_info

LOWER_CASE_NAMES = {"es", "fr", "it", "pt", "ca", "gl", "ro"}


def language_in_text(code_or_name):
    """The language's name for the active language's running text: a code ("en") gives its
    translated name, anything else is taken as a name already."""
    value = str(code_or_name or "").strip()
    try:
        name = str(get_language_info(value)["name_translated"])
    except KeyError:
        name = value
    reader = (translation.get_language() or "en").split("-")[0]
    if reader in LOWER_CASE_NAMES and name:
        return name[:1].lower() + name[1:]
    return name
