"""A machine translator that needs no network: it tags the English text so a test can spot it."""

from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue


class TaggingTranslator(BaseMachineTranslator):
    display_name = "Tagging test translator"

    def translate(self, source_locale, target_locale, strings):
        code = target_locale.language_code
        return {string: StringValue(f"[{code}] {string.data}") for string in strings}

    def can_translate(self, source_locale, target_locale):
        return source_locale != target_locale
