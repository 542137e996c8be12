from home.sub_addresses import url

from . import views

app_name = "toolkit"

# Under the language prefix: /en/downloads/…, /es/descargas/….
urlpatterns = [
    *url(["downloads"], "<int:page_id>/<uuid:asset_id>/<slug:size>/", views.download, "download"),
    *url(["downloads"], "<int:page_id>/pack/<uuid:pack_id>.zip", views.pack, "pack"),
]
