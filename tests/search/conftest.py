import pytest
from django.db import connection

# SQLite's full-text index folds accents but has no stemmer for any language: what PostgreSQL's
# Spanish and English stemmers find and SQLite cannot is marked with this.
needs_stemming = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite full-text search does not stem words (PostgreSQL does, per language)",
)


def titles(response):
    from tests.html import soup

    return [h.get_text(" ", strip=True) for h in soup(response).select("ol.search-results li h2")]
