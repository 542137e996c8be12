"""What tests make and read, as plain functions: staff accounts, what a person sends through the
public forms, pictures, StreamField content, the pages each area's tests build in two languages
(with the words they then assert), and the pages, headers and purges the site sends back.

The only module tests import from each other (tests/test_import_rules.py checks); fixtures
built on it live in conftest.py. Browser tests run make_browser_pages on the live site.

Nothing here imports the demo: the site's frame (home pages, the FAQ and news indexes, the
toolkit page) is found by type, and content, form pages included, is built through Wagtail."""

import datetime
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


def started_form(page, seconds_ago=30):
    """The start token this form page gives, issued `seconds_ago`. Each call gives a new one:
    tokens work once."""
    return start_token(page.translation_key, issued=time.time() - seconds_ago)


def fetched_tokens(client, page_response):
    """What a form's script puts into its hidden fields once the visitor starts on it: the
    tokens from the address the form names (the page itself holds none)."""
    tokens = client.get(soup(page_response).select_one("form[data-tokens]")["data-tokens"])
    assert tokens.status_code == 200, tokens.status_code
    return tokens.json()


def filled_form(page, **overrides):
    """What a person types into `page`'s signature form, shown 30 seconds ago. An override of
    None leaves that field out."""
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


# Pages in two languages


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


# Messages of welcome


def welcome_page(parent, **fields):
    """A published messages-of-welcome page under `parent` (a home or campaign page)."""
    from campaigns.models import WelcomePage

    values = {
        "title": "Welcome home, Noor",
        "slug": f"welcome-{uuid.uuid4().hex[:8]}",
        "person_name": "Noor",
        "intro": "Noor is home after ten months in detention.",
        "about_person": "<p>Noor teaches maths and loves long walks.</p>",
        "consent_text": "Keep my message to give it to Noor.",
        "show_consent_text": "Show it here with my first name and town.",
        "thank_you_heading": "Thank you for writing to Noor",
    }
    values.update(fields)
    page = WelcomePage(**values)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return WelcomePage.objects.get(pk=page.pk)


def welcome_message(page, **fields):
    """A message as the form stores it (new, not yet reviewed) for `page`."""
    from campaigns.models import WelcomeMessage

    values = {
        "page_key": page.translation_key,
        "form_page": page,
        "language": page.locale.language_code,
        "first_name": "Ana",
        "town": "Tucson",
        "message": "Welcome home, we are so glad you are free.",
        "show_on_page": True,
        "consent_text": page.consent_text,
    }
    values.update(fields)
    return WelcomeMessage.objects.create(**values)


# Privacy notice, contact and donate pages


def contact_page(**fields):
    """A new contact page under the English home page, published, and its Spanish translation
    (spanish_translation): (english, spanish)."""
    from campaigns.models import ContactPage
    from home.models import HomePage

    home = HomePage.objects.get(locale__language_code="en")
    page = ContactPage(title="Write to the coalition", slug="write-to-the-coalition", **fields)
    home.add_child(instance=page)
    page.save_revision().publish()
    page = ContactPage.objects.get(pk=page.pk)
    spanish = spanish_translation(
        page,
        title="Escribe a la coalición",
        slug="escribe-a-la-coalicion",
        consent_text="Acepto que guarden mi mensaje para responderme.",
        thank_you_heading="Gracias por escribirnos",
    )
    return page, spanish


def contact_message(page, **fields):
    """What a person types into a contact form, shown 30 seconds ago."""
    data = {
        "name": "Marisol Peña",
        "email": "marisol@example.org",
        "topic": "volunteering",
        "message": "I drive in El Paso on weekends and could take people to the bus station.",
        "consent": "on",
        "website": "",
        "started": started_form(page),
    }
    data.update(fields)
    return {key: value for key, value in data.items() if value is not None}


def standard_page(title, slug, parent=None):
    """A plain published page under the English home page (or `parent`) and its Spanish copy."""
    from home.models import HomePage, StandardPage

    parent = parent or HomePage.objects.get(locale__language_code="en")
    page = StandardPage(title=title, slug=slug)
    parent.add_child(instance=page)
    page.save_revision().publish()
    page = StandardPage.objects.get(pk=page.pk)
    return page, spanish_translation(page, title=f"{title} (es)", slug=f"{slug}-es")


# Pages of the tests' own (the parents they hang under are the site's frame: its home pages
# and the FAQ and news indexes)


def home_page(lang="en"):
    """The site's home page in this language: the frame every test page hangs under."""
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code=lang)


def make_standard_page(title="Test page about harbours", slug="test-page", parent=None, **fields):
    """A live standard page under `parent` (the English home page unless named)."""
    from home.models import StandardPage

    page = (parent or home_page("en")).add_child(
        instance=StandardPage(title=title, slug=slug, **fields)
    )
    page.save_revision().publish()
    return StandardPage.objects.get(pk=page.pk)


