"""Letters reach the signer's own decision makers; organisations appear once approved."""

import pytest
from django.core import mail

from campaigns.models import ActionPage, DecisionMaker, OrganisationSignature, Signature
from campaigns.zip_codes import state_for_zip
from tests.factories import confirm_signatures, make_action, make_user, soup, stream_json

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("zip_code", "state"),
    [("79901", "TX"), ("90210", "CA"), ("85001", "AZ"), ("87101", "NM"), ("10001", "NY"),
     ("00901", "PR"), ("20500", "DC"), ("99501", "AK"), ("79901-1234", "TX"), ("1234", ""),
     ("ABCDE", ""), ("00000", "")],
)  # fmt: skip
def test_zip_code_gives_the_state(zip_code, state):
    assert state_for_zip(zip_code) == state


LETTER_TEXT = "Please keep the asylum door open, wrote the test signers."


@pytest.fixture
def letter(db):
    """A letter to decision makers of the test's own: a national one (who receives every
    letter) and a Texan senator (who receives the Texans' only)."""
    targets = [
        ("decision_maker", DecisionMaker.objects.create(name="Pat National", role="president").pk),
        (
            "decision_maker",
            DecisionMaker.objects.create(name="Terry Texan", role="senator", state="TX").pk,
        ),
    ]
    return make_action(
        "targeted",
        "Test letter: keep the door open",
        "test-letter",
        letter=f"<p>{LETTER_TEXT}</p>",
        targets=stream_json(ActionPage, "targets", targets),
    )


@pytest.fixture
def coalition(db):
    return make_action("organisations", "Test coalition of shelters", "test-coalition")


def test_the_page_names_national_recipients_before_sending(client, letter):
    response = client.get(letter.url)
    recipients = [
        li.get_text(strip=True) for li in soup(response).select("[data-recipients-list] li")
    ]
    assert "President Pat National" in recipients
    assert not any("Terry Texan" in r for r in recipients)  # a Texan's, shown once a ZIP is typed
    assert soup(response).find("script", id="recipients-data")


def test_the_signers_state_comes_from_the_zip_code(client, letter, form_data):
    client.post(letter.url, form_data(letter, postal_code="78701"))
    assert Signature.objects.get().state == "TX"


def test_a_us_signer_with_a_non_us_zip_is_asked_to_check_it(client, letter, form_data):
    response = client.post(letter.url, form_data(letter, postal_code="SW1A 1AA", country="US"))
    assert response.status_code == 400
    assert "not a US ZIP code" in response.content.decode()
    response = client.post(letter.url, form_data(letter, postal_code="SW1A 1AA", country="GB"))
    assert response.status_code == 303
    assert Signature.objects.get().state == ""


def test_delivery_gives_each_decision_maker_only_their_signers(
    admin_client, letter, form_data, client
):
    client.post(
        letter.url,
        form_data(letter, email="tx@example.org", first_name="Tejana", postal_code="78701"),
    )
    client.post(
        letter.url,
        form_data(letter, email="ca@example.org", first_name="Cali", postal_code="90001"),
    )
    client.post(
        letter.url,
        form_data(letter, email="no@example.org", first_name="Unconfirmed", postal_code="78701"),
    )
    confirm_signatures(client, mail.outbox[:2])
    senator_tx = DecisionMaker.objects.get(name="Terry Texan")
    president = DecisionMaker.objects.get(name="Pat National")

    index = admin_client.get(f"/admin/campaigns/delivery/{letter.pk}/")
    assert index.status_code == 200
    tx_csv = admin_client.get(f"/admin/campaigns/delivery/{letter.pk}/{senator_tx.pk}.csv")
    assert tx_csv["Content-Disposition"].startswith("attachment;")
    body = tx_csv.content.decode()
    assert "Tejana" in body and "Cali" not in body
    assert "Unconfirmed" not in body  # only confirmed signatures are delivered
    assert LETTER_TEXT in body  # the letter text is included
    everyone = admin_client.get(f"/admin/campaigns/delivery/{letter.pk}/{president.pk}.csv")
    assert "Tejana" in everyone.content.decode() and "Cali" in everyone.content.decode()


def test_an_editor_without_campaign_data_rights_cannot_download_a_delivery(client, letter):
    client.force_login(make_user("editor", groups=["Editors"]))
    maker = DecisionMaker.objects.get(name="Terry Texan")
    assert client.get(f"/admin/campaigns/delivery/{letter.pk}/{maker.pk}.csv").status_code in (
        302,
        403,
    )


def test_an_organisation_signs_and_appears_only_once_approved(client, coalition, form_data):
    data = form_data(
        coalition,
        organisation="Albergue Esperanza",
        city="Reynosa",
        country="MX",
        contact_name="Lucía Pérez",
        contact_email="Lucia@Example.org",
    )
    response = client.post(coalition.url, data)
    assert response.status_code == 303
    signature = OrganisationSignature.objects.get(organisation="Albergue Esperanza")
    assert signature.contact_email == "lucia@example.org" and not signature.approved
    listed = soup(client.get(coalition.url)).select(".signatory-list li")
    assert not any("Albergue Esperanza" in li.get_text() for li in listed)

    confirm_signatures(client)
    signature.refresh_from_db()
    assert signature.confirmed_at and not signature.approved
    signature.approved = True  # as staff do in the admin
    signature.save()
    listed = soup(client.get(coalition.url)).select(".signatory-list li")
    assert "Albergue Esperanza, Reynosa, Mexico" in [
        " ".join(li.get_text().split()) for li in listed
    ]
    # The contact person is never public.
    assert "Lucía" not in client.get(coalition.url).content.decode()


def test_organisation_form_rejects_markup_with_400(client, coalition, form_data):
    data = form_data(
        organisation="<a href=x>Spam</a>", city="X", country="MX", contact_name="Y",
        contact_email="y@example.org",
    )  # fmt: skip
    assert client.post(coalition.url, data).status_code == 400
    assert not OrganisationSignature.objects.filter(contact_email="y@example.org").exists()
