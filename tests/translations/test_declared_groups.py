"""Every staff group is declared once (translations/groups.py) and `migrate` applies it: on a
fresh database, and again on every run, each group holds exactly the declared permissions.
Translators hold nothing on the public's personal data, nor on unpublished stories."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from translations.groups import (
    CAMPAIGN_DATA,
    PERSONAL_DATA,
    TRANSLATORS,
    group_differences,
    group_specs,
)

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_migrate_on_a_fresh_database_gives_every_group_exactly_its_declared_permissions(
    tmp_path,
):
    database = tmp_path / "fresh.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env["DJANGO_SETTINGS_MODULE"] = "borderhumanity.settings.test"
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--verbosity=0"], cwd=ROOT, env=env, check=True)
    script = (
        "import json; from django.contrib.auth.models import Group; "
        "from translations.groups import group_differences; "
        "print(json.dumps({'groups': sorted(Group.objects.values_list('name', flat=True)), "
        "'differences': {k: sorted(v) for k, v in group_differences().items()}, "
        "'campaign_data': sorted(f'{p.content_type.app_label}.{p.codename}' for p in "
        "Group.objects.get(name='Campaign data').permissions.all())}))"
    )
    out = subprocess.run(
        [*manage, "shell", "-c", script],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    found = json.loads(out.strip().splitlines()[-1])
    assert found["differences"] == {}
    assert found["groups"] == sorted(spec.name for spec in group_specs())
    assert "campaigns.view_signature" in found["campaign_data"]
    assert "campaigns.publish_story" in found["campaign_data"]


def test_migrate_takes_back_what_was_granted_by_hand(db):
    translators = Group.objects.get(name="Translators")
    translators.permissions.add(Permission.objects.get(codename="view_signature"))
    Group.objects.get(name=CAMPAIGN_DATA).permissions.clear()
    assert group_differences()
    call_command("migrate", verbosity=0)
    assert group_differences() == {}


def test_setup_groups_applies_the_same_declaration(db):
    Group.objects.get(name="Editors").permissions.clear()
    call_command("setup_groups", stdout=io.StringIO())
    assert group_differences() == {}


@pytest.mark.parametrize("group", TRANSLATORS)
def test_translators_hold_nothing_on_the_publics_personal_data(db, group):
    held = {
        (p.content_type.app_label, p.codename)
        for p in Group.objects.get(name=group).permissions.select_related("content_type")
    }
    for model in [*PERSONAL_DATA, "storysubmission"]:
        for action in ("add", "change", "delete", "view"):
            assert ("campaigns", f"{action}_{model}") not in held
    # Stories: "change" only (Wagtail grants snippet rights per model), which the story
    # permission policy narrows to translations of published stories (test_story_access.py).
    assert {codename for app, codename in held if app == "campaigns"} == {"change_story"}


def test_the_old_group_migrations_grant_nothing():
    for name in ("0005_campaign_data_group.py", "0008_campaign_data_stories_and_signups.py"):
        source = (ROOT / "campaigns" / "migrations" / name).read_text()
        assert "RunPython.noop" in source
        assert "Permission" not in source
