import io

import pytest
from django.core.management import call_command

from tests.factories import make_user


@pytest.fixture
def groups(db):
    call_command("setup_groups", stdout=io.StringIO())


@pytest.fixture
def member(groups):
    def make(group_name, username=None):
        return make_user(username or group_name.lower().replace(" ", "-"), groups=[group_name])

    return make
