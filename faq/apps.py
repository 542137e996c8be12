from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FaqConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "faq"
    verbose_name = _("Answers: FAQs and know-your-rights guides")

    def ready(self):
        # Registers the "related questions" block with the shared body library.
        from . import blocks  # noqa: F401
