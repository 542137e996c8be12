from django.urls import path

from . import views

app_name = "toolkit"

urlpatterns = [
    path(
        "<int:page_id>/<uuid:asset_id>/<slug:size>/",
        views.download,
        name="download",
    ),
    path("<int:page_id>/pack/<uuid:pack_id>.zip", views.pack, name="pack"),
]
