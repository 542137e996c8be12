"""The container reader decides what a sent video is and how long it lasts from its own bytes,
and gives up cleanly (Unreadable), after a bounded amount of reading, on anything else."""

import io
import math
import struct

import pytest

from campaigns.video_container import MAX_ITEMS, Unreadable, inspect
from tests.factories import (
    UNKNOWN_SIZE,
    ebml,
    iso_box,
    mp4_bytes,
    webm_bytes,
    webm_lasting,
)


def read(data):
    return inspect(io.BytesIO(data))


class CountingFile(io.BytesIO):
    def __init__(self, data):
        super().__init__(data)
        self.bytes_read = 0

    def read(self, size=-1):
        data = super().read(size)
        self.bytes_read += len(data)
        return data


def test_an_mp4_movie_header_gives_the_duration_in_both_versions():
    assert read(mp4_bytes(seconds=42.5)).seconds == pytest.approx(42.5)
    assert read(mp4_bytes(seconds=42.5)).kind == "mp4"
    assert read(mp4_bytes(seconds=90, timescale=90000, version=1)).seconds == pytest.approx(90)


def test_a_quicktime_brand_is_a_mov():
    info = read(mp4_bytes(seconds=3, brand=b"qt  "))
    assert (info.kind, info.seconds) == ("mov", pytest.approx(3))


def test_a_browser_recording_without_duration_is_measured_by_its_last_block():
    # Clusters at 0 s and 1 s; the last block 500 ms into the second: 1.5 s.
    info = read(webm_bytes())
    assert (info.kind, info.seconds) == ("webm", pytest.approx(1.5))
    assert read(webm_lasting(130)).seconds == pytest.approx(130)


def test_a_stated_duration_is_read_with_the_timecode_scale():
    assert read(webm_bytes(duration_ticks=61_500.0)).seconds == pytest.approx(61.5)
    assert read(webm_bytes(duration_ticks=61_500.0, duration_width=4)).seconds == pytest.approx(
        61.5
    )
    # Ticks of 10 ms.
    scaled = webm_bytes(duration_ticks=300.0, timecode_scale=10_000_000, unknown_sizes=False)
    assert read(scaled).seconds == pytest.approx(3)


def test_matroska_is_accepted_and_other_doc_types_are_not():
    assert read(webm_bytes(doc_type=b"matroska")).kind == "matroska"
    with pytest.raises(Unreadable):
        read(webm_bytes(doc_type=b"avi"))


@pytest.mark.parametrize(
    "data",
    [
        b"MZ\x90\x00" + b"\0" * 2000,  # a Windows program named answer.mp4
        b"PK\x03\x04" + b"\0" * 100,  # a zip
        b"\x89PNG\r\n\x1a\n" + b"\0" * 100,
        b"",
        b"ftyp",
    ],
)
def test_files_that_are_not_videos_are_refused(data):
    with pytest.raises(Unreadable):
        read(data)


def test_a_truncated_file_is_refused():
    whole = mp4_bytes(seconds=10, mdat=5000)
    with pytest.raises(Unreadable):
        read(whole[:-100])  # the mdat box runs past the end
    recording = webm_bytes()
    with pytest.raises(Unreadable):
        read(recording[:-5])  # the last block is cut
    with pytest.raises(Unreadable):
        read(recording[:30])


def test_a_video_without_a_readable_duration_is_refused():
    for data in (
        mp4_bytes(duration=0),
        mp4_bytes(duration=0xFFFFFFFF),  # "unknown"
        mp4_bytes(timescale=0),
        webm_bytes(clusters=()),  # no Duration, no block
        webm_bytes(duration_ticks=math.nan),
        webm_bytes(duration_ticks=-5.0),
    ):
        with pytest.raises(Unreadable):
            read(data)


def test_a_huge_duration_is_read_as_huge_not_as_an_error():
    assert read(mp4_bytes(duration=0xFFFFFFFE, timescale=1)).seconds > 10**9
    assert read(mp4_bytes(duration=2**63, timescale=1, version=1)).seconds > 10**18
    assert read(webm_bytes(duration_ticks=1e300)).seconds > 10**200


def test_sizes_that_run_past_the_file_or_the_parent_are_refused_without_reading_them():
    # A Cluster that claims 2^56 bytes inside a 200-byte file.
    header = ebml(b"\x1a\x45\xdf\xa3", ebml(b"\x42\x82", b"webm"))
    bomb = (
        header
        + b"\x18\x53\x80\x67"
        + UNKNOWN_SIZE
        + b"\x1f\x43\xb6\x75"
        + b"\x01"
        + b"\xff" * 6
        + b"\xfe"
    )
    handle = CountingFile(bomb + b"\0" * 100)
    with pytest.raises(Unreadable):
        inspect(handle)
    assert handle.bytes_read < 1000
    # An mp4 box that says 2^64 - 1 bytes.
    huge = iso_box(b"ftyp", b"isom\0\0\0\0") + struct.pack(">I4sQ", 1, b"moov", 2**64 - 1)
    with pytest.raises(Unreadable):
        read(huge)


def test_nested_elements_of_unknown_size_end_cleanly():
    header = ebml(b"\x1a\x45\xdf\xa3", ebml(b"\x42\x82", b"webm"))
    nested = b"".join(b"\xa0" + UNKNOWN_SIZE for _ in range(1000))  # BlockGroups, unknown size
    data = header + b"\x18\x53\x80\x67" + UNKNOWN_SIZE + b"\x1f\x43\xb6\x75" + UNKNOWN_SIZE
    with pytest.raises(Unreadable):
        read(data + ebml(b"\xe7", b"\x00") + nested)


def test_reading_stops_after_a_bounded_number_of_elements():
    header = ebml(b"\x1a\x45\xdf\xa3", ebml(b"\x42\x82", b"webm"))
    voids = b"\xec\x80" * (MAX_ITEMS + 10)  # empty Void elements, two bytes each
    handle = CountingFile(header + b"\x18\x53\x80\x67" + UNKNOWN_SIZE + voids)
    with pytest.raises(Unreadable):
        inspect(handle)
    boxes = iso_box(b"ftyp", b"isom\0\0\0\0") + iso_box(b"free", b"") * (MAX_ITEMS + 10)
    with pytest.raises(Unreadable):
        read(boxes)