# Campaign pages and actions


def make_campaign(
    title="Test campaign: open the harbour", slug="test-campaign", spanish=None, **fields
):
    """A live campaign page under the English home page, its fields as given; with `spanish`
    (a title), its Spanish translation too: (english, spanish or None)."""
    from campaigns.models import CampaignPage

    page = home_page("en").add_child(instance=CampaignPage(title=title, slug=slug, **fields))
    page.save_revision().publish()
    page = CampaignPage.objects.get(pk=page.pk)
    return page, (spanish_translation(page, title=spanish) if spanish else None)


def make_form_page(model, slug, text):
    """A live public form page of `model` (a story form, a sign-up) at `slug` under the English
    home page with `text["en"]`'s fields, and its Spanish translation with `text["es"]`'s:
    (english, spanish)."""
    page = home_page("en").add_child(instance=model(slug=slug, **text["en"]))
    page.save_revision().publish()
    page = model.objects.get(pk=page.pk)
    return page, spanish_translation(page, **text["es"])


def make_action(kind, title, slug, parent=None, **fields):
    """A live action page of this kind (petition, targeted, organisations...) under `parent`
    (the English home page unless named), its fields as given."""
    page = (parent or home_page("en")).add_child(
        instance=ActionPage(kind=kind, title=title, slug=slug, **fields)
    )
    page.save_revision().publish()
    return ActionPage.objects.get(pk=page.pk)


# Text in two languages


LANGS = ("en", "es")


def two_languages(**pairs):
    """name=(english, spanish), ... → {"en": {name: english}, "es": {name: spanish}}: the words
    a test builds into its pages, by language, so that it asserts its own text in each."""
    return {code: {name: pair[i] for name, pair in pairs.items()} for i, code in enumerate(LANGS)}


def translated_strings(page, text):
    """`page`'s Spanish translation through wagtail-localize's own route: every string equal to
    one of `text["en"]`'s values translated as `text["es"]` gives it, every other one falling
    back to the English; published."""
    from wagtail.models import Locale
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationSource,
    )

    spanish = Locale.objects.get(language_code="es")
    source, _created = TranslationSource.update_or_create_from_instance(page)
    for name, english in text["en"].items():
        segments = StringSegment.objects.select_related("string", "context").filter(
            source=source, string__data=english
        )
        assert segments, f"no string {english!r} in {page}"
        for segment in segments:  # the same words may stand in two places
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=spanish,
                context=segment.context,
                data=text["es"][name],
            )
    Translation.objects.get_or_create(source=source, target_locale=spanish)
    translated, _created = source.create_or_update_translation(
        spanish, publish=False, fallback=True
    )
    translated.get_latest_revision().publish()
    return type(page).objects.get(pk=translated.pk)


# The tests' own petition in two languages (the petition_en / petition_es fixtures): a letter,
# five demands, signatures gathered offline, and every string the Spanish page shows translated
# through wagtail-localize.

PETITION_DEMANDS = [
    ("Light every crossing at night.", "Iluminar cada cruce por la noche."),
    ("Keep the shelter open all year.", "Mantener el albergue abierto todo el año."),
    ("Hear every request for protection.", "Escuchar cada solicitud de protección."),
    ("Give every family an interpreter.", "Dar a cada familia un intérprete."),
    ("Publish the wait times each week.", "Publicar cada semana los tiempos de espera."),
]
# No word of it may match the search corpus's (the browser search test counts suggestions).
PETITION_TEXT = two_languages(
    title=("Test petition: benches at the crossing", "Petición de prueba: bancos en el cruce"),
    slug=("test-petition", "peticion-de-prueba"),
    recipients=("The Test Harbour Council", "El Consejo del Puerto de Prueba"),
    letter=(
        "Members of the council, light the crossing and hear the people who reach it.",
        "Miembros del consejo: iluminen el cruce y escuchen a quienes llegan a él.",
    ),
    consent_text=(
        "Email me about the bench petition.",
        "Escríbeme sobre la petición de los bancos.",
    ),
    thank_you_heading=("Thank you for adding your name", "Gracias por sumar tu nombre"),
    demands_heading=("Five test demands", "Cinco peticiones de prueba"),
    **{f"demand_{i}": pair for i, pair in enumerate(PETITION_DEMANDS)},
)


def make_petition(offline_count=300):
    """A live petition under the English home page and its Spanish translation, published:
    (english, spanish)."""
    en = PETITION_TEXT["en"]
    demands = [f"<p>{en[f'demand_{i}']}</p>" for i in range(len(PETITION_DEMANDS))]
    english = make_action(
        "petition",
        en["title"],
        en["slug"],
        recipients=en["recipients"],
        letter=f"<p>{en['letter']}</p>",
        consent_text=en["consent_text"],
        thank_you_heading=en["thank_you_heading"],
        goal=1000,
        offline_count=offline_count,
        ask_comment=True,
        body=stream_json(
            ActionPage,
            "body",
            [("demands", {"heading": en["demands_heading"], "demands": demands})],
        ),
    )
    return english, translated_strings(english, PETITION_TEXT)


