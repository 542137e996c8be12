"""Removing what a photo says about where, when and with what it was taken.

A phone writes the place (GPS), the time and the device into every photo it takes (EXIF), and
editing programs add their own records (XMP, IPTC, comments). For people photographed at the
border that can be the most dangerous part of the file. Every image is cleaned before it is
stored (toolkit.models.MediaImage.save), so that the original, its renditions, the toolkit's
sizes and ZIPs and the social cards drawn on it carry none of it.

What is kept: the pixels, turned the way the camera's orientation tag said (the tag itself goes),
and the colour profile (without it colours shift). A JPEG that needs no turning is cleaned
without being encoded again: its metadata segments are cut out and every other byte is kept.
"""

import io
import struct

from PIL import Image, ImageOps

# JPEG markers kept: APP0 (JFIF), APP2 (the ICC colour profile), APP14 (Adobe: colour transform
# of CMYK/YCCK files). Every other APPn (APP1 EXIF and XMP, APP13 IPTC/Photoshop, maker notes…)
# and COM (comments) go.
KEPT_APP_MARKERS = {0xE0, 0xE2, 0xEE}
COMMENT = 0xFE
START_OF_SCAN = 0xDA

# Pillow's formats and the options that keep quality when a file must be encoded again.
ENCODE_OPTIONS = {
    "JPEG": {"quality": 92, "subsampling": 0},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 92},
    "AVIF": {"quality": 90},
    "GIF": {},
}


class NotAnImage(ValueError):
    pass


def _orientation(picture):
    try:
        return picture.getexif().get(0x0112, 1) or 1
    except Exception:  # noqa: BLE001 — a broken EXIF block: nothing to turn by
        return 1


def strip_jpeg_segments(data):
    """The JPEG without its metadata segments; every other byte as it was."""
    if data[:2] != b"\xff\xd8":
        raise NotAnImage("not a JPEG")
    out = bytearray(b"\xff\xd8")
    position = 2
    while position < len(data):
        if data[position] != 0xFF:
            raise NotAnImage("broken JPEG segment")
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker == START_OF_SCAN or 0xD0 <= marker <= 0xD9 or marker == 0x01:
            out += data[position:]  # the image data up to the end: kept as it is
            break
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        segment = data[position : position + 2 + length]
        is_app = 0xE0 <= marker <= 0xEF
        if not (marker == COMMENT or (is_app and marker not in KEPT_APP_MARKERS)):
            out += segment
        position += 2 + length
    return bytes(out)


def clean_image_bytes(data):
    """(cleaned bytes, width, height) of an image file's bytes, same format."""
    picture = Image.open(io.BytesIO(data))
    image_format = picture.format
    orientation = _orientation(picture)
    if image_format == "JPEG" and orientation == 1:
        cleaned = strip_jpeg_segments(data)
        return cleaned, picture.width, picture.height
    icc = picture.info.get("icc_profile")
    if image_format == "GIF" and getattr(picture, "is_animated", False):
        frames, durations = [], []
        for index in range(picture.n_frames):
            picture.seek(index)
            frames.append(picture.copy())
            durations.append(picture.info.get("duration", 100))
        picture.seek(0)
        buffer = io.BytesIO()
        frames[0].info = {}
        frames[0].save(
            buffer,
            format="GIF",
            save_all=True,
            append_images=frames[1:],
            duration=durations,
            loop=picture.info.get("loop", 0),
            disposal=2,
        )
        return buffer.getvalue(), picture.width, picture.height
    turned = ImageOps.exif_transpose(picture) if orientation != 1 else picture.copy()
    turned.info = {}  # no EXIF, XMP, comments or text chunks are carried over
    options = dict(ENCODE_OPTIONS.get(image_format, {}))
    if icc:
        options["icc_profile"] = icc
    if image_format == "JPEG" and turned.mode not in ("RGB", "L", "CMYK"):
        turned = turned.convert("RGB")
    buffer = io.BytesIO()
    turned.save(buffer, format=image_format, exif=b"", **options)
    return buffer.getvalue(), turned.width, turned.height


def carries_metadata(data):
    """True when the bytes hold a place, time, device or editing record we know of.
    Used by the clean-up command to skip files that are already clean, and by the tests."""
    markers = (b"Exif\x00\x00", b"http://ns.adobe.com/xap/1.0/", b"<x:xmpmeta", b"Photoshop 3.0")
    if any(marker in data for marker in markers):
        return True
    if data[:2] == b"\xff\xd8":
        return strip_jpeg_segments(data) != data
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return any(chunk in data for chunk in (b"eXIf", b"tEXt", b"zTXt", b"iTXt", b"tIME"))
    return False
