"""Fixtures of the image rule tests: a phone-style photo that tells where it was taken, a
signed-in editor, and a configured CDN whose purges are recorded."""

import io
import struct

import pytest
from django.contrib.auth.models import User
from PIL import Image, ImageDraw

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


@pytest.fixture
def gps_jpeg():
    data = phone_jpeg()
    assert leaks(data) == [*LEAKS, b"GPS"], "the test photo carries every record"
    return data


@pytest.fixture
def editor(client, db):
    client.force_login(User.objects.create_superuser("pics", "pics@example.org", "long passphrase"))
    return client