# Search: a small corpus with words the demo does not use

SEARCH_CORPUS = {
    "keepers": two_languages(
        title=("Lighthouse keepers' rights", "Brújula y faro de los guardianes"),
        intro=(
            "What a lighthouse keeper may refuse.",
            "Lo que un guardián del faro puede rechazar.",
        ),
        heading=("Why guard the lighthouse?", "¿Por qué guardar el faro?"),
        question=("Before the lantern inspection", "Antes de la inspección de la linterna"),
        answer=(
            "Ask the harbourmaster or another lamplighter to come with you.",
            "Pida al capitán del puerto u otro farero que le acompañe.",
        ),
    ),
    "lanterns": two_languages(
        title=("Lantern repairs", "Reparación de linternas"),
        intro=("How to mend a lantern that leaks.", "Cómo arreglar una linterna que gotea."),
        heading=("Tools for the lantern", "Herramientas para la linterna"),
        question=("Which wick to buy", "Qué mecha comprar"),
        answer=(
            "A cotton wick burns longest in the cold.",
            "Una mecha de algodón dura más con el frío.",
        ),
    ),
    "foghorn": two_languages(
        title=("Foghorn schedules", "Horarios de la sirena de niebla"),
        intro=("When the foghorn sounds each night.", "Cuándo suena la sirena cada noche."),
        heading=("Sounding the foghorn", "Hacer sonar la sirena"),
        question=("Who keeps the foghorn log", "Quién lleva el registro de la sirena"),
        answer=(
            "The keeper writes each foghorn signal in the log.",
            "El guardián anota cada señal de la sirena en el registro.",
        ),
    ),
}


def corpus_body(words):
    """A heading, and an accordion whose answer is StreamField text."""
    from home.models import StandardPage

    return stream_json(
        StandardPage,
        "body",
        [
            ("heading", {"text": words["heading"], "level": "h2", "anchor": ""}),
            (
                "accordion",
                {
                    "heading": "",
                    "items": [{"title": words["question"], "body": f"<p>{words['answer']}</p>"}],
                },
            ),
        ],
    )


def make_search_corpus(home):
    """{name: {"en": page, "es": page}}: every page of SEARCH_CORPUS published under `home` as
    /en/test-<name>/, and its Spanish translation."""
    from home.models import StandardPage

    pages = {}
    for name, words in SEARCH_CORPUS.items():
        english = home.add_child(
            instance=StandardPage(
                title=words["en"]["title"],
                slug=f"test-{name}",
                intro=words["en"]["intro"],
                body=corpus_body(words["en"]),
            )
        )
        english.save_revision().publish()
        english = StandardPage.objects.get(pk=english.pk)
        spanish = spanish_translation(
            english,
            title=words["es"]["title"],
            intro=words["es"]["intro"],
            body=corpus_body(words["es"]),
        )
        pages[name] = {"en": english, "es": spanish}
    return pages


# The journey: eleven stages, three paths, chained questions. Three starting stages, a stage
# with two next stages, one that a later stage sends a case back to.

JOURNEY_TEXT = two_languages(
    title=("Test road through the process", "Camino de prueba por el proceso"),
    custody=("Held or let go", "Retenido o liberado"),
    figure=("4,321", "4.321"),
)


def journey_stage(key, title, next_stages=(), **fields):
    value = {
        "stage_id": key,
        "title": title,
        "label": f"Map: {title}"[:32],
        "summary": f"What happens at the stage {title}.",
        "next_stages": [{"stage": to, "condition": condition} for to, condition in next_stages],
    }
    value.update(fields)
    return ("stage", value)


def journey_stages(rights_pages):
    return [
        journey_stage("at-the-border", "At the crossing", [("fear-interview", "")]),
        journey_stage("crossed-over", "Stopped after crossing", [("court-notice", "if let go")]),
        journey_stage("living-here", "Living here", [("filing-deadline", "")]),
        journey_stage(
            "fear-interview",
            "The fear talk",
            [("custody", "if a fear is found"), ("second-look", "if the finding is no")],
        ),
        journey_stage(
            "second-look", "A judge looks again", [("custody", "if the judge thinks otherwise")]
        ),
        journey_stage("court-notice", "The court letter", [("hearing", "")]),
        journey_stage("filing-deadline", "The filing year", [("asylum-office", "")]),
        journey_stage(
            "custody",
            JOURNEY_TEXT["en"]["custody"],
            [("hearing", "")],
            duration="Weeks to seasons",
            statistic={
                "number": JOURNEY_TEXT["en"]["figure"],
                "label": "people held on a test day",
                "as_of": datetime.date(2021, 3, 14),
                "source_name": "A made-up register",
            },
            rights=[{"text": text, "page": page.pk} for text, page in rights_pages],
        ),
        # A case sent back to court: a step to an earlier stage of the list.
        journey_stage(
            "asylum-office",
            "The office interview",
            [("granted", "if approved"), ("court-notice", "if sent to court")],
        ),
        journey_stage("hearing", "Before the judge", [("granted", "if the judge agrees")]),
        journey_stage("granted", "Protected"),
    ]


