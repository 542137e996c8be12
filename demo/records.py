"""The demo's plain records (content/site.yaml): the letter's decision makers, the coalition
letter's signatory organisations, the approved messages of welcome, and search's promoted
results and "nothing found" pages. Each function skips what already exists."""

from django.utils import timezone
from django.utils.text import slugify
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from campaigns.models import DecisionMaker, OrganisationSignature, WelcomeMessage
from search.models import SearchSettings

from .files import demo_key, site


def ensure_decision_makers():
    """{key: DecisionMaker} for the public officials the families' letter goes to and the
    call page lists, each with a fictional office number (given to one made without it)."""
    officials = {}
    for row in site()["decision_makers"]:
        official, _created = DecisionMaker.objects.get_or_create(
            name=row["name"], role=row["role"], state=row["state"]
        )
        if not official.phone and row.get("phone"):
            official.phone = row["phone"]
            official.save()
        officials[row["key"]] = official
    return officials


def demo_page(key, language):
    return (
        Page.objects.filter(translation_key=demo_key(f"page/{key}"), locale__language_code=language)
        .specific()
        .first()
    )


def add_signatories():
    """The coalition letter's approved signatory organisations (fictional), each with a
    contact address at a made-up domain of its own under .invalid, a name no mail can reach."""
    signatories = site()["signatories"]
    page = demo_page(signatories["page"], "en")
    if page is None:
        return
    for row in signatories["organisations"]:
        OrganisationSignature.objects.get_or_create(
            page_key=page.translation_key,
            organisation=row["name"],
            defaults={
                "contact_email": f"contact@{slugify(row['name'])}.invalid",
                "action_page_id": page.pk,
                "language": "en",
                "city": row["city"],
                "country": row["country"],
                "contact_name": "Demo contact",
                "approved": True,
                "confirmed_at": timezone.now(),
                "confirm_id": None,
            },
        )


def add_welcome_messages():
    """Approved messages (fictional writers) that asked to be shown on the welcome page, each
    with the consent wording of the page's language, as the form would have stored it."""
    welcome = site()["welcome_messages"]
    pages = {lang: demo_page(welcome["page"], lang) for lang in ("en", "es")}
    if pages["en"] is None:
        return
    now = timezone.now()
    for row in welcome["messages"]:
        page = pages.get(row["language"]) or pages["en"]
        WelcomeMessage.objects.get_or_create(
            page_key=page.translation_key,
            first_name=row["first_name"],
            message=row["message"].strip(),
            defaults={
                "form_page_id": page.pk,
                "language": row["language"],
                "town": row["town"],
                "show_on_page": True,
                "consent_text": f"{page.consent_text}\n{page.show_consent_text}",
                "status": WelcomeMessage.Status.APPROVED,
                "reviewed_at": now,
            },
        )


def add_search_promotions():
    search = site()["search"]
    settings = SearchSettings.load()
    if not any(block.value for block in settings.no_results_pages):  # none, or all deleted
        pages = [demo_page(key, "en") for key in search["no_results_pages"]]
        settings.no_results_pages = [("page", page) for page in pages if page]
        settings.save()
    for row in search["promotions"]:
        page = demo_page(row["page"], row["language"])
        query = Query.get(row["query"])
        if page and not SearchPromotion.objects.filter(query=query, page=page).exists():
            SearchPromotion.objects.create(
                query=query, page=page, description=row["description"], sort_order=0
            )
