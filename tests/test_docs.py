"""The manuals stay true to the code: every environment variable the settings read is in the
deployment page, and every link between the manuals leads to a file and heading that exist."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
MANUALS = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]
# Where the settings read the environment (machine translation is read through a helper).
SETTINGS_SOURCES = [
    *sorted((ROOT / "borderhumanity" / "settings").glob("*.py")),
    ROOT / "translations" / "machine_settings.py",
]
# os.environ.get("X"), environ["X"], and production's _required("X").
ENV_READ = re.compile(r"""(?:environ\.get\(|environ\[|_required\()\s*["']([A-Z][A-Z0-9_]+)["']""")
# Read by libraries on the settings' behalf: dj-database-url, and Django's own entry points.
READ_BY_LIBRARIES = {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
LINK = re.compile(r"\[[^\]]+\]\(([^)\s]+)\)")
HEADING = re.compile(r"^#+ (.+)$", re.MULTILINE)


def environment_variables():
    names = set(READ_BY_LIBRARIES)
    for source in SETTINGS_SOURCES:
        names |= set(ENV_READ.findall(source.read_text()))
    return names


def anchor(heading):
    """The anchor a Markdown renderer gives a heading: lower case, punctuation dropped, spaces
    as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_every_environment_variable_is_documented():
    names = environment_variables()
    assert {"SECRET_KEY", "PROXY_COUNT", "DEEPL_API_KEY"} <= names  # the pattern finds reads
    deploying = (DOCS / "deploying.md").read_text()
    missing = sorted(name for name in names if f"`{name}`" not in deploying)
    assert missing == []


def test_links_between_manuals_resolve():
    assert len(MANUALS) >= 6
    links = [(manual, target) for manual in MANUALS for target in LINK.findall(manual.read_text())]
    local = [(manual, target) for manual, target in links if "://" not in target]
    assert len(local) >= 5
    broken = []
    for manual, target in local:
        path, _, fragment = target.partition("#")
        file = (manual.parent / path).resolve() if path else manual
        if not file.is_file():
            broken.append(f"{manual.name}: {target}")
        elif fragment and fragment not in {anchor(h) for h in HEADING.findall(file.read_text())}:
            broken.append(f"{manual.name}: {target}")
    assert broken == []


def test_readme_is_a_short_entry_point():
    lines = (ROOT / "README.md").read_text().splitlines()
    assert 100 <= len(lines) <= 150
