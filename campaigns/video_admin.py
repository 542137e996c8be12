"""The moderation queue for video answers (wagtail-modeladmin), for the Campaign data group:
list, filters, a review screen where staff watch the video, add its transcript and captions
and approve or reject it, and the staff-only addresses that stream a video and its captions
whatever its status."""

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail_modeladmin.views import InstanceSpecificView

from . import video_review
from .admin_exports import AuditedIndexView
from .models.videos import VideoAnswer
from .moderation_admin import ModerationAdmin, ModeratorsOnly
from .video_forms import ReviewForm
from .video_views import captions_response, ranged_file

STAFF_ONLY = "private, no-store"


class ReviewView(ModeratorsOnly, InstanceSpecificView):
    """Watch the video; save the transcript and captions; approve (both needed) or reject."""

    def get_page_title(self):
        return _("Review video answer")

    def get(self, request, *args, **kwargs):
        form = ReviewForm(
            initial={"transcript": self.instance.transcript, "captions": self.instance.captions}
        )
        return self.show(form)

    def show(self, form, status=200):
        answer = self.instance
        response = self.render_to_response(
            self.get_context_data(
                form=form,
                video_url=reverse("campaigns_video_staff_file", args=[answer.pk]),
                captions_url=reverse("campaigns_video_staff_captions", args=[answer.pk]),
            )
        )
        response.status_code = status
        return response

    def post(self, request, *args, **kwargs):
        decision = request.POST.get("decision", "save")
        if decision == "reject":
            video_review.reject(self.instance.pk, request.user)
            messages.success(request, _("Rejected. The video is not on the site."))
            return redirect(self.index_url)
        form = ReviewForm(request.POST, approving=decision == "approve")
        if not form.is_valid():
            return self.show(form, status=400)
        video_review.save_texts(
            self.instance.pk, form.cleaned_data["transcript"], form.cleaned_data["captions"]
        )
        if decision == "approve":
            video_review.approve(self.instance.pk, request.user)
            messages.success(request, _("Approved. The video is shown on its page."))
            return redirect(self.index_url)
        messages.success(request, _("Transcript and captions saved."))
        return redirect(self.url_helper.get_action_url("review", quote(self.instance.pk)))

    def get_template_names(self):
        return ["campaigns/admin/video_review.html"]


class VideoAnswerAdmin(ModerationAdmin):
    model = VideoAnswer
    menu_label = gettext_lazy("Video answers")
    menu_icon = "media"
    menu_order = 320
    # One screen decides: staff add the transcript and captions there, then approve or reject.
    decisions = (("review", gettext_lazy("Review"), gettext_lazy("Watch, caption and decide")),)
    decision_view_class = ReviewView
    index_view_class = AuditedIndexView
    list_display = ("created_at", "status", "language_name", "credit", "minutes", "megabytes")
    list_filter = ("status", "language", "credit", "created_at")
    search_fields = ("name", "email", "transcript")
    inspect_view_fields = (
        "created_at",
        "status",
        "reviewed_at",
        "language",
        "kind",
        "seconds",
        "size",
        "name",
        "credit",
        "email",
        "consent_text",
        "transcript",
        "anonymised",
    )
    list_export = (
        "created_at",
        "status",
        "language",
        "seconds",
        "name",
        "credit",
        "email",
        "transcript",
        "consent_text",
    )
    export_filename = "video-answers"

    def minutes(self, obj):
        return f"{int(obj.seconds // 60)}:{int(obj.seconds % 60):02d}"

    minutes.short_description = gettext_lazy("length")

    def megabytes(self, obj):
        return f"{obj.size / (1024 * 1024):.1f} MB"

    megabytes.short_description = gettext_lazy("size")

    def exportable(self, queryset):
        return queryset


def staff_answer(request, pk):
    """Any status, for the Campaign data group; 404 to everyone else (as if it did not exist)."""
    if not request.user.has_perm("campaigns.view_videoanswer"):
        raise Http404
    return get_object_or_404(VideoAnswer, pk=pk)


def staff_file(request, pk):
    return ranged_file(request, staff_answer(request, pk), STAFF_ONLY)


def staff_captions(request, pk):
    return captions_response(staff_answer(request, pk), STAFF_ONLY)


def staff_urls():
    return [
        path("video-answers/<int:pk>/file/", staff_file, name="campaigns_video_staff_file"),
        path(
            "video-answers/<int:pk>/captions.vtt",
            staff_captions,
            name="campaigns_video_staff_captions",
        ),
    ]
