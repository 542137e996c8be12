"""The links in emails to the public, and what the public forms fetch and post to. Mounted
under the language prefix, so each email's links open in its reader's language."""

from django.urls import path

from . import call_views, form_posts, form_tokens, signature_views, signup_views, video_views

app_name = "campaigns"

urlpatterns = [
    path("subscription/confirm/<str:code>/", signup_views.confirm, name="signup_confirm"),
    path(
        "subscription/unsubscribe/<str:code>/",
        signup_views.unsubscribe,
        name="signup_unsubscribe",
    ),
    path("signature/confirm/<str:code>/", signature_views.confirm, name="signature_confirm"),
    path("form-tokens/<uuid:form_key>/", form_tokens.tokens, name="form_tokens"),
    path("send/<int:page_id>/", form_posts.send, name="form_send"),
    path("call/<int:page_id>/officials/", call_views.officials, name="call_officials"),
    path("video/<int:page_id>/", video_views.send, name="video_send"),
    path("videos/<uuid:public_id>/", video_views.video_file, name="video_file"),
    path(
        "videos/<uuid:public_id>/captions.vtt",
        video_views.captions_file,
        name="video_captions",
    ),
]
