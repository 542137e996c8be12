"""What a sent video is, read from its own bytes: the container (ISO BMFF for mp4 and mov;
EBML for WebM and Matroska) and its duration as the container states it. A name, an extension
or a declared content type are never asked: a file that lies about itself fails here.

The reading is bounded whatever the file says: a fixed number of boxes or elements, small
reads only (a few bytes of headers, never a body sized by the file), and a size that runs past
the end of the file or of its parent means a truncated or made-up file. Anything unreadable
raises Unreadable; the form turns it into a message for the visitor."""

import math
import struct
from dataclasses import dataclass

# The most boxes (mp4) or elements (WebM) read before giving up: a two-minute recording from a
# browser has a few thousand blocks; a file that needs more is refused, not read on and on.
MAX_ITEMS = 100_000


class Unreadable(ValueError):
    """Not a video we accept, or one whose duration cannot be read."""


@dataclass(frozen=True)
class VideoInfo:
    kind: str  # "mp4", "mov", "webm" or "matroska"
    seconds: float


def inspect(handle):
    """The kind and duration of the video in this binary file object (seekable)."""
    handle.seek(0, 2)
    size = handle.tell()
    reader = Reader(handle, size)
    start = reader.read_at(0, 12)
    if len(start) >= 8 and start[4:8] == b"ftyp":
        return read_iso_bmff(reader)
    if start[:4] == EBML_HEADER:
        return read_ebml(reader)
    raise Unreadable("not mp4, mov or webm")


class Reader:
    def __init__(self, handle, size):
        self.handle = handle
        self.size = size
        self.items = 0

    def read_at(self, offset, length):
        self.handle.seek(offset)
        return self.handle.read(length)

    def exactly(self, offset, length):
        if offset + length > self.size:
            raise Unreadable("truncated")
        data = self.read_at(offset, length)
        if len(data) != length:
            raise Unreadable("truncated")
        return data

    def count(self):
        self.items += 1
        if self.items > MAX_ITEMS:
            raise Unreadable("too many parts")


# ISO base media (mp4, mov): boxes of [size: u32][type: 4 chars], size 1 = a u64 follows,
# size 0 = to the end of the file. The movie header (moov/mvhd) holds timescale and duration.

QUICKTIME_BRAND = b"qt  "


def boxes(reader, start, end):
    """(type, body offset, body end) of each box between start and end."""
    offset = start
    while offset < end:
        reader.count()
        if end - offset < 8:
            raise Unreadable("truncated box")
        size, kind = struct.unpack(">I4s", reader.exactly(offset, 8))
        header = 8
        if size == 1:
            size = struct.unpack(">Q", reader.exactly(offset + 8, 8))[0]
            header = 16
        elif size == 0:
            size = end - offset
        if size < header or offset + size > end:
            raise Unreadable("box runs past its end")
        yield kind, offset + header, offset + size
        offset += size


def read_iso_bmff(reader):
    ftyp = next(boxes(reader, 0, reader.size))
    _kind, body, body_end = ftyp
    if body_end - body < 4:
        raise Unreadable("empty ftyp")
    brand = reader.exactly(body, 4)
    kind = "mov" if brand == QUICKTIME_BRAND else "mp4"
    movie = None
    # Every top-level box is walked: one running past the end of the file means it was cut.
    for box, start, end in boxes(reader, 0, reader.size):
        if box == b"moov" and movie is None:
            movie = (start, end)
    if movie is None:
        raise Unreadable("no movie header")
    return VideoInfo(kind, movie_seconds(reader, *movie))


