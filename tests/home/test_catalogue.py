"""Every interface string of the project has a Spanish translation, and the compiled catalogue
is the one the translators wrote.

The strings are extracted the way `make messages` does (Django's makemessages, which runs
xgettext over templates and Python), into a copy of the sources so the real catalogue is left
alone. An English sentence on a Spanish page would be the symptom this guards against.
"""

import contextlib
import shutil
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

# What the public and staff read: the project-wide templates and every first-party app.
SOURCES = [
    "templates",
    "borderhumanity",
    "home",
    "campaigns",
    "faq",
    "journey",
    "news",
    "toolkit",
    "search",
    "translations",
]
BASE = Path(settings.BASE_DIR)
CATALOGUE = BASE / "borderhumanity" / "locale"


def extract_spanish(root, sources, base=BASE):
    """Copy `sources` (folders of `base`) and the Spanish catalogue under `root`, merge freshly
    extracted strings into the copy and return it parsed."""
    for name in sources:
        shutil.copytree(
            base / name,
            root / name,
            ignore=shutil.ignore_patterns("locale", "static", "migrations", "__pycache__"),
        )
    shutil.copytree(CATALOGUE, root / "locale")
    with contextlib.chdir(root), override_settings(LOCALE_PATHS=[str(root / "locale")]):
        call_command("makemessages", locale=["es"], verbosity=0)
    return polib.pofile(str(root / "locale" / "es" / "LC_MESSAGES" / "django.po"))


def untranslated(catalogue):
    return [
        f"{entry.msgid!r} ({', '.join(f'{path}:{line}' for path, line in entry.occurrences)})"
        for entry in catalogue
        if not entry.obsolete and (entry.fuzzy or not entry.translated())
    ]


def test_every_interface_string_has_a_spanish_translation(tmp_path):
    catalogue = extract_spanish(tmp_path, SOURCES)
    assert len(catalogue) > 100, "the extraction found (almost) no interface strings"
    missing = untranslated(catalogue)
    assert not missing, (
        "Strings without a Spanish translation (run `make messages`, translate them in "
        "borderhumanity/locale/es/LC_MESSAGES/django.po, run `make messages` again):\n"
        + "\n".join(missing)
    )


def test_a_new_template_string_is_reported_until_translated(tmp_path):
    (tmp_path / "src" / "templates").mkdir(parents=True)
    (tmp_path / "src" / "templates" / "new.html").write_text(
        '{% load i18n %}<p>{% translate "Bring a copy of your papers" %}</p>'
        '<p>{% translate "Skip to main content" %}</p>'
    )
    missing = untranslated(extract_spanish(tmp_path / "copy", ["templates"], base=tmp_path / "src"))
    assert missing == ["'Bring a copy of your papers' (templates/new.html:1)"]


def test_the_compiled_catalogue_matches_the_translations():
    written = {
        (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
        for entry in polib.pofile(str(CATALOGUE / "es" / "LC_MESSAGES" / "django.po"))
        if entry.translated() and not entry.obsolete
    }
    compiled = {
        (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
        for entry in polib.mofile(str(CATALOGUE / "es" / "LC_MESSAGES" / "django.mo"))
        if entry.msgid
    }
    assert compiled == written, "run `make messages` to compile django.mo"
