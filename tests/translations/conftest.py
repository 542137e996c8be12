import io

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from wagtail.models import Locale

from campaigns.models import ActionPage


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


@pytest.fixture
def petition_en(db):
    return ActionPage.objects.live().get(locale__language_code="en", kind="petition")


@pytest.fixture
def petition_es(petition_en):
    return petition_en.get_translation(Locale.objects.get(language_code="es"))