JOURNEY_PATHS = [
    (
        "path",
        {
            "path_id": "affirmative",
            "title": "Asking from inside",
            "stages": ["living-here", "filing-deadline", "asylum-office", "granted"],
        },
    ),
    (
        "path",
        {
            "path_id": "crossing",
            "title": "Asking at the crossing",
            "stages": ["at-the-border", "fear-interview", "custody", "hearing", "granted"],
        },
    ),
    (
        "path",
        {
            "path_id": "stopped",
            "title": "Stopped inside",
            "stages": ["crossed-over", "court-notice"],
        },
    ),
]


def journey_answer(text, stage="", question=""):
    return {"answer": text, "stage": stage, "question": question}


JOURNEY_QUESTIONS = [
    (
        "question",
        {
            "question_id": "where-now",
            "question": "Where did it start?",
            "answers": [
                journey_answer("At the crossing itself", stage="at-the-border"),
                journey_answer("Agents stopped me inside", question="fear-asked"),
                journey_answer("I have lived here a while", question="court-letter"),
            ],
        },
    ),
    (
        "question",
        {
            "question_id": "fear-asked",
            "question": "Did an officer ask about your fear?",
            "answers": [
                journey_answer("Not yet", stage="fear-interview"),
                journey_answer("Yes", stage="custody"),
            ],
        },
    ),
    (
        "question",
        {
            "question_id": "court-letter",
            "question": "Did a court letter come?",
            "answers": [
                journey_answer("It did", stage="court-notice"),
                journey_answer("It did not", stage="filing-deadline"),
            ],
        },
    ),
]


