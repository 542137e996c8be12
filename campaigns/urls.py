"""The links in news emails. Mounted under the language prefix, so each email's links open
in the subscriber's language."""

from django.urls import path

from . import signup_views

app_name = "campaigns"

urlpatterns = [
    path("confirm/<str:code>/", signup_views.confirm, name="signup_confirm"),
    path("unsubscribe/<str:code>/", signup_views.unsubscribe, name="signup_unsubscribe"),
]
