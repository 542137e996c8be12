"""What a visitor's request cannot change for the next visitor, and what media cannot be.

- The share image's absolute address (og:image, twitter:image) is built from the site's
  configured address, never the request's Host: a rendered part kept in the shared cache after
  one request with `Host: yoursite:1` would otherwise break every page's preview card.
- A Host the site does not serve is refused (400) and not logged: anyone can send them.
- Uploaded media (images, documents, audio) on another host are never a source of scripts,
  styles or fonts in the Content Security Policy, on public pages or in the admin.
"""

import http.client
import json
import os
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest
from wagtail.models import Site

from borderhumanity.live_site import tls_context
from tests.factories import make_standard_page, meta_content

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.mark.django_db
@pytest.mark.parametrize("host", ["yoursite.example:1", "testserver:8443", "evil.example"])
def test_a_crafted_host_cannot_change_the_share_image_the_next_visitor_gets(client, settings, host):
    settings.FRAGMENT_CACHE_SECONDS = 600  # the rendered parts are kept, as deployed
    settings.ALLOWED_HOSTS = ["*"]
    page = make_standard_page()
    root = Site.objects.get(is_default_site=True).root_url

    crafted = client.get(page.url, HTTP_HOST=host)
    normal = client.get(page.url)

    assert crafted.status_code == normal.status_code == 200
    for response in (crafted, normal):
        og = meta_content(response, prop="og:image")
        assert og.startswith(f"{root}/media/"), og
        assert host not in og
        assert meta_content(response, name="twitter:image") == og
    assert meta_content(normal, prop="og:image") == meta_content(crafted, prop="og:image")


def test_a_host_the_site_does_not_serve_is_refused_and_not_logged(deployed_site):
    """As deployed (the front passes the Host it was sent): a 400, and no traceback in the
    server's log for each one a stranger sends."""
    front = urllib.parse.urlsplit(deployed_site.url)
    for host in ("evil.invalid", "evil.invalid:443", front.hostname):
        connection = http.client.HTTPSConnection(
            front.hostname, front.port or 443, context=tls_context(str(deployed_site.ca_file))
        )
        connection.request("GET", "/en/", headers={"Host": host})
        status = connection.getresponse().status
        connection.close()
        assert status == (200 if host == front.hostname else 400), host
    assert "evil.invalid" not in deployed_site.log_path.read_text(errors="replace")


def policy_of(settings_module, extra_env):
    """The CSP directives a settings module builds from the given environment."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "MEDIA_", "STATIC_"))}
    env.update(extra_env, DJANGO_SETTINGS_MODULE=settings_module)
    code = (
        "import json, django; from django.conf import settings; django.setup(); "
        "print(json.dumps({'public': settings.CONTENT_SECURITY_POLICY['DIRECTIVES'], "
        "'admin': settings.ADMIN_CSP_DIRECTIVES}, default=str))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


MEDIA_HOST = "https://media.campaign.example"
STATIC_HOST = "https://static.campaign.example"


@pytest.mark.parametrize(
    "settings_module, extra_env",
    [
        (
            "borderhumanity.settings.test",
            {"MEDIA_URL": f"{MEDIA_HOST}/media/", "STATIC_URL": f"{STATIC_HOST}/static/"},
        ),
        (
            "borderhumanity.settings.production",
            {
                "SECRET_KEY": "x" * 20 + "-a-long-random-production-key-for-tests-only-93jd",
                "ALLOWED_HOSTS": "campaign.example.org",
                "MEDIA_URL": f"{MEDIA_HOST}/media/",
                "STATIC_URL": f"{STATIC_HOST}/static/",
                "AWS_STORAGE_BUCKET_NAME": "campaign-media",
                "AWS_S3_CUSTOM_DOMAIN": "bucket.campaign.example",
            },
        ),
    ],
)
def test_script_src_never_includes_the_media_origin(settings_module, extra_env):
    policies = policy_of(settings_module, extra_env)
    assert policies, "no policy read: nothing would be checked"
    media_origins = {MEDIA_HOST, "https://bucket.campaign.example"}
    for name, directives in policies.items():
        for directive in ("script-src", "style-src", "font-src", "default-src"):
            assert not media_origins & set(directives.get(directive, [])), (name, directive)
        # Pictures and sound may come from there, and static code from its own host.
        assert MEDIA_HOST in directives["img-src"]
        assert STATIC_HOST in directives["script-src"]
