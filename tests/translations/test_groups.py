"""Translators translate into their language in the CMS, and nothing else; setup_groups says so."""

import io

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from tests.factories import make_shared_question

pytestmark = pytest.mark.django_db

TRANSLATORS = ["Translators", "Spanish translators"]


def edit(page):
    return f"/admin/pages/{page.pk}/edit/"


@pytest.mark.parametrize("group", TRANSLATORS)
def test_translator_opens_the_spanish_translation_editor_but_not_the_english_page(
    client, member, group, petition_en, petition_es
):
    client.force_login(member(group))
    spanish = client.get(edit(petition_es))
    assert spanish.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in spanish.templates]
    assert client.get(edit(petition_en)).status_code in (302, 403)
    assert client.post(edit(petition_en), {"title": "Changed"}).status_code in (302, 403)
    petition_en.refresh_from_db()
    assert petition_en.title != "Changed"
    # Nor can they add pages to the English tree.
    add = f"/admin/pages/add/campaigns/actionpage/{petition_en.get_parent().pk}/"
    assert client.get(add).status_code in (302, 403)


@pytest.mark.parametrize(
    "group, sees",
    [("Translators", False), ("Spanish translators", False), ("Editors", False),
     ("Moderators", False), ("Campaign data", True)],
)  # fmt: skip
def test_only_campaign_data_sees_the_publics_signatures(client, member, group, sees):
    client.force_login(member(group))
    response = client.get("/admin/campaigns/signature/")
    assert (response.status_code == 200) is sees
    if not sees:
        assert response.status_code in (302, 403)


def test_editors_edit_english_pages_and_content_snippets(client, member, petition_en):
    client.force_login(member("Editors"))
    assert client.get(edit(petition_en)).status_code == 200
    assert client.get("/admin/snippets/faq/faqquestion/").status_code == 200
    assert client.get("/admin/snippets/campaigns/story/").status_code in (302, 403)


def test_translators_hold_no_settings_or_personal_data_permissions(groups):
    settings_models = [
        m for m in apps.get_models() if issubclass(m, BaseSiteSetting | BaseGenericSetting)
    ]
    assert settings_models, "the site has settings to protect"
    for name in TRANSLATORS:
        perms = Permission.objects.filter(group__name=name)
        codenames = {f"{p.content_type.app_label}.{p.codename}" for p in perms}
        assert "wagtail_localize.submit_translation" in codenames
        assert not [c for c in codenames if c.startswith("campaigns.") and "story" not in c]
        assert not perms.filter(
            content_type__model__in=[m._meta.model_name for m in settings_models]
        )
        assert not perms.filter(content_type__app_label__in=["auth", "wagtailusers"])


def test_page_permissions_cover_the_translated_trees_only(groups, home_en, home_es):
    def trees(name):
        return {gp.page_id for gp in GroupPagePermission.objects.filter(group__name=name)}

    assert trees("Spanish translators") == {home_es.pk}
    assert home_en.pk not in trees("Translators") and home_es.pk in trees("Translators")
    assert trees("Editors") == trees("Moderators") == {home_en.get_parent().pk}
    assert trees("Campaign data") == set()


def snapshot():
    return {
        group.name: (
            sorted(group.permissions.values_list("content_type__app_label", "codename")),
            sorted(
                GroupPagePermission.objects.filter(group=group).values_list(
                    "page_id", "permission__codename"
                )
            ),
            sorted(
                GroupCollectionPermission.objects.filter(group=group).values_list(
                    "collection_id", "permission__codename"
                )
            ),
        )
        for group in Group.objects.order_by("name")
    }


def test_setup_groups_twice_gives_the_same_groups_and_undoes_hand_grants(groups):
    first = snapshot()
    assert set(first) >= {
        "Editors",
        "Moderators",
        "Translators",
        "Spanish translators",
        "Campaign data",
    }
    translators = Group.objects.get(name="Translators")
    translators.permissions.add(Permission.objects.get(codename="view_signature"))
    call_command("setup_groups", stdout=io.StringIO())
    assert snapshot() == first


def test_setup_groups_keeps_what_the_migrations_gave(db):
    """Wagtail's migrations make Editors and Moderators, ours Campaign data: nothing is lost."""
    before = snapshot()
    call_command("setup_groups", stdout=io.StringIO())
    after = snapshot()
    for name in ["Editors", "Moderators", "Campaign data"]:
        for given, kept in zip(before[name], after[name], strict=True):
            assert set(given) <= set(kept), name
    assert after["Campaign data"] == before["Campaign data"]


@pytest.mark.parametrize("group", TRANSLATORS)
def test_translator_edits_the_spanish_faq_question_not_the_english_one(client, member, group):
    question = make_shared_question()
    english, spanish = question["en"], question["es"]
    url = "/admin/snippets/faq/faqquestion/edit/{}/"
    client.force_login(member(group))
    assert client.get(url.format(spanish.pk)).status_code == 200
    assert client.get(url.format(english.pk)).status_code in (302, 403)
    assert client.post(url.format(english.pk), {"question": "Changed"}).status_code in (302, 403)
    client.force_login(member("Editors", "editor"))
    assert client.get(url.format(english.pk)).status_code == 200
