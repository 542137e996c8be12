from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site as data files and their loader (`manage.py load_demo_content`). The demo
    knows the other apps; none of them imports it."""

    name = "demo"
    verbose_name = "Demo site"
