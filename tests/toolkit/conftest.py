"""Fixtures of the image rule tests: a phone-style photo that tells where it was taken, and a
signed-in editor."""

import pytest

from tests.factories import LEAKS, leaks, make_user, phone_jpeg


@pytest.fixture
def gps_jpeg():
    data = phone_jpeg()
    assert leaks(data) == [*LEAKS, b"GPS"], "the test photo carries every record"
    return data


@pytest.fixture
def editor(client, db):
    client.force_login(make_user("pics", superuser=True))
    return client
