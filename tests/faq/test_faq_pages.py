"""FAQ pages: where they live, what a reader sees in both languages, deep links, structured data."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase

from campaigns.models import CampaignPage
from faq.models import FAQIndexPage, FAQPage, FAQQuestion, KnowYourRightsPage
from home.models import HomePage, StandardPage
from tests.factories import FAQ_ANCHORS, FAQ_TEXT, h1_texts, make_campaign, soup


class TreeRulesTests(WagtailPageTestCase):
    def test_answers_live_under_the_home_page(self):
        self.assertAllowedParentPageTypes(FAQIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(FAQIndexPage, {FAQPage, KnowYourRightsPage})
        self.assertAllowedParentPageTypes(FAQPage, {FAQIndexPage})
        self.assertAllowedSubpageTypes(FAQPage, set())
        self.assertAllowedParentPageTypes(KnowYourRightsPage, {HomePage, FAQIndexPage})
        self.assertAllowedSubpageTypes(KnowYourRightsPage, set())
        self.assertCanCreateAt(HomePage, FAQIndexPage)
        self.assertCanCreateAt(HomePage, KnowYourRightsPage)
        self.assertCanNotCreateAt(HomePage, FAQPage)
        self.assertCanNotCreateAt(StandardPage, FAQIndexPage)
        self.assertCanNotCreateAt(CampaignPage, KnowYourRightsPage)

    def test_every_page_type_sets_its_rules(self):
        for model in (FAQIndexPage, FAQPage, KnowYourRightsPage):
            assert model.template.startswith("faq/")
            assert model.search_fields
            fields = {f.field_name for f in model.translatable_fields}
            assert {"title", "slug", "intro"} <= fields


def questions_of(response):
    return [s.get_text(strip=True) for s in soup(response).select("details.faq-item > summary")]


def json_ld(response):
    scripts = soup(response).find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "es"])
def test_faq_page_reads_in_each_language(client, faq_pages, code):
    page = faq_pages[code]
    response = client.get(page.url)
    assert response.status_code == 200
    assert response.content.decode().count("<h1") == 1
    assert h1_texts(response) == [page.title] == [FAQ_TEXT[code]["title"]]
    html = soup(response)
    assert html.find("html")["lang"] == code
    # The shared question first, in the page's language, then the written ones.
    assert questions_of(response) == [FAQ_TEXT[code]["shared"], *FAQ_TEXT[code]["written"]]
    headings = [h.get_text(strip=True) for h in html.select(".faq-section > h2")]
    assert headings == FAQ_TEXT[code]["sections"]
    assert len(html.select(".faq-section")) == 2
    reviewed = html.select_one(".reviewed time")
    assert reviewed["datetime"] == page.last_reviewed.isoformat()


@pytest.mark.django_db
def test_every_question_has_a_stable_anchor_the_same_in_both_languages(client, faq_pages):
    anchors = {}
    for code in ("en", "es"):
        html = soup(client.get(faq_pages[code].url))
        anchors[code] = [d.get("id") for d in html.select("details.faq-item")]
        assert all(anchors[code]) and len(set(anchors[code])) == len(anchors[code])
        for anchor in anchors[code]:  # each question offers a link to itself
            assert html.select_one(f'#{anchor} a[href="#{anchor}"]') is not None
    assert anchors["en"] == anchors["es"] == FAQ_ANCHORS


@pytest.mark.django_db
def test_anchors_survive_an_edit_of_the_question(client, faq_pages):
    page = faq_pages["en"]
    before = [d["id"] for d in soup(client.get(page.url)).select("details.faq-item")]
    edited = 0
    for section in page.sections:
        for child in section.value["questions"]:
            if child.block_type == "question":
                child.value["question"] = child.value["question"] + " (updated)"
                edited += 1
    assert edited == 2
    page.save_revision().publish()
    response = client.get(page.url)
    assert FAQ_TEXT["en"]["written"][0] + " (updated)" in questions_of(response)
    after = [d["id"] for d in soup(response).select("details.faq-item")]
    assert before == after == FAQ_ANCHORS


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "es"])
def test_json_ld_lists_every_question_with_its_answer(client, faq_pages, code):
    page = faq_pages[code]
    response = client.get(page.url)
    data = json_ld(response)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "FAQPage"
    assert data["inLanguage"] == code
    names = [q["name"] for q in data["mainEntity"]]
    assert names == questions_of(response) == [FAQ_TEXT[code]["shared"], *FAQ_TEXT[code]["written"]]
    for question in data["mainEntity"]:
        assert question["@type"] == "Question"
        assert question["acceptedAnswer"]["@type"] == "Answer"
        assert len(question["acceptedAnswer"]["text"]) > 20
        assert question["url"].startswith(page.full_url + "#")


@pytest.mark.django_db
def test_json_ld_cannot_be_broken_out_of_by_a_question(client, faq_pages):
    page = faq_pages["en"]
    written = page.sections[0].value["questions"][1]
    written.value["question"] = "Is </script><script>alert(1)</script> safe?"
    page.save_revision().publish()
    response = client.get(page.url)
    assert "</script><script>alert(1)" not in response.content.decode()
    names = [q["name"] for q in json_ld(response)["mainEntity"]]
    assert "Is </script><script>alert(1)</script> safe?" in names


@pytest.mark.django_db
def test_two_questions_cannot_share_an_anchor(faq_pages):
    page = faq_pages["en"]
    page.full_clean()  # as built, every anchor differs
    questions = page.sections[0].value["questions"]
    questions[1].value["anchor"] = FAQ_ANCHORS[0]  # the shared question's anchor
    with pytest.raises(ValidationError, match=FAQ_ANCHORS[0]):
        page.full_clean()


def related_questions(questions, more=None):
    """A campaign body holding one "related questions" block."""
    link = {"text": "", "page": more.pk, "url": ""} if more else {}
    return [
        {
            "type": "related_questions",
            "value": {"heading": "Test questions", "questions": questions, "more": link},
        }
    ]


def english_campaign():
    """A live English campaign page with a Spanish translation."""
    return make_campaign(spanish="Campaña de prueba: abrir el puerto")[0]


@pytest.mark.django_db
def test_a_shared_question_edited_once_changes_on_every_page(client, faq_pages, shared_question):
    campaign = english_campaign()
    campaign.body = related_questions([shared_question["en"].pk])
    campaign.save_revision().publish()
    question = shared_question["en"]
    question.question = "Could I be held while my case goes on?"
    question.save()
    assert "Could I be held while my case goes on?" in questions_of(client.get(faq_pages["en"].url))
    assert "Could I be held while my case goes on?" in client.get(campaign.url).content.decode()


@pytest.mark.django_db
def test_the_spanish_page_points_at_the_spanish_topic(faq_pages, topic):
    page = faq_pages["es"]
    assert page.topic.locale.language_code == "es"
    assert page.topic == topic["es"]
    assert page.topic.name == FAQ_TEXT["es"]["topic"]


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "es"])
def test_index_lists_faq_pages_by_topic_and_the_guides(client, faq_pages, code):
    index = FAQIndexPage.objects.live().get(locale__language_code=code)
    response = client.get(index.url)
    html = soup(response)
    topics = html.select(".faq-topic")
    ours = [t for t in topics if t.h2 and t.h2.get_text(strip=True) == FAQ_TEXT[code]["topic"]]
    assert len(ours) == 1
    assert [a["href"] for a in ours[0].find_all("a")] == [faq_pages[code].url]
    guides = [a["href"] for a in topics[-1].select("a")]
    assert guides == [
        g.url for g in KnowYourRightsPage.objects.live().filter(locale__language_code=code)
    ]


def _queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.usefixtures("page_cache_off")
@pytest.mark.django_db
def test_index_queries_do_not_grow_with_pages(client, topic):
    index = FAQIndexPage.objects.live().get(locale__language_code="en")
    counts = {}
    for total in (1, 10):
        while FAQPage.objects.child_of(index).count() < total:
            n = FAQPage.objects.count()
            index.add_child(
                instance=FAQPage(title=f"More answers {n}", slug=f"more-{n}", topic=topic["en"])
            )
        counts[total] = _queries(client, index.url)
    assert counts[1] == counts[10], counts
    assert counts[10] <= 14, counts


def _sections(count, shared_pks, link_page_pk):
    """`count` questions: some shared (each once), the rest written in place with a link."""
    questions = []
    shared = list(shared_pks)[: max(1, count // 10)]
    for i in range(count):
        if i < len(shared):
            questions.append({"type": "shared_question", "value": shared[i]})
        else:
            questions.append(
                {
                    "type": "question",
                    "value": {
                        "question": f"Question {i}?",
                        "anchor": f"q{i}",
                        "answer": f'<p>See <a linktype="page" id="{link_page_pk}">this</a>.</p>',
                        "sources": "<p>A source</p>",
                    },
                }
            )
    return [
        {
            "type": "section",
            "value": {"heading": "All", "anchor": "", "intro": "", "questions": questions},
        }
    ]


@pytest.mark.usefixtures("page_cache_off")
@pytest.mark.django_db
def test_faq_page_queries_do_not_grow_with_questions(client, faq_pages):
    page = faq_pages["en"]
    shared = FAQQuestion.objects.filter(locale__language_code="en").values_list("pk", flat=True)
    target = english_campaign()
    counts = {}
    for n in (3, 30):
        page.sections = _sections(n, shared, target.pk)
        page.save_revision().publish()
        counts[n] = _queries(client, page.url)
    assert counts[3] == counts[30], counts
    assert counts[30] <= 16, counts


@pytest.mark.django_db
def test_campaign_page_shows_related_questions_in_the_visitors_language(
    client, faq_pages, shared_question
):
    english = english_campaign()
    for code in ("en", "es"):
        campaign = CampaignPage.objects.get(
            locale__language_code=code, translation_key=english.translation_key
        )
        campaign.body = related_questions([shared_question[code].pk], more=faq_pages[code])
        campaign.save_revision().publish()
        html = soup(client.get(campaign.url))
        block = html.select_one(".related-questions")
        summaries = [s.get_text(strip=True) for s in block.select("summary")]
        assert summaries == [FAQ_TEXT[code]["shared"]]
        more = block.select_one("a.more-link")["href"]
        assert more == faq_pages[code].url


@pytest.mark.usefixtures("page_cache_off")
@pytest.mark.django_db
def test_related_questions_cost_the_same_for_one_block_or_many(client):
    campaign = english_campaign()
    pks = list(FAQQuestion.objects.filter(locale__language_code="en").values_list("pk", flat=True))
    counts = {}
    for n in (1, 8):
        campaign.body = [
            {"type": "related_questions", "value": {"heading": "Q", "questions": pks, "more": {}}}
        ] * n
        campaign.save_revision().publish()
        counts[n] = _queries(client, campaign.url)
    assert counts[1] == counts[8], counts


@pytest.mark.django_db
def test_related_questions_hold_at_most_five():
    from home.blocks import BodyStreamBlock

    block = BodyStreamBlock().child_blocks["related_questions"]
    pks = list(FAQQuestion.objects.values_list("pk", flat=True))[:6]
    assert len(pks) == 6
    value = block.to_python({"heading": "", "questions": pks, "more": {}})
    with pytest.raises(ValidationError):
        block.clean(value)


@pytest.mark.django_db
def test_pages_are_found_by_site_search(faq_pages):
    found = [p.pk for p in FAQPage.objects.live().search("tidewater interview")]
    assert faq_pages["en"].pk in found