def movie_seconds(reader, start, end):
    header = fragments = None
    for box, body, body_end in boxes(reader, start, end):
        if box == b"mvhd":
            header = (body, body_end)
        elif box == b"mvex":
            fragments = (body, body_end)
    if header is None:
        raise Unreadable("no movie header")
    body, body_end = header
    version = reader.exactly(body, 1)[0]
    if version == 1:
        fields = reader.exactly(body + 20, min(12, body_end - body - 20))
        if len(fields) < 12:
            raise Unreadable("short movie header")
        timescale, duration = struct.unpack(">IQ", fields)
        unknown = 0xFFFFFFFFFFFFFFFF
    elif version == 0:
        fields = reader.exactly(body + 12, min(8, body_end - body - 12))
        if len(fields) < 8:
            raise Unreadable("short movie header")
        timescale, duration = struct.unpack(">II", fields)
        unknown = 0xFFFFFFFF
    else:
        raise Unreadable("unknown movie header version")
    if duration == 0 and fragments is not None:
        # A fragmented file (recorded in a browser) may state its length in mvex/mehd only.
        duration = fragment_duration(reader, *fragments)
    if timescale == 0 or duration in (0, unknown):
        raise Unreadable("no duration")
    return duration / timescale


def fragment_duration(reader, start, end):
    for box, body, body_end in boxes(reader, start, end):
        if box == b"mehd":
            version = reader.exactly(body, 1)[0]
            width = 8 if version == 1 else 4
            if body_end - body < 4 + width:
                raise Unreadable("short mehd")
            return int.from_bytes(reader.exactly(body + 4, width), "big")
    return 0


# EBML (WebM, Matroska): elements of [id: 1-4 byte vint][size: 1-8 byte vint][data]; a size of
# all ones is "unknown" (browsers' MediaRecorder writes the Segment and Clusters that way: they
# end where an element of their parent's level begins).

EBML_HEADER = b"\x1a\x45\xdf\xa3"
DOC_TYPE = 0x4282
SEGMENT = 0x18538067
INFO = 0x1549A966
TIMECODE_SCALE = 0x2AD7B1
DURATION = 0x4489
CLUSTER = 0x1F43B675
CLUSTER_TIMECODE = 0xE7
SIMPLE_BLOCK = 0xA3
BLOCK_GROUP = 0xA0
BLOCK = 0xA1
# Elements that sit directly in a Segment: one of them ends a Cluster of unknown size.
SEGMENT_CHILDREN = {
    0x114D9B74,  # SeekHead
    INFO,
    0x1654AE6B,  # Tracks
    CLUSTER,
    0x1C53BB6B,  # Cues
    0x1941A469,  # Attachments
    0x1043A770,  # Chapters
    0x1254C367,  # Tags
}
UNKNOWN = -1
DEFAULT_TIMECODE_SCALE = 1_000_000  # nanoseconds per tick
ACCEPTED_DOC_TYPES = {b"webm": "webm", b"matroska": "matroska"}


def vint(reader, offset, keep_marker):
    """(value, length) of the variable-length integer at offset."""
    first = reader.exactly(offset, 1)[0]
    if first == 0:
        raise Unreadable("bad variable-length integer")
    length = 9 - first.bit_length()
    data = reader.exactly(offset, length)
    value = int.from_bytes(data, "big")
    if keep_marker:
        return value, length
    value &= (1 << (7 * length)) - 1
    if value == (1 << (7 * length)) - 1:
        return UNKNOWN, length
    return value, length


def element(reader, offset):
    """(id, data offset, data size or UNKNOWN) of the element at offset."""
    reader.count()
    element_id, id_length = vint(reader, offset, keep_marker=True)
    if id_length > 4:
        raise Unreadable("bad element id")
    size, size_length = vint(reader, offset + id_length, keep_marker=False)
    return element_id, offset + id_length + size_length, size


def children(reader, start, end):
    """(id, data offset, data end) of each element of known size between start and end."""
    offset = start
    while offset < end:
        element_id, data, size = element(reader, offset)
        if size == UNKNOWN or data + size > end:
            raise Unreadable("element runs past its parent")
        yield element_id, data, data + size
        offset = data + size


def unsigned(reader, start, end):
    if not 0 < end - start <= 8:
        raise Unreadable("bad number")
    return int.from_bytes(reader.exactly(start, end - start), "big")