def build_journey(home, rights):
    """A live journey of eleven stages under `home` at test-road/; the custody stage's rights
    link the [(text, page)] given."""
    from journey.models import JourneyPage

    page = JourneyPage(
        title=JOURNEY_TEXT["en"]["title"],
        slug="test-road",
        intro="A journey the tests build.",
        stages=stream_json(JourneyPage, "stages", journey_stages(rights)),
        paths=stream_json(JourneyPage, "paths", JOURNEY_PATHS),
        questions=stream_json(JourneyPage, "questions", JOURNEY_QUESTIONS),
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return JourneyPage.objects.get(pk=page.pk)


def translate_journey(journey):
    """Its Spanish translation: the title, the custody stage's title and figure translated,
    every other string falling back to the English."""
    return translated_strings(journey, JOURNEY_TEXT)


# Answers: FAQ pages, a shared question, know-your-rights guides

FAQ_TEXT = two_languages(
    title=("Test answers about crossing", "Respuestas de prueba sobre el cruce"),
    topic=("Test topic: crossing", "Tema de prueba: el cruce"),
    shared=("Test: may I bring my papers?", "Prueba: ¿puedo traer mis papeles?"),
    sections=(
        ["Test: before you cross", "Test: after you cross"],
        ["Prueba: antes de cruzar", "Prueba: después de cruzar"],
    ),
    written=(
        ["Test: who can help me?", "Test: what is a tidewater interview?"],
        ["Prueba: ¿quién me puede ayudar?", "Prueba: ¿qué es una entrevista tidewater?"],
    ),
    guide=("Test guide: rights on the road", "Guía de prueba: derechos en el camino"),
    scenarios=(
        ["Test: at the door", "Test: at work", "Test: on the road"],
        ["Prueba: en la puerta", "Prueba: en el trabajo", "Prueba: en el camino"],
    ),
    phrase=("I do not agree to a search.", "No doy permiso para un registro."),
    notice=(
        "Test notice: this page is general information only.",
        "Aviso de prueba: esta página es solo información general.",
    ),
    card_notice=("Test: general information only", "Prueba: solo información general"),
    transcript=(
        "Test transcript: you may stay silent.",
        "Transcripción de prueba: puede guardar silencio.",
    ),
    card_rights=(
        "You may stay silent.\nYou may ask for a lawyer.",
        "Puede guardar silencio.\nPuede pedir un abogado.",
    ),
)
FAQ_ANCHORS = ["test-bring-papers", "test-who-helps", "test-tidewater"]
FAQ_SECTION_ANCHORS = ["test-before", "test-after"]
SCENARIO_ANCHORS = ["test-at-the-door", "test-at-work", "test-on-the-road"]
HOTLINE = "+1 555 010 0177"
HOTLINE_TEL = "tel:+15550100177"


def faq_index(lang="en"):
    """The FAQ index in this language: the parent of the pages the tests build."""
    from faq.models import FAQIndexPage

    return FAQIndexPage.objects.get(locale__language_code=lang)


def make_faq_topic():
    from faq.models import FAQTopic

    english = FAQTopic.objects.create(name=FAQ_TEXT["en"]["topic"], sort_order=0)
    return {"en": english, "es": spanish_snippet(english, name=FAQ_TEXT["es"]["topic"])}


def make_shared_question():
    from faq.models import FAQQuestion

    english = FAQQuestion.objects.create(
        question=FAQ_TEXT["en"]["shared"],
        anchor=FAQ_ANCHORS[0],
        answer="<p>Yes: bring every paper about your case you have.</p>",
        sources="<p>Test source</p>",
    )
    spanish = spanish_snippet(
        english,
        question=FAQ_TEXT["es"]["shared"],
        answer="<p>Sí: traiga todos los papeles de su caso que tenga.</p>",
    )
    return {"en": english, "es": spanish}


def faq_sections(code, shared_pk):
    """Two sections: the shared question and a written one, then a written one."""
    text = FAQ_TEXT[code]

    def written(i):
        return {
            "type": "question",
            "value": {
                "question": text["written"][i],
                "anchor": FAQ_ANCHORS[i + 1],
                "answer": f"<p>{text['written'][i]} An answer long enough to read.</p>",
                "sources": "<p>Test source</p>",
            },
        }

    questions = [[{"type": "shared_question", "value": shared_pk}, written(0)], [written(1)]]
    return [
        {
            "type": "section",
            "value": {
                "heading": text["sections"][i],
                "anchor": FAQ_SECTION_ANCHORS[i],
                "intro": "",
                "questions": questions[i],
            },
        }
        for i in range(2)
    ]


def make_faq_pages(topic, shared_question):
    """A published FAQ page (test-crossing-answers/) in English and its Spanish translation."""
    from django.utils import timezone

    from faq.models import FAQPage

    english = faq_index("en").add_child(
        instance=FAQPage(
            title=FAQ_TEXT["en"]["title"],
            slug="test-crossing-answers",
            topic=topic["en"],
            last_reviewed=timezone.localdate(),
            sections=faq_sections("en", shared_question["en"].pk),
        )
    )
    english.save_revision().publish()
    english = FAQPage.objects.get(pk=english.pk)
    spanish = spanish_translation(
        english,
        title=FAQ_TEXT["es"]["title"],
        sections=faq_sections("es", shared_question["es"].pk),
    )
    return {"en": english, "es": spanish}


def make_legal_notice():
    """Our own "not legal advice" notice, chosen in the setting."""
    from faq.models import KnowYourRightsSettings, LegalNotice

    english = LegalNotice.objects.create(
        name="Test notice",
        text=f"<p>{FAQ_TEXT['en']['notice']}</p>",
        short_text=FAQ_TEXT["en"]["card_notice"],
    )
    spanish = spanish_snippet(
        english,
        text=f"<p>{FAQ_TEXT['es']['notice']}</p>",
        short_text=FAQ_TEXT["es"]["card_notice"],
    )
    settings = KnowYourRightsSettings.load()
    settings.legal_notice = english
    settings.save()
    return {"en": english, "es": spanish}


def make_recording():
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model()(title="Test recording")
    document.file.save("test-recording.mp3", ContentFile(b"ID3 test recording"), save=False)
    document.save()
    return document


def guide_stream(code, recording):
    text = FAQ_TEXT[code]
    scenarios = [
        (
            "scenario",
            {
                "title": title,
                "anchor": anchor,
                "summary": "",
                "do": ["Stay calm.", "Ask for a lawyer."],
                "dont": ["Do not run."],
                "phrases": [
                    {
                        "phrase": text["phrase"],
                        # Copied into every language; shown only off the English guide.
                        "english": FAQ_TEXT["en"]["phrase"],
                        "note": "",
                    }
                ],
                "hotlines": [{"name": "Test hotline", "number": HOTLINE, "hours": ""}],
            },
        )
        for title, anchor in zip(text["scenarios"], SCENARIO_ANCHORS, strict=True)
    ]
    audio = (
        "audio",
        {
            "title": "Test recording",
            "audio": recording.pk,
            "language": {"en": "English", "es": "Spanish"}[code],
            "transcript": f"<p>{text['transcript']}</p>",
        },
    )
    return scenarios + [audio]


def make_related_questions_page(parent, question, faq_page):
    """A page (test-related-questions/) holding one "related questions" block: `question`
    answered in place and a link to `faq_page`."""
    from home.models import StandardPage

    block = {
        "heading": "Test questions",
        "questions": [question.pk],
        "more": {"text": "", "page": faq_page.pk, "url": ""},
    }
    page = parent.add_child(
        instance=StandardPage(
            title="Test questions before crossing",
            slug="test-related-questions",
            body=stream_json(StandardPage, "body", [("related_questions", block)]),
        )
    )
    page.save_revision().publish()
    return StandardPage.objects.get(pk=page.pk)


def make_guide(parent, slug, recording, reviewed):
    from faq.models import KnowYourRightsPage

    page = parent.add_child(
        instance=KnowYourRightsPage(
            title=FAQ_TEXT["en"]["guide"] + (" (" + slug + ")"),
            slug=slug,
            last_reviewed=reviewed,
            guide=stream_json(KnowYourRightsPage, "guide", guide_stream("en", recording)),
            card_rights=FAQ_TEXT["en"]["card_rights"],
            card_hotline_name="Test hotline",
            card_hotline_number=HOTLINE,
        )
    )
    page.save_revision().publish()
    return KnowYourRightsPage.objects.get(pk=page.pk)


def make_guides(recording):
    """A guide reviewed today (test-road-guide/) in English and Spanish, and an English one
    reviewed 400 days ago: {"en": ..., "es": ..., "overdue": ...}."""
    from django.utils import timezone

    from faq.models import KnowYourRightsPage

    today = timezone.localdate()
    english = make_guide(faq_index("en"), "test-road-guide", recording, today)
    spanish = spanish_translation(
        english,
        title=FAQ_TEXT["es"]["guide"],
        guide=stream_json(KnowYourRightsPage, "guide", guide_stream("es", recording)),
        card_rights=FAQ_TEXT["es"]["card_rights"],
    )
    overdue = make_guide(
        faq_index("en"), "test-old-guide", recording, today - datetime.timedelta(days=400)
    )
    return {"en": english, "es": spanish, "overdue": overdue}


# News: three posts in two languages, dated after every demo post (the newest of each index)

NEWS_DATE = datetime.date(2031, 3, 4)  # the advisory's, a Tuesday
NEWS_TEXT = two_languages(
    advisory=(
        "Test advisory: the clinic opens its doors",
        "Aviso de prueba: la clínica abre sus puertas",
    ),
    related=("Test statement on shelters", "Declaración de prueba sobre albergues"),
    victory=("Test victory in court", "Victoria de prueba en el tribunal"),
    hashtags=("#TestTagOne #TestTagTwo #TestTagThree", "#EtiquetaUno #EtiquetaDos #Tres"),
)
NEWS_CONTACTS = [
    {"name": "Tess Contact", "organisation": "Test Legal Clinic", "phone": "+1 555 0101"},
    {"name": "Second Contact", "organisation": "Another Clinic", "phone": "+1 555 0102"},
]


def news_index(lang="en"):
    from news.models import NewsIndexPage

    return NewsIndexPage.objects.get(locale__language_code=lang)


def make_post(title, slug, date, post_type="statement", **fields):
    """An English post, published under the English news index."""
    from news.models import NewsPage

    fields.setdefault("hero_image", make_image(title=f"Picture for {title}"))
    for name in ("authors", "press_contacts", "body", "related_posts"):
        if name in fields:
            fields[name] = stream_json(NewsPage, name, fields[name])
    post = NewsPage(
        title=title, slug=slug, date=date, post_type=post_type, intro=f"About {title}.", **fields
    )
    news_index("en").add_child(instance=post)
    post.save_revision().publish()
    return NewsPage.objects.get(pk=post.pk)


def translate_post(post, title, slug, **fields):
    """Its Spanish translation as wagtail-localize makes it (synchronised fields copied), then
    edited by a translator and published."""
    from news.models import NewsPage

    for name in ("body", "authors", "press_contacts"):
        if name in fields:
            fields[name] = stream_json(NewsPage, name, fields[name])
    return spanish_translation(post, title=title, slug=slug, **fields)


def press_contact(name, organisation, phone):
    return {
        "heading": "",
        "name": name,
        "organisation": organisation,
        "role": "",
        "phone": phone,
        "email": "press-test@example.org",
        "languages": "",
    }


def make_news():
    """Three new posts in both languages, newest first: a media advisory (byline, two press
    contacts, three hashtags, a section in the other language, the statement as related post),
    a story of a victory and a statement. {name: (english, spanish)}."""
    en, es = NEWS_TEXT["en"], NEWS_TEXT["es"]
    related = make_post(en["related"], "test-statement", NEWS_DATE - datetime.timedelta(2))
    related_es = translate_post(related, es["related"], "declaracion-de-prueba")
    victory = make_post(en["victory"], "test-victory", NEWS_DATE - datetime.timedelta(1), "victory")
    victory_es = translate_post(victory, es["victory"], "victoria-de-prueba")
    advisory = make_post(
        en["advisory"],
        "test-advisory",
        NEWS_DATE,
        "media_advisory",
        authors=[("author", {"name": "Tina Writer", "role": "Test Desk"})],
        press_contacts=[("contact", press_contact(**c)) for c in NEWS_CONTACTS],
        hashtags=en["hashtags"],
        related_posts=[("post", related.pk)],
        body=[
            ("text", "<p>The clinic opens in English words.</p>"),
            (
                "second_language",
                {"language": "es", "heading": "Sección", "text": "<p>Palabras en español.</p>"},
            ),
        ],
    )
    advisory_es = translate_post(
        advisory,
        es["advisory"],
        "aviso-de-prueba",
        hashtags=es["hashtags"],
        body=[
            ("text", "<p>La clínica abre en palabras españolas.</p>"),
            (
                "second_language",
                {"language": "en", "heading": "Section", "text": "<p>The clinic in English.</p>"},
            ),
        ],
    )
    return {
        "advisory": (advisory, advisory_es),
        "victory": (victory, victory_es),
        "related": (related, related_es),
    }


# What the browser tests build on the live site (tests/browser/conftest.py runs it there)

TOOLKIT_PACK = "Test pack: keep the lights on"
TOOLKIT_ASSET = "Test lantern poster"
TOOLKIT_POSTS = [{"platform": "x", "text": "Test post: every lantern lit tonight. #TestLanterns"}]
BROWSER_STORY_TEXT = two_languages(
    title=("Test: tell us about the crossing", "Prueba: cuéntanos sobre el cruce"),
    consent_text=(
        "Test consent: keep my story and publish it only as I chose.",
        "Consentimiento de prueba: guarden mi historia y publíquenla solo como elegí.",
    ),
    thank_you_heading=("Test: your story reached us", "Prueba: tu historia nos llegó"),
)


def make_browser_pages():
    """The journey, FAQ page, guides, search corpus, news, petition and story form above, built
    on the site this runs on, the search's "nothing found" offering the corpus. What the
    browser tests read of them (addresses, headings, labels) as {name: ...} of plain values,
    printable as JSON."""
    from campaigns.models import StoryFormPage
    from search.models import SearchSettings

    journey = build_journey(home_page("en"), [("Back to the start page", home_page("en"))])
    journey_es = translate_journey(journey)
    shared = make_shared_question()
    faq = make_faq_pages(make_faq_topic(), shared)
    related = make_related_questions_page(home_page("en"), shared["en"], faq["en"])
    guides = make_guides(make_recording())
    corpus = make_search_corpus(home_page("en"))
    search = SearchSettings.load()
    search.no_results_pages = [("page", corpus[name]["en"]) for name in SEARCH_CORPUS]
    search.save()
    news = make_news()
    poster = make_image(title="Test lantern poster")
    set_packs(
        toolkit_page("en"),
        [pack_value(TOOLKIT_PACK, [asset_value(TOOLKIT_ASSET, poster, posts=TOOLKIT_POSTS)])],
    )
    story = make_form_page(StoryFormPage, "test-share-a-story", BROWSER_STORY_TEXT)[1]
    petition = make_petition()[1]
    return {
        "journey": {"en": journey.url, "es": journey_es.url},
        "journey_es_page": {"id": journey_es.pk, "path": journey_es.url, "title": journey_es.title},
        "faq": {code: page.url for code, page in faq.items()},
        "faq_index": {code: faq_index(code).url for code in LANGS},
        "related_questions": {"en": related.url},
        "guide": {code: guides[code].url for code in LANGS},
        "search": {name: {c: p.url for c, p in pages.items()} for name, pages in corpus.items()},
        "news": {name: {"en": en.url, "es": es.url} for name, (en, es) in news.items()},
        "news_index": {code: news_index(code).url for code in LANGS},
        "toolkit": {code: toolkit_page(code).url for code in LANGS},
        "story_form_es": {
            "url": story.url,
            "title": story.title,
            "thanks": story.thank_you_heading,
            "consent": story.consent_text,
        },
        "petition_es": {"url": petition.url, "thanks": petition.thank_you_heading},
    }


# Call your officials


def make_official(name, role="senator", state="", phone="(202) 555-0100"):
    from campaigns.models import DecisionMaker

    return DecisionMaker.objects.create(name=name, role=role, state=state, phone=phone)


def call_page(officials, parent=None, **fields):
    """A published call page under the English home page (or `parent`) listing `officials`."""
    from campaigns.models import CallPage
    from home.models import HomePage

    parent = parent or HomePage.objects.get(locale__language_code="en")
    fields.setdefault("title", "Call the test officials")
    fields.setdefault("slug", f"call-{uuid.uuid4().hex[:8]}")
    fields.setdefault("script", "<p>Please ask {official} to close the test centre.</p>")
    fields.setdefault("voicemail", "<p>A short message for {official}.</p>")
    page = CallPage(targets=[("decision_maker", o) for o in officials], **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return CallPage.objects.get(pk=page.pk)


def called_form(page, response, official, **overrides):
    """What "I called" posts for `official`, taken from the officials' answer `response`,
    with its start token moved 30 seconds back (as if the call took that long)."""
    form = soup(response).find("input", attrs={"name": "official", "value": str(official.pk)})
    form = form.find_parent("form")
    data = {field["name"]: field.get("value", "") for field in form.select("input[name]")}
    data["started"] = started_form(page)
    data.update(overrides)
    return form["action"], data


# Video answers: small containers built byte by byte (no real picture in them: the site reads
# only the container), and the page that asks for them.


def iso_box(kind, body):
    return struct.pack(">I4s", 8 + len(body), kind) + body


def mp4_bytes(seconds=10, timescale=1000, version=0, brand=b"isom", duration=None, mdat=64):
    """An mp4 (or, with brand b"qt  ", a mov): ftyp, moov/mvhd stating the duration, mdat."""
    ticks = round(seconds * timescale) if duration is None else duration
    if version == 1:
        header = struct.pack(">B3xQQIQ", 1, 0, 0, timescale, ticks)
    else:
        header = struct.pack(">B3xIIII", 0, 0, 0, timescale, ticks)
    mvhd = iso_box(b"mvhd", header.ljust(100 if version == 0 else 112, b"\0"))
    ftyp = iso_box(b"ftyp", brand + b"\0\0\0\0" + brand + b"mp41")
    return ftyp + iso_box(b"moov", mvhd) + iso_box(b"mdat", b"\0" * mdat)


UNKNOWN_SIZE = b"\x01\xff\xff\xff\xff\xff\xff\xff"


def ebml(element_id, data, unknown_size=False):
    size = UNKNOWN_SIZE if unknown_size else b"\x01" + len(data).to_bytes(7, "big")
    return element_id + size + data


def webm_bytes(
    duration_ticks=None,
    clusters=((0, (0, 33, 66)), (1000, (0, 500))),
    doc_type=b"webm",
    timecode_scale=1_000_000,
    unknown_sizes=True,
    duration_width=8,
):
    """A WebM as a browser's MediaRecorder writes it (Segment and Clusters of unknown size, no
    Duration) unless `duration_ticks` is given: clusters are (timecode, [block offsets]) in
    ticks of `timecode_scale` nanoseconds."""
    header = ebml(b"\x1a\x45\xdf\xa3", ebml(b"\x42\x86", b"\x01") + ebml(b"\x42\x82", doc_type))
    info = ebml(b"\x2a\xd7\xb1", timecode_scale.to_bytes(4, "big"))
    if duration_ticks is not None:
        packed = struct.pack(">d" if duration_width == 8 else ">f", duration_ticks)
        info += ebml(b"\x44\x89", packed)
    body = ebml(b"\x15\x49\xa9\x66", info) + ebml(b"\x16\x54\xae\x6b", b"")
    for timecode, offsets in clusters:
        blocks = b"".join(
            ebml(b"\xa3", b"\x81" + struct.pack(">hB", offset, 0x80) + b"\0" * 16)
            for offset in offsets
        )
        cluster_data = ebml(b"\xe7", timecode.to_bytes(4, "big")) + blocks
        body += ebml(b"\x1f\x43\xb6\x75", cluster_data, unknown_size=unknown_sizes)
    return header + ebml(b"\x18\x53\x80\x67", body, unknown_size=unknown_sizes)


def webm_lasting(seconds):
    """A recording of about `seconds` seconds, one cluster a second, blocks every 100 ms."""
    return webm_bytes(
        clusters=[(second * 1000, range(0, 1000, 100)) for second in range(int(seconds))]
        + [(int(seconds) * 1000, (0,))]
    )


def video_prompt_page(lang="en", **fields):
    """A live video prompt page under the home page of this language (made in English and
    translated for "es")."""
    from wagtail.models import Page

    from campaigns.models import VideoPromptPage

    english = VideoPromptPage.objects.filter(slug="test-video-prompt").first()
    if english is None:
        home = Page.objects.get(depth=2, locale__language_code="en").specific
        english = VideoPromptPage(
            title="Tell us on video",
            slug="test-video-prompt",
            prompt="What did the asylum process ask of your family?",
            **fields,
        )
        home.add_child(instance=english)
        english.save_revision().publish()
        english = VideoPromptPage.objects.get(pk=english.pk)
    if lang == "en":
        return english
    return spanish_translation(english, title="Cuéntanos en video")


def video_answer_form(page, video, **overrides):
    """What a visitor sends: the file, how to be credited, consent, a fresh start token."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = {
        "video": SimpleUploadedFile("answer.webm", video, content_type="video/webm"),
        "language": "es",
        "credit": "first_name",
        "name": "Lucía Fernández",
        "email": "lucia@example.org",
        "consent": "on",
        "website": "",
        "started": started_form(page),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}
