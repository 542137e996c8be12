"""A translator signs in to the admin, translates a segment of a Spanish page in
wagtail-localize's editor, publishes, and the public reads it under /es/.

The page is the tests' own journey (tests.factories), translated through wagtail-localize on
the live site: its Spanish title is a translated segment."""

import re

import pytest

pytestmark = pytest.mark.browser

PASSWORD = "traducir-con-cuidado-2026"
SETUP = """
from django.contrib.auth.models import Group, User
from django.core.management import call_command
call_command("setup_groups", verbosity=0)
user, _ = User.objects.get_or_create(username="traductora")
user.set_password({password!r}); user.save()
user.groups.set([Group.objects.get(name="Spanish translators")])
"""


@pytest.fixture
def spanish_page(live_site, built):
    live_site.manage("shell", "-v0", "-c", SETUP.format(password=PASSWORD), timeout=120)
    return built["journey_es_page"]


def test_translator_translates_a_segment_publishes_and_the_public_reads_it(
    browser, site_url, spanish_page, screenshot
):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    page = context.new_page()
    page.goto(f"{site_url}/admin/login/")
    page.fill("#id_username", "traductora")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))

    page.goto(f"{site_url}/admin/pages/{spanish_page['id']}/edit/")
    segment = page.locator("li", has_text=spanish_page["title"]).last
    segment.get_by_role("button", name="Edit", exact=True).click()
    new_title = "Camino de prueba, traducido de nuevo"
    # Only the segment being edited has a text box (its text is no longer the old title).
    box = page.locator("textarea").first
    box.fill(new_title)
    editing = box.locator("xpath=ancestor::li[1]")
    editing.get_by_role("button", name="Save", exact=True).click()
    page.get_by_text(new_title).first.wait_for()
    screenshot(page, "translator-editor-es")
    page.get_by_role("button", name=re.compile("Publish in")).first.click()
    page.wait_for_load_state()

    page.goto(f"{site_url}{spanish_page['path']}")
    assert page.locator("h1").first.inner_text() == new_title
    context.close()