def read_ebml(reader):
    header_id, data, size = element(reader, 0)
    if size == UNKNOWN or data + size > reader.size or size > 4096:
        raise Unreadable("bad EBML header")
    kind = None
    for element_id, start, end in children(reader, data, data + size):
        if element_id == DOC_TYPE and end - start <= 16:
            kind = ACCEPTED_DOC_TYPES.get(reader.exactly(start, end - start).rstrip(b"\0"))
    if kind is None:
        raise Unreadable("not WebM or Matroska")
    segment_id, segment, segment_size = element(reader, data + size)
    if segment_id != SEGMENT:
        raise Unreadable("no segment")
    if segment_size == UNKNOWN:
        segment_end = reader.size
    elif segment + segment_size > reader.size:
        raise Unreadable("truncated segment")
    else:
        segment_end = segment + segment_size
    return VideoInfo(kind, segment_seconds(reader, segment, segment_end))


def segment_seconds(reader, start, end):
    """Info's Duration × TimecodeScale; without a Duration, the latest block's time."""
    scale, duration, latest = DEFAULT_TIMECODE_SCALE, None, None
    offset = start
    while offset < end:
        element_id, data, size = element(reader, offset)
        if element_id == CLUSTER:
            offset, cluster_latest = cluster(reader, data, size, end)
            if cluster_latest is not None:
                latest = cluster_latest if latest is None else max(latest, cluster_latest)
            continue
        if size == UNKNOWN or data + size > end:
            raise Unreadable("element runs past the segment")
        if element_id == INFO:
            scale, duration = info(reader, data, data + size)
            if duration is not None:
                break  # stated: the clusters need not be read
        offset = data + size
    if duration is None:
        duration = latest
    if duration is None or not math.isfinite(duration) or duration <= 0 or scale <= 0:
        raise Unreadable("no duration")
    return duration * scale / 1e9


def info(reader, start, end):
    scale, duration = DEFAULT_TIMECODE_SCALE, None
    for element_id, data, data_end in children(reader, start, end):
        if element_id == TIMECODE_SCALE:
            scale = unsigned(reader, data, data_end)
        elif element_id == DURATION:
            raw = reader.exactly(data, data_end - data)
            if len(raw) == 4:
                duration = struct.unpack(">f", raw)[0]
            elif len(raw) == 8:
                duration = struct.unpack(">d", raw)[0]
            else:
                raise Unreadable("bad duration")
    return scale, duration


def cluster(reader, start, size, segment_end):
    """(where the next segment-level element starts, the latest block time in ticks)."""
    end = segment_end if size == UNKNOWN else start + size
    if end > segment_end:
        raise Unreadable("cluster runs past the segment")
    timecode, latest = None, None
    offset = start
    while offset < end:
        element_id, data, child_size = element(reader, offset)
        if size == UNKNOWN and element_id in SEGMENT_CHILDREN:
            return offset, latest  # the cluster of unknown size ends here
        if child_size == UNKNOWN or data + child_size > end:
            raise Unreadable("truncated cluster")
        child_end = data + child_size
        if element_id == CLUSTER_TIMECODE:
            timecode = unsigned(reader, data, child_end)
        elif element_id in (SIMPLE_BLOCK, BLOCK_GROUP):
            if timecode is None:
                raise Unreadable("block before its cluster's timecode")
            relative = block_time(reader, element_id, data, child_end)
            if relative is not None:
                moment = timecode + relative
                latest = moment if latest is None else max(latest, moment)
        offset = child_end
    return end, latest


def block_time(reader, element_id, start, end):
    """A block's timecode relative to its cluster (a signed 16-bit number after the track)."""
    if element_id == BLOCK_GROUP:
        for child_id, data, data_end in children(reader, start, end):
            if child_id == BLOCK:
                return block_time(reader, SIMPLE_BLOCK, data, data_end)
        return None
    _track, length = vint(reader, start, keep_marker=False)
    if start + length + 2 > end:
        raise Unreadable("short block")
    return struct.unpack(">h", reader.exactly(start + length, 2))[0]
