"""The links in emails to the public, and what the public forms fetch and post to. Mounted
under the language prefix, so each email's links open in its reader's language."""

from django.urls import path

from home.sub_addresses import url

from . import (
    call_follow_up,
    call_views,
    form_posts,
    form_tokens,
    signature_views,
    signup_views,
    video_views,
)

app_name = "campaigns"

# What a reader sees (links in emails) is in the reader's language; what scripts and forms
# fetch is not.
urlpatterns = [
    *url(["subscription", "confirm"], "<str:code>/", signup_views.confirm, "signup_confirm"),
    *url(
        ["subscription", "unsubscribe"],
        "<str:code>/",
        signup_views.unsubscribe,
        "signup_unsubscribe",
    ),
    *url(["signature", "confirm"], "<str:code>/", signature_views.confirm, "signature_confirm"),
    path("form-tokens/<uuid:form_key>/", form_tokens.tokens, name="form_tokens"),
    path("send/<int:page_id>/", form_posts.send, name="form_send"),
    path("call/<int:page_id>/officials/", call_views.officials, name="call_officials"),
    path("call/<int:page_id>/follow-up/", call_follow_up.send, name="call_follow_up"),
    path("video/<int:page_id>/", video_views.send, name="video_send"),
    path("videos/<uuid:public_id>/", video_views.video_file, name="video_file"),
    path(
        "videos/<uuid:public_id>/captions.vtt",
        video_views.captions_file,
        name="video_captions",
    ),
]
