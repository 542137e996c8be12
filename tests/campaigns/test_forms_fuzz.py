"""Whatever a visitor (or a script) posts to any public form of the campaigns app, the answer
is a thank-you (303) or the form again with messages (400), never a 500; a refused post
writes nothing, an accepted one writes at most one row. Hypothesis drives the input."""

import pytest
from django.test import Client, override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from campaigns.models import (
    ActionPage,
    DecisionMaker,
    NewsSignup,
    OrganisationSignature,
    Signature,
    SignupPage,
    StoryFormPage,
    StorySubmission,
)
from tests.factories import (
    make_action,
    make_form_page,
    spanish_translation,
    started_form,
    stream_json,
    two_languages,
)

pytestmark = pytest.mark.django_db

# Any Unicode (control characters, lone surrogates' replacements, markup), long and short.
anything = st.text(alphabet=st.characters(codec="utf-8"), max_size=400)
maybe = st.one_of(st.none(), anything)
fuzzing = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture
def spanish_forms(db):
    """The Spanish pages of the tests' own story form, news sign-up, sign-on letter for
    organisations and letter to a decision maker: {kind: page}."""
    story = make_form_page(
        StoryFormPage,
        "test-fuzz-story",
        two_languages(title=("Test: tell us, whatever you type", "Prueba: cuéntanos lo que sea")),
    )[1]
    signup = make_form_page(
        SignupPage,
        "test-fuzz-news",
        two_languages(title=("Test: news, whatever you type", "Prueba: noticias, lo que sea")),
    )[1]
    coalition = make_action("organisations", "Test coalition, fuzzed", "test-fuzz-coalition")
    senator = DecisionMaker.objects.create(name="Test Senator Fuzz", role="senator", state="TX")
    letter = make_action(
        "targeted",
        "Test letter, fuzzed",
        "test-fuzz-letter",
        targets=stream_json(ActionPage, "targets", [("decision_maker", senator.pk)]),
    )
    return {
        "story": story,
        "signup": signup,
        "organisations": spanish_translation(coalition, title="Prueba: coalición al azar"),
        "targeted": spanish_translation(letter, title="Prueba: carta al azar"),
    }


def post(url, fields, page):
    data = {name: value for name, value in fields.items() if value is not None}
    data.setdefault("started", started_form(page))
    response = Client(HTTP_ACCEPT_LANGUAGE="es").post(url, data)
    assert response.status_code in (303, 400), response.status_code
    if response.status_code == 400:
        page = response.content.decode()
        assert 'role="alert"' in page  # the form again, with its messages on top
        assert "Traceback" not in page
    return response.status_code


def assert_writes(model, before, status):
    after = model.objects.count()
    assert after == before if status == 400 else after - before in (0, 1)


@override_settings(ACTION_RATE_LIMIT=100_000)
@fuzzing
@given(
    text=anything,
    language=st.one_of(st.sampled_from(["en", "es"]), anything),
    name=maybe,
    contact=maybe,
    publication=st.one_of(st.sampled_from(["no", "anonymous", "first_name"]), anything),
    consent=st.sampled_from([None, "on", "", "off"]),
)
def test_story_form(spanish_forms, text, language, name, contact, publication, consent):
    page = spanish_forms["story"]
    before = StorySubmission.objects.count()
    status = post(
        page.url,
        {"text": text, "language": language, "name": name, "contact": contact,
         "publication": publication, "consent": consent},
        page,
    )  # fmt: skip
    assert_writes(StorySubmission, before, status)


@override_settings(ACTION_RATE_LIMIT=100_000)
@fuzzing
@given(
    email=st.one_of(st.emails(), anything),
    language=st.one_of(st.sampled_from(["en", "es"]), anything),
    consent=st.sampled_from([None, "on", ""]),
)
def test_news_signup_form(spanish_forms, email, language, consent):
    page = spanish_forms["signup"]
    before = NewsSignup.objects.count()
    status = post(page.url, {"email": email, "language": language, "consent": consent}, page)
    assert_writes(NewsSignup, before, status)


@override_settings(ACTION_RATE_LIMIT=100_000)
@fuzzing
@given(
    organisation=anything,
    city=anything,
    country=st.one_of(st.sampled_from(["US", "MX", "SV"]), anything),
    contact_name=maybe,
    contact_email=st.one_of(st.emails(), anything),
    consent=st.sampled_from([None, "on"]),
)
def test_organisation_sign_on_form(
    spanish_forms, organisation, city, country, contact_name, contact_email, consent
):
    page = spanish_forms["organisations"]
    before = OrganisationSignature.objects.count()
    status = post(
        f"/es/sign/{page.pk}/",
        {"organisation": organisation, "city": city, "country": country,
         "contact_name": contact_name, "contact_email": contact_email, "contact_consent": consent},
        page,
    )  # fmt: skip
    assert_writes(OrganisationSignature, before, status)


@override_settings(ACTION_RATE_LIMIT=100_000)
@fuzzing
@given(
    first_name=anything,
    email=st.one_of(st.emails(), anything),
    postal_code=anything,
    country=st.one_of(st.sampled_from(["US", "MX"]), anything),
    comment=maybe,
    started_value=st.one_of(st.none(), anything),
)
def test_signature_endpoint(
    spanish_forms, first_name, email, postal_code, country, comment, started_value
):
    page = spanish_forms["targeted"]
    before = Signature.objects.count()
    fields = {"first_name": first_name, "last_name": "Ruiz", "email": email,
              "postal_code": postal_code, "country": country, "comment": comment}  # fmt: skip
    if started_value is not None:
        fields["started"] = started_value  # a forged or broken timer is refused, not a 500
    status = post(f"/es/sign/{page.pk}/", fields, page)
    assert_writes(Signature, before, status)
