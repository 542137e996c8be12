"""Which PostgreSQL text search configuration reads which language.

The search migration creates one configuration per entry, named ``bh_<stemmer>``: the language's
Snowball stemmer preceded by ``unaccent``, so "detencion" and "detención" are the same word and
"asilos" and "asilo" share a stem. A language without a stemmer here is read with ``bh_simple``
(lower case and unaccent, no stemming). Adding a site language that PostgreSQL can stem is one
line in STEMMERS plus a migration that reruns ``create_configurations``.
"""

# Language code -> PostgreSQL's built-in Snowball configuration (all present since PostgreSQL 13).
STEMMERS = {
    "ar": "arabic",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "hu": "hungarian",
    "id": "indonesian",
    "it": "italian",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sv": "swedish",
    "tr": "turkish",
}
SIMPLE = "bh_simple"


def config_for_language(language_code):
    """The text search configuration for a language code such as "es" or "pt-br"."""
    code = (language_code or "").lower()
    stemmer = STEMMERS.get(code) or STEMMERS.get(code.split("-")[0])
    return f"bh_{stemmer}" if stemmer else SIMPLE


def configuration_sql():
    """SQL statements creating every configuration (idempotent)."""
    statements = ["CREATE EXTENSION IF NOT EXISTS unaccent"]
    pairs = [(SIMPLE, "simple", "simple")] + [
        (f"bh_{stemmer}", stemmer, f"{stemmer}_stem") for stemmer in sorted(set(STEMMERS.values()))
    ]
    for name, source, dictionary in pairs:
        statements += [
            f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}",
            f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{source})",
            f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR "
            f"hword, hword_part, word, asciihword, asciiword, hword_asciipart "
            f"WITH unaccent, {dictionary}",
        ]
    return statements


def drop_sql():
    names = [SIMPLE] + [f"bh_{stemmer}" for stemmer in sorted(set(STEMMERS.values()))]
    return [f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}" for name in names]
