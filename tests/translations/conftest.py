import io

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command


@pytest.fixture
def groups(db):
    call_command("setup_groups", stdout=io.StringIO())


@pytest.fixture
def member(groups):
    def make(group_name, username=None):
        user = User.objects.create_user(username or group_name.lower().replace(" ", "-"), "x@x.org")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make
