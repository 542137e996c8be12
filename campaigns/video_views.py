"""The public side of video answers: where the form posts (an upload checked for size before
and while it streams to disk), the approved videos and their captions, and the one way every
video file is sent, with HTTP Range so that players can seek.

A video or its captions answer only while the video is approved, asked at every request: a
rejection, a withdrawal or an erasure takes effect at the next one, and no public file exists
to be forgotten. These responses are streamed or marked no-cache, so the page cache never
keeps them."""

import re

from django.conf import settings
from django.core.files.uploadhandler import StopUpload, TemporaryFileUploadHandler
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from .form_posts import live_form_page
from .form_tokens import csrf_once_started
from .models.videos import VideoAnswer, VideoPromptPage
from .video_storage import video_storage

# Room for the form's other fields and the multipart framing around the file.
FORM_OVERHEAD = 64 * 1024
CHUNK = 64 * 1024
RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def request_limit():
    return settings.VIDEO_MAX_BYTES + FORM_OVERHEAD


def too_large_declared(request):
    """Refused on its Content-Length, before a byte of the body is read."""
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False
    return declared > request_limit()


class LimitedUpload(TemporaryFileUploadHandler):
    """Every file to a temporary file on disk (never memory); past the limit the upload stops
    and the rest of the body is read and dropped, so nothing of it is kept."""

    def __init__(self, request=None):
        super().__init__(request)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > settings.VIDEO_MAX_BYTES:
            self.request.video_too_large = True
            raise StopUpload(connection_reset=False)
        return super().receive_data_chunk(raw_data, start)


def limit_upload(request):
    """Before the body is parsed. Returns True when the streamed file went past the limit."""
    try:
        request.upload_handlers = [LimitedUpload(request)]
    except AttributeError:
        pass  # already parsed (a post to the page's own address): the form checks the size
    request.POST  # noqa: B018 — parses the body through the handler above
    return getattr(request, "video_too_large", False)


@csrf_exempt
@require_POST
def send(request, page_id):
    """Where the video form posts (under the language prefix). CSRF is checked only after the
    upload handler is in place: the check reads the body."""
    page, redirect = live_form_page(page_id, VideoPromptPage)
    if redirect:
        return redirect
    if too_large_declared(request) or limit_upload(request):
        return page.refuse_too_large(request)
    return _checked_send(request, page)


@csrf_once_started
def _checked_send(request, page):
    return page.form_view(request)


def public_answers(page):
    """The approved answers to this prompt, in every language, the latest approved first."""
    return list(
        VideoAnswer.objects.filter(
            page_key=page.translation_key, status=VideoAnswer.Status.APPROVED
        )
        .only("public_id", "language", "kind", "name", "credit", "transcript", "seconds")
        .order_by("-reviewed_at", "-pk")
    )


def approved(public_id):
    answer = VideoAnswer.objects.filter(
        public_id=public_id, status=VideoAnswer.Status.APPROVED
    ).first()
    if answer is None:
        raise Http404
    return answer


@require_safe
def video_file(request, public_id):
    return ranged_file(request, approved(public_id), "private, no-cache")


@require_safe
def captions_file(request, public_id):
    return captions_response(approved(public_id), "private, no-cache")


def captions_response(answer, cache_control):
    if not answer.captions:
        raise Http404
    response = HttpResponse(answer.captions, content_type="text/vtt; charset=utf-8")
    response["Cache-Control"] = cache_control
    return response


def ranged_file(request, answer, cache_control):
    """The file, whole (200) or the one byte range asked for (206); 416 when the range lies
    outside the file. Anything else in Range (several ranges) gets the whole file."""
    storage = video_storage()
    try:
        size = storage.size(answer.file.name)
        handle = storage.open(answer.file.name, "rb")
    except (FileNotFoundError, OSError):
        raise Http404 from None
    start, end, status = 0, size - 1, 200
    match = RANGE.match(request.headers.get("Range", "").strip())
    if match and (match[1] or match[2]):
        if match[1]:
            start = int(match[1])
            end = min(int(match[2]), size - 1) if match[2] else size - 1
        else:
            start = max(size - int(match[2]), 0) if int(match[2]) else size
        if start >= size or start > end:
            handle.close()
            response = HttpResponse(status=416)
            response["Content-Range"] = f"bytes */{size}"
            return response
        status = 206
    response = StreamingHttpResponse(
        chunks(handle, start, end - start + 1), status=status, content_type=answer.content_type
    )
    response["Content-Length"] = str(end - start + 1)
    response["Accept-Ranges"] = "bytes"
    response["Cache-Control"] = cache_control
    response["Content-Disposition"] = "inline"
    if status == 206:
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    return response


def chunks(handle, start, length):
    try:
        handle.seek(start)
        while length > 0:
            data = handle.read(min(CHUNK, length))
            if not data:
                break
            length -= len(data)
            yield data
    finally:
        handle.close()
