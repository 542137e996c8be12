"""An editor writes an FAQ page and a guide in the admin, and finds stale answers in Reports."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from faq.models import FAQIndexPage, FAQPage, FAQQuestion, FAQTopic, KnowYourRightsPage


def _list(items):
    data = {
        str(i): {"value": value, "deleted": "", "order": str(i)} for i, value in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


class EditorWritesAnswersTests(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.index = FAQIndexPage.objects.get(locale__language_code="en")

    def test_editor_creates_an_faq_page_mixing_shared_and_written_questions(self):
        # The question and topic are the test's own: the demo's wording may change.
        shared = FAQQuestion.objects.create(
            question="Test: can I see my child?",
            anchor="test-see-my-child",
            answer="<p>Ask the officer to call the family liaison.</p>",
        )
        topic = FAQTopic.objects.create(name="Test topic: families")
        questions = streamfield(
            [
                ("shared_question", shared.pk),
                (
                    "question",
                    {
                        "question": "Where can I find my child?",
                        "anchor": "find-my-child",
                        "answer": rich_text("<p>Call the hotline.</p>"),
                        "sources": rich_text(""),
                    },
                ),
            ]
        )
        data = nested_form_data(
            {
                "title": "Family separation FAQs",
                "slug": "family-separation-faqs",
                "intro": "",
                "topic": topic.pk,
                "last_reviewed": "2026-11-01",
                "reviewed_by": "Our legal team",
                "hero_image_alt": "",
                "sections": streamfield(
                    [
                        (
                            "section",
                            {
                                "heading": "Finding family",
                                "anchor": "finding",
                                "intro": "",
                                "questions": questions,
                            },
                        )
                    ]
                ),
                "body": streamfield([]),
            }
        )
        self.assertCanCreate(self.index, FAQPage, data)
        page = FAQPage.objects.get(slug="family-separation-faqs")
        entries = page.faq[0]["items"]
        self.assertEqual([e.anchor for e in entries], ["test-see-my-child", "find-my-child"])
        questions = [e.question for e in entries]
        self.assertEqual(questions, ["Test: can I see my child?", "Where can I find my child?"])
        self.assertEqual(page.topic, topic)

    def test_editor_creates_a_guide_with_a_scenario(self):
        scenario = {
            "title": "At work",
            "anchor": "at-work",
            "summary": "",
            "do": _list(["Stay calm."]),
            "dont": _list([]),
            "phrases": _list([{"phrase": "I want to remain silent.", "english": "", "note": ""}]),
            "hotlines": _list([{"name": "Hotline", "number": "+1 555 010 0142", "hours": ""}]),
        }
        data = nested_form_data(
            {
                "title": "Know your rights at work",
                "slug": "know-your-rights-at-work",
                "intro": "",
                "last_reviewed": "",
                "reviewed_by": "",
                "hero_image_alt": "",
                "guide": streamfield([("scenario", scenario)]),
                "body": streamfield([]),
                "card_heading": "",
                "card_rights": "You have the right to remain silent.",
                "card_hotline_name": "",
                "card_hotline_number": "",
            }
        )
        self.assertCanCreate(self.index, KnowYourRightsPage, data)
        page = KnowYourRightsPage.objects.get(slug="know-your-rights-at-work")
        self.assertEqual(page.guide[0].value["hotlines"][0].tel, "tel:+15550100142")
