"""What tests make and read, as plain functions: staff accounts, what a person sends through the
public forms, pictures, StreamField content, and the pages, headers and purges the site sends
back. The only module tests import from each other; fixtures built on it live in conftest.py.

Nothing here imports the demo: pages are found by type, and content is built through Wagtail."""

import io
import os
import re
import struct
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.images import ImageFile
from django.db import OperationalError, connection
from PIL import Image, ImageDraw
from wagtail.images import get_image_model
from wagtail.images.rect import Rect

from campaigns.abuse import start_token
from campaigns.models import ActionPage
from toolkit.models import ToolkitPage

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "four words make a passphrase"


# People


def make_user(username="editor", *, groups=(), superuser=False, password=PASSPHRASE, **fields):
    """A staff account in the named groups (`setup_groups` made them), or a superuser."""
    fields.setdefault("email", f"{username}@example.org")
    manager = get_user_model().objects
    create = manager.create_superuser if superuser else manager.create_user
    user = create(username, password=password, **fields)
    user.groups.add(*(Group.objects.get(name=name) for name in groups))
    return user


# The public forms


def started_form(page=None, seconds_ago=30):
    """The start token a form page gives (the first petition's unless another page is named),
    issued `seconds_ago`. Each call gives a new one: tokens work once."""
    if page is None:
        page = ActionPage.objects.filter(kind="petition").first()
    return start_token(page.translation_key, issued=time.time() - seconds_ago)


def fetched_tokens(client, page_response):
    """What a form's script puts into its hidden fields once the visitor starts on it: the
    tokens from the address the form names (the page itself holds none)."""
    tokens = client.get(soup(page_response).select_one("form[data-tokens]")["data-tokens"])
    assert tokens.status_code == 200, tokens.status_code
    return tokens.json()


def filled_form(page=None, **overrides):
    """What a person types into a signature form (of the first petition, or `page`), shown 30
    seconds ago. An override of None leaves that field out."""
    data = {
        "first_name": "Ana",
        "last_name": "Ruiz",
        "email": "ana@example.org",
        "postal_code": "79901",
        "country": "US",
        "comment": "",
        "show_name": "on",
        "contact_consent": "on",
        "website": "",
    }
    if "started" not in overrides:
        data["started"] = started_form(page)
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def links_to(path_part, messages):
    """The links in these emails whose address contains `path_part`."""
    found = []
    for message in messages:
        found += [u for u in re.findall(r"https?://\S+", message.body) if path_part in u]
    return found


def confirm_signatures(client, messages=None):
    """What a signer does with the email: open the link (a page with one button), press the
    button. Confirms the signatures whose links are in these emails (all sent so far)."""
    paths = {}  # one per signature: a link sent again carries the same id
    sent = mail.outbox if messages is None else messages
    # English and Spanish emails (home.sub_addresses translates the address).
    for link in links_to("/signature/confirm/", sent) + links_to("/firma/confirmar/", sent):
        path = urlsplit(link).path
        paths.setdefault(path.rstrip("/").rsplit("/", 1)[1].split(":")[0], path)
    assert paths, "no confirmation link in the emails"
    for path in paths.values():
        page = client.get(path)
        assert page.status_code == 200, page.status_code
        assert soup(page).select_one("form[method=post] button")
        assert client.post(path).status_code == 200


# Pages as a browser (or a search engine) reads them


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def h1_texts(response):
    return [h.get_text(" ", strip=True) for h in soup(response).find_all("h1")]


def hreflangs(response):
    return {
        link["hreflang"]: link["href"]
        for link in soup(response).find_all("link", rel="alternate")
        if link.get("hreflang")
    }


def meta_content(response, name=None, prop=None):
    attrs = {"name": name} if name else {"property": prop}
    tag = soup(response).find("meta", attrs=attrs)
    return tag["content"] if tag else None


def search_titles(response):
    """The titles of a search page's results, in order."""
    return [h.get_text(" ", strip=True) for h in soup(response).select("ol.search-results li h2")]


def content_security_policy(response):
    """The Content-Security-Policy as {directive: [sources]}."""
    parts = (p.split() for p in response["Content-Security-Policy"].split(";") if p.strip())
    return {name: sources for name, *sources in parts}


def purged_urls(purge):
    """What the site told a configured CDN to drop (the mock of the cdn_purges fixture)."""
    return [url for call in purge.call_args_list for url in call.args[0]]


# Failures and other settings


@contextmanager
def database_refuses(only=""):
    """Every statement (or those containing `only`) fails as if the server had gone away."""

    def refuse(execute, sql, params, many, context):
        if only in sql:
            raise OperationalError("server closed the connection unexpectedly")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(refuse):
        yield


PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "borderhumanity.settings.production",
    "SECRET_KEY": "x" * 20 + "-a-long-random-production-key-for-tests-only-93jd",
    "ALLOWED_HOSTS": "campaign.example.org",
}


def run_manage(*args, env):
    """manage.py in a process of its own, with `env` (such as PRODUCTION_ENV) over this one's."""
    clean = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ALLOWED_HOSTS")}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


# Pictures

RED = (230, 0, 0)


def make_image(title="Test picture", size=(1600, 900), consent="not_needed", focal=None, **fields):
    """A stored blue picture; with `focal` (left, top, right, bottom) a red square there, set
    as the image's focal point."""
    picture = Image.new("RGB", size, (20, 40, 160))
    if focal:
        ImageDraw.Draw(picture).rectangle(focal, fill=RED)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    image = get_image_model()(
        title=title,
        consent_status=consent,
        file=ImageFile(io.BytesIO(buffer.getvalue()), name=f"{uuid.uuid4().hex[:8]}.png"),
        **fields,
    )
    if focal:
        image.set_focal_point(Rect(*focal))
    image.save()
    return image


