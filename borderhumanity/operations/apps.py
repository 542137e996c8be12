from django.apps import AppConfig


class OperationsConfig(AppConfig):
    name = "borderhumanity.operations"
    label = "operations"
    verbose_name = "Operations"
