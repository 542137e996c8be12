from django.urls import path

from .views import search, suggest

app_name = "search"
urlpatterns = [
    path("", search, name="search"),
    path("suggest/", suggest, name="suggest"),
]