# What a phone writes: the place (GPS), the device and the moment, plus an editor's XMP packet
# and a comment. Each has a marker the tests look for in every byte the site serves.
GPS_LATITUDE = (32.0, 32.0, 12.34)
DEVICE = "BorderCam Test Phone 9"
XMP_MARKER = b"bh-test-xmp-packet-location-Tijuana"
COMMENT_MARKER = b"bh-test-comment-shelter-address"
XMP_PACKET = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-'
    b'syntax-ns#"><rdf:Description photoshop:City="' + XMP_MARKER + b'"/></rdf:RDF></x:xmpmeta>'
    b'<?xpacket end="w"?>'
)
LEAKS = (b"Exif\x00\x00", DEVICE.encode(), XMP_MARKER, COMMENT_MARKER, b"<x:xmpmeta")


def detailed_picture(size=(1600, 1000)):
    """A picture full of detail (stripes, rings, text): what a face or a street sign is to a
    blur, and what a test needs to tell a recovered picture from a smooth guess."""
    picture = Image.new("RGB", size, (200, 190, 170))
    draw = ImageDraw.Draw(picture)
    for x in range(0, size[0], 14):
        draw.line(
            (x, 0, x, size[1]), fill=(20, 20, 20) if (x // 14) % 2 else (250, 250, 250), width=5
        )
    for r in range(20, min(size) // 2, 24):
        draw.ellipse(
            (size[0] // 2 - r, size[1] // 2 - r, size[0] // 2 + r, size[1] // 2 + r),
            outline=(200, 30, 30),
            width=6,
        )
    draw.text((40, 40), "FACE", fill=(0, 0, 0))
    return picture


def phone_jpeg(orientation=1, size=(1600, 1000)):
    """A JPEG as a phone makes it: EXIF with a GPS position and the device, an XMP packet
    (APP1) and a comment."""
    exif = Image.Exif()
    exif[0x010F] = "BorderCam"  # Make
    exif[0x0110] = DEVICE  # Model
    exif[0x0132] = "2026:11:30 03:14:15"  # DateTime
    exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = GPS_LATITUDE
    gps[3] = "W"
    gps[4] = (117.0, 2.0, 34.56)
    buffer = io.BytesIO()
    detailed_picture(size).save(
        buffer, format="JPEG", quality=90, exif=exif.tobytes(), comment=COMMENT_MARKER
    )
    data = buffer.getvalue()
    xmp = b"http://ns.adobe.com/xap/1.0/\x00" + XMP_PACKET
    segment = b"\xff\xe1" + struct.pack(">H", len(xmp) + 2) + xmp
    return data[:2] + segment + data[2:]


def leaks(data):
    """The markers of place, device and editing records found in the bytes, and "GPS" when
    the picture's EXIF holds a position."""
    found = [marker for marker in LEAKS if marker in data]
    try:
        if Image.open(io.BytesIO(data)).getexif().get_ifd(0x8825):
            found.append(b"GPS")
    except Exception:  # noqa: BLE001, S110 — not a picture (a text file in a ZIP)
        pass
    return found


# StreamField content and toolkit pages


def stream_json(model, field_name, items):
    """[(block_type, value), ...] → what the editor would store in `model`'s StreamField: each
    value validated by its block, every struct key present, every block and list item with
    its own lasting id."""
    block = model._meta.get_field(field_name).stream_block
    raw = [{"type": block_type, "value": value} for block_type, value in items]
    return block.get_prep_value(block.clean(block.to_python(raw)))


def asset_value(title, image, posts=None, alt="", platforms=("x",)):
    return {
        "title": title,
        "image": image.pk,
        "alt_text": alt,
        "posts": posts if posts is not None else [{"platform": "x", "text": f"Post: {title}"}],
        "hashtags": "#Asylum",
        "platforms": list(platforms),
    }


def pack_value(title, assets):
    return {"type": "pack", "value": {"title": title, "description": "", "assets": assets}}


def set_packs(page, packs):
    """Publish a toolkit page with these packs, stored as the editor would."""
    page.packs = stream_json(ToolkitPage, "packs", [(p["type"], p["value"]) for p in packs])
    page.save_revision().publish()
    return ToolkitPage.objects.get(pk=page.pk)


def toolkit_page(lang="en"):
    """The live toolkit page in this language."""
    return ToolkitPage.objects.live().get(locale__language_code=lang)


# Pages in two languages (FAQ and search tests)


def spanish_translation(page, **fields):
    """`page`'s Spanish translation as wagtail-localize makes it (the untranslated strings
    falling back to the English), published, then edited as a translator would: `fields` set
    and published again. The parent must have a Spanish translation already."""
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    spanish = Locale.objects.get(language_code="es")
    source, _created = TranslationSource.update_or_create_from_instance(page)
    Translation.objects.get_or_create(source=source, target_locale=spanish)
    translated, _created = source.create_or_update_translation(
        spanish, publish=False, fallback=True
    )
    translated.get_latest_revision().publish()
    translated = type(page).objects.get(pk=translated.pk)
    if fields:
        for name, value in fields.items():
            setattr(translated, name, value)
        translated.save_revision().publish()
        translated = type(page).objects.get(pk=translated.pk)
    return translated


def spanish_snippet(snippet, **fields):
    """A translatable snippet's Spanish copy with `fields` set (the rest as in `snippet`)."""
    from wagtail.models import Locale

    copy = snippet.copy_for_translation(Locale.objects.get(language_code="es"))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy
