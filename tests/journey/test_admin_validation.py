"""An editor builds a journey in the admin; a broken stage graph is refused with a clear reason."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage
from journey.models import JourneyPage
from tests.factories import build_journey


def _list(items):
    data = {
        str(i): {"value": value, "deleted": "", "order": str(i)} for i, value in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def stage(stage_id, title, next_stages=()):
    return (
        "stage",
        {
            "stage_id": stage_id,
            "title": title,
            "label": title[:30],
            "icon": "",
            "image": {"image": "", "decorative": "", "alt_text": ""},
            "summary": f"What happens at {title}.",
            "details": rich_text(""),
            "duration": "",
            "statistic": {
                "number": "",
                "label": "",
                "as_of": "",
                "source_name": "",
                "source_url": "",
            },
            "rights": _list([]),
            "next_stages": _list(
                [{"stage": key, "condition": condition} for key, condition in next_stages]
            ),
        },
    )


def path(path_id, title, stage_ids):
    return (
        "path",
        {"path_id": path_id, "title": title, "description": "", "stages": _list(stage_ids)},
    )


def form(stages, paths=(), questions=(), slug="border-journey"):
    return nested_form_data(
        {
            "title": "The border journey",
            "slug": slug,
            "intro": "Where you are and what comes next.",
            "hero_image_alt": "",
            "body": streamfield([]),
            "stages": streamfield(list(stages)),
            "paths": streamfield(list(paths)),
            "questions": streamfield(list(questions)),
        }
    )


GOOD_STAGES = [
    stage("arrival", "Arrival", [("fear-interview", "")]),
    stage(
        "fear-interview",
        "Fear interview",
        [("court", "if positive"), ("judge-review", "if negative")],
    ),
    stage("judge-review", "Judge review", [("court", "if the judge disagrees")]),
    stage("court", "Court"),
]


class EditorBuildsAJourneyTests(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.home = HomePage.objects.get(locale__language_code="en")
        self.add_url = f"/admin/pages/add/journey/journeypage/{self.home.pk}/"

    def post(self, data):
        return self.client.post(self.add_url, data)

    def test_editor_creates_a_journey_with_stages_paths_and_questions(self):
        question = (
            "question",
            {
                "question_id": "fear",
                "question": "Have you had your fear interview?",
                "answers": _list(
                    [
                        {"answer": "Not yet", "stage": "fear-interview", "question": ""},
                        {"answer": "Yes", "stage": "court", "question": ""},
                    ]
                ),
            },
        )
        data = form(
            GOOD_STAGES,
            [path("port", "At a port", ["arrival", "fear-interview", "court"])],
            [question],
        )
        self.assertCanCreate(self.home, JourneyPage, data)
        page = JourneyPage.objects.get(slug="border-journey")
        assert [stage.key for stage in page.journey().stages] == [
            "arrival",
            "fear-interview",
            "judge-review",
            "court",
        ]

    def test_a_next_stage_that_does_not_exist_is_refused(self):
        stages = [*GOOD_STAGES[:3], stage("court", "Court", [("appeals", "if denied")])]
        response = self.post(form(stages))
        assert response.status_code == 200  # the form again, not a redirect
        self.assertContains(
            response, "Stage &#x27;court&#x27; leads to &#x27;appeals&#x27;, which is not a stage"
        )
        assert not JourneyPage.objects.filter(slug="border-journey").exists()

    def test_a_path_that_leads_nowhere_is_refused(self):
        # "arrival" does not lead straight to "court": the path skips the fear interview.
        response = self.post(form(GOOD_STAGES, [path("port", "At a port", ["arrival", "court"])]))
        assert response.status_code == 200
        self.assertContains(
            response, "Path &#x27;port&#x27; leads nowhere after &#x27;arrival&#x27;"
        )
        assert not JourneyPage.objects.filter(slug="border-journey").exists()

    def test_a_path_through_a_stage_that_does_not_exist_is_refused(self):
        response = self.post(
            form(GOOD_STAGES, [path("port", "At a port", ["arrival", "detention"])])
        )
        self.assertContains(response, "goes through &#x27;detention&#x27;")
        assert not JourneyPage.objects.filter(slug="border-journey").exists()

    def test_two_stages_with_one_id_are_refused(self):
        response = self.post(form([*GOOD_STAGES, stage("court", "Court again")]))
        self.assertContains(response, "Two stages have the id &#x27;court&#x27;")
        assert not JourneyPage.objects.filter(slug="border-journey").exists()

    def test_a_stage_id_with_spaces_is_refused(self):
        response = self.post(form([stage("Fear interview", "Fear interview")]))
        self.assertContains(response, "Use lower-case letters, digits and hyphens")
        assert not JourneyPage.objects.filter(slug="border-journey").exists()

    def test_an_answer_that_leads_nowhere_is_refused(self):
        question = (
            "question",
            {
                "question_id": "fear",
                "question": "Have you had your fear interview?",
                "answers": _list(
                    [
                        {"answer": "Not yet", "stage": "fear-interview", "question": ""},
                        {"answer": "Yes", "stage": "", "question": "court-date"},
                    ]
                ),
            },
        )
        response = self.post(form(GOOD_STAGES, questions=[question]))
        self.assertContains(response, "leads to question &#x27;court-date&#x27;")
        assert not JourneyPage.objects.filter(slug="border-journey").exists()

    def test_a_full_journey_opens_in_the_editor(self):
        # Statistics, rights links, paths and questions: every kind of field the editor shows.
        page = build_journey(self.home, [("Back to the start page", self.home)])
        response = self.client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200
        self.assertContains(response, "fear-interview")
        self.assertContains(response, "A made-up register")
