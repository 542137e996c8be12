"""Staff accounts: long passwords, a session that ends after a working day, and a login that
stops answering a password guesser."""

from datetime import timedelta

import pytest
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.utils import timezone

from tests.factories import make_user

pytestmark = pytest.mark.django_db

PASSWORD = "four words make a passphrase"
LOGIN = "/admin/login/"


@pytest.fixture
def editor(db):
    return make_user("maria", password=PASSWORD, is_superuser=True)


def log_in(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password})


@pytest.mark.parametrize(
    "password", ["Tr0ub4dor&3", "123456789012", "maria.example", "password1234"]
)
def test_short_or_common_passwords_are_refused(editor, password):
    with pytest.raises(ValidationError):
        validate_password(password, user=editor)


def test_a_long_passphrase_is_accepted(editor):
    validate_password("river lantern orchard seven", user=editor)


def test_too_short_a_password_is_refused_when_staff_change_theirs(client, editor):
    client.force_login(editor)
    response = client.post(
        "/admin/account/",
        {
            "password-old_password": PASSWORD,
            "password-new_password1": "Sh0rt&sweet",
            "password-new_password2": "Sh0rt&sweet",
        },
    )
    assert response.status_code == 200
    assert "at least 12 characters" in response.content.decode()
    editor.refresh_from_db()
    assert editor.check_password(PASSWORD)


def test_the_admin_session_ends_after_a_working_day(client, editor):
    response = log_in(client, "maria", PASSWORD)
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    # Ticking "remember me" or not, the server forgets the login after eight hours.
    lifetime = Session.objects.get().expire_date - timezone.now()
    assert timedelta(hours=7, minutes=59) < lifetime <= timedelta(hours=8)

    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


@override_settings(AXES_ENABLED=True)
def test_repeated_failed_logins_are_paused_with_a_clear_page(client, editor):
    for _attempt in range(4):
        assert log_in(client, "maria", "a wrong guess").status_code == 200
    locked = log_in(client, "maria", "a fifth wrong guess")
    assert locked.status_code == 429
    assert "Too many failed logins" in locked.content.decode()
    # Even the right password is refused while paused...
    assert log_in(client, "maria", PASSWORD).status_code == 429
    # ...but a colleague on the same connection still logs in.
    make_user("li", password=PASSWORD, is_superuser=True)
    assert log_in(client, "li", PASSWORD).status_code == 302


@override_settings(AXES_ENABLED=True)
def test_a_successful_login_forgets_earlier_mistakes(client, editor):
    for _attempt in range(4):
        log_in(client, "maria", "a wrong guess")
    assert log_in(client, "maria", PASSWORD).status_code == 302
    client.logout()
    for _attempt in range(4):
        assert log_in(client, "maria", "a wrong guess").status_code == 200
