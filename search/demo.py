"""The search demo: promoted results in each language and the pages offered when nothing is
found. Called by the demo loader (home.demo.registry.DEMO_EXTRAS); skips what exists."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from home.demo.pages import demo_key

from .models import SearchSettings

OFFERED = ["know-your-rights", "rebuild-asylum", "limit-detention"]
# (query, demo page key, language, description)
PROMOTIONS = [
    ("petition", "rebuild-asylum", "en", "Add your name to the call to rebuild asylum."),
    ("petición", "rebuild-asylum", "es", "Suma tu nombre al llamado a reconstruir el asilo."),
    ("lawyer", "know-your-rights", "en", "Your rights at the border, and who can help."),
    ("abogado", "know-your-rights", "es", "Tus derechos en la frontera y quién puede ayudarte."),
]


def page_for(key, language):
    return (
        Page.objects.filter(translation_key=demo_key(f"page/{key}"), locale__language_code=language)
        .specific()
        .first()
    )


def load():
    settings = SearchSettings.load()
    if not any(block.value for block in settings.no_results_pages):  # none, or all deleted
        pages = [page_for(key, "en") for key in OFFERED]
        settings.no_results_pages = [("page", page) for page in pages if page]
        settings.save()
    for query_string, key, language, description in PROMOTIONS:
        page = page_for(key, language)
        query = Query.get(query_string)
        if page and not SearchPromotion.objects.filter(query=query, page=page).exists():
            SearchPromotion.objects.create(
                query=query, page=page, description=description, sort_order=0
            )
