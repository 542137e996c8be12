"""Wagtail's database search backend, reading each page in its own language.

On PostgreSQL every indexed object is turned into a tsvector with the text search configuration
of its locale (see search.languages), and a query is parsed with the configuration of the
language being searched (the active language: the search page lives under the language prefix
and only searches that locale). On any other database this is Wagtail's database backend as is.

Settings: WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}
"""

import copy
import functools

from django.conf import settings
from django.db import connection
from django.utils import translation
from modelsearch.backends.database import SearchBackend as database_search_backend
from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.models import Locale

from .languages import SIMPLE, config_for_language

SQLITE_TITLE_WEIGHT = 5.0


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up in a backend module)
    if connection.vendor == "postgresql":
        return LocalePostgresSearchBackend(params)
    backend = database_search_backend(params)
    if type(backend).__name__ == "SQLiteSearchBackend":
        return _title_weighted_sqlite_backend()(params)
    return backend


@functools.cache
def _title_weighted_sqlite_backend():
    """SQLite's FTS5 ranks every column alike; a word in the title should count for more, as
    the title weight does on PostgreSQL. (Imported late: the FTS model exists on SQLite only.)"""
    from modelsearch.backends.database.sqlite.query import BM25
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )
    from modelsearch.query import Not, Phrase, PlainText

    class WeightedBM25(BM25):
        # FTS5 columns: autocomplete, body, title.
        def as_sql(self, compiler, connection, function=None, template=None):
            sql, params = super().as_sql(compiler, connection, function, template)
            return sql.replace(")", f", 0.0, 1.0, {SQLITE_TITLE_WEIGHT})", 1), params

    class WeightedQueryCompiler(SQLiteSearchQueryCompiler):
        def build_tsrank(self, vector, query, config=None, boost=1.0):
            if isinstance(query, (Phrase, PlainText, Not)):
                rank = WeightedBM25()
                return rank * boost if boost != 1.0 else rank
            return super().build_tsrank(vector, query, config=config, boost=boost)

        def get_index_vectors(self):
            # One score per row: bm25() already covers title and body (weighted above). The
            # stock pair (title scaled by its length norm, plus body) counted the same row-wide
            # score twice and let any page with a short title outrank the page about the words.
            return [(None, 1.0)]

    class TitleWeightedSQLiteSearchBackend(SQLiteSearchBackend):
        query_compiler_class = WeightedQueryCompiler

    return TitleWeightedSQLiteSearchBackend


class LocaleQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        language = backend.filtered_language(self.queryset) or translation.get_language()
        return config_for_language(language or backend.default_language)


class LocaleAutocompleteQueryCompiler(PostgresAutocompleteQueryCompiler):
    def get_config(self, backend):
        return backend.autocomplete_config


class LocaleIndex(PostgresIndex):
    """Writes each group of objects with its language's configuration."""

    def add_items(self, model, objs):
        by_config = {}
        for obj in objs:
            by_config.setdefault(self.backend.config_for_object(obj), []).append(obj)
        for config, group in by_config.items():
            backend = copy.copy(self.backend)
            backend.config = config
            PostgresIndex(backend).add_items(model, group)


class LocalePostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = LocaleQueryCompiler
    autocomplete_query_compiler_class = LocaleAutocompleteQueryCompiler
    index_class = LocaleIndex

    def __init__(self, params):
        super().__init__(params)
        self.default_language = settings.LANGUAGE_CODE
        self.config = params.get("SEARCH_CONFIG") or config_for_language(self.default_language)
        # Titles for suggestions: no stemming (a prefix must stay a prefix), accents optional.
        self.autocomplete_config = SIMPLE
        # Similar-word search (after an exact search found nothing): at 0.3 "xylophone" finds
        # the word "phone"; at 0.5 "asylim", "detension" and "derechso" still find their pages.
        self.fuzzy_similarity_threshold = params.get("FUZZY_SIMILARITY_THRESHOLD", 0.5)
        self._languages = {}

    def language_of(self, locale_id):
        if locale_id not in self._languages:
            self._languages = dict(Locale.objects.values_list("pk", "language_code"))
        return self._languages.get(locale_id)

    def filtered_language(self, queryset):
        """The language a queryset is limited to by `.filter(locale=...)`, if it is: the
        admin searches Spanish pages with Spanish rules even when the editor works in English."""
        for condition in queryset.query.where.children:
            target = getattr(getattr(condition, "lhs", None), "target", None)
            if getattr(target, "name", None) in ("locale", "locale_id") and (
                getattr(condition, "lookup_name", None) == "exact"
            ):
                return self.language_of(getattr(condition.rhs, "pk", condition.rhs))
        return None

    def config_for_object(self, obj):
        """Pages and translatable snippets: their locale's language; anything else: the default."""
        locale_id = getattr(obj, "locale_id", None)
        if locale_id is None:
            return self.config
        return config_for_language(self.language_of(locale_id) or self.default_language)
