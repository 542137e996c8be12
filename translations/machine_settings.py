"""Which machine translator drafts translations, from the environment (read by settings).

DeepL when DEEPL_API_KEY is set, else LibreTranslate when LIBRETRANSLATE_URL is set, else none
(the translation editor then shows no "Translate automatically" button). Imports nothing from
Django: settings load it before apps are ready.
"""


def machine_translator(environ):
    if environ.get("DEEPL_API_KEY"):
        options = {"AUTH_KEY": environ["DEEPL_API_KEY"]}
        if environ.get("DEEPL_FORMALITY"):  # "prefer_less" suits campaign copy in Spanish
            options["FORMALITY"] = environ["DEEPL_FORMALITY"]
        return {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": options,
        }
    if environ.get("LIBRETRANSLATE_URL"):
        return {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": environ["LIBRETRANSLATE_URL"].rstrip("/"),
                # The translator sends a key on every request; a self-hosted server ignores "".
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", ""),
            },
        }
    return None
