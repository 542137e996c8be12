"""Building the demo site from its data files in steps, each of which skips what already exists.

No transaction of its own: one small write after another, as in the CMS. Translations are
published directly (see translate.py), so it also works inside a caller's transaction. An
interrupted load is finished by the next run; `--reset` starts afresh.
"""

import time
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from wagtail.coreutils import find_available_slug
from wagtail.images.rect import Rect
from wagtail.models import DraftStateMixin, Locale, Page, Site
from wagtail_localize.models import TranslatableObject

from home.models import SiteBranding, SiteNavigation
from home.site_address import parse_site_url

from . import files, records
from .documents import DEMO_DOCUMENTS, demo_documents_queryset, ensure_documents
from .images import COLLECTION_NAME, DEMO_IMAGES, demo_images_queryset, ensure_images
from .stream import prepare_fields
from .translate import translate


@dataclass
class DemoContext:
    """The demo objects YAML files may refer to, by kind and key (see files.Ref)."""

    objects: dict = field(default_factory=dict)  # {kind: {key: object}}

    def get(self, kind, key):
        return self.objects[kind][key]

    def put(self, kind, key, value):
        self.objects.setdefault(kind, {})[key] = value

    def lookup(self, ref):
        return self.get(ref.kind, ref.key)

    def page(self, key):
        return self.get("page", key)


class DemoLoader:
    def __init__(self, log=print):
        self.log = log
        self.source_locale = Locale.get_default()
        codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        self.target_locales = list(
            Locale.objects.filter(language_code__in=codes).exclude(pk=self.source_locale.pk)
        )
        self.translated = files.translated_languages()  # languages with a folder of PO files
        self.pages = files.objects("pages")
        self.snippets = files.objects("snippets")
        self.cards = files.objects("cards")
        self.navigation = files.navigation()

    # The whole run ----------------------------------------------------------------------------

    def run(self, reset=False):
        started = time.monotonic()
        if reset:
            self.remove()
        elif self.is_complete():
            self.run_extras()
            self.log("Demo content already loaded; nothing to do (--reset rebuilds it).")
            return False
        ctx = DemoContext({"image": ensure_images(), "document": ensure_documents()})
        self.set_focal_points(ctx)
        self.ensure_cards(ctx)
        self.set_default_share_image(ctx)
        self.ensure_snippets(ctx)
        self.ensure_source_pages(ctx)
        navigation = self.ensure_navigation(ctx)
        self.ensure_translations(ctx, navigation)
        self.run_extras()
        self.log(self.summary(time.monotonic() - started))
        return True

    def run_extras(self):
        """Records built on the pages (search promotions, signatories, messages of welcome);
        each skips what already exists."""
        records.add_search_promotions()
        records.add_signatories()
        records.add_welcome_messages()

    def catalogue(self, spec, locale):
        """The PO file translating `spec` into `locale`, or None for source-text fallback."""
        if locale.language_code not in self.translated:
            return None
        return spec.catalogue(locale.language_code)

    def pages_for(self, locale):
        if locale == self.source_locale or locale.language_code in self.translated:
            return self.pages
        return [spec for spec in self.pages if spec.in_every_locale]

    def is_complete(self):
        expected = {
            (spec.translation_key, locale.pk)
            for locale in [self.source_locale, *self.target_locales]
            for spec in self.pages_for(locale)
        }
        live = set(
            Page.objects.filter(
                translation_key__in=[spec.translation_key for spec in self.pages], live=True
            ).values_list("translation_key", "locale_id")
        )
        navigation_locales = set(
            SiteNavigation.objects.filter(
                translation_key=self.navigation.translation_key
            ).values_list("locale_id", flat=True)
        )
        all_locales = {self.source_locale.pk, *(x.pk for x in self.target_locales)}
        snippets_complete = all(
            set(
                apps.get_model(spec.model)
                .objects.filter(translation_key=spec.translation_key)
                .values_list("locale_id", flat=True)
            )
            >= all_locales
            for spec in self.snippets
        )
        return (
            expected <= live
            and navigation_locales >= all_locales
            and snippets_complete
            and demo_images_queryset().count() == len(DEMO_IMAGES)
            and demo_documents_queryset().count() == len(DEMO_DOCUMENTS)
        )

    # Pictures and social cards --------------------------------------------------------------

    def set_focal_points(self, ctx):
        """Where the eye should go when a picture is cropped (fractions of width and height)."""
        for key, point in files.site()["focal_points"].items():
            image = ctx.get("image", key)
            if image.focal_point_x is None:
                size = min(image.width, image.height) // 5
                image.set_focal_point(
                    Rect.from_point(
                        int(image.width * point["x"]), int(image.height * point["y"]), size, size
                    )
                )
                image.save()

    def ensure_cards(self, ctx):
        """The toolkit's social cards, in every language. Their fields are written on each load
        and translations brought in step (e.g. a new background image after --reset); saving a
        card draws its picture, which YAML names as `!image card-<key>`."""
        for spec in self.cards:
            model = apps.get_model(spec.model)
            card = model.objects.filter(
                translation_key=spec.translation_key, locale=self.source_locale
            ).first()
            if card is None:
                card = model(translation_key=spec.translation_key, locale=self.source_locale)
            for name, value in prepare_fields(model, spec.fields, ctx.lookup).items():
                setattr(card, name, value)
            card.save()
            for locale in self.target_locales:
                translate(card, locale, self.catalogue(spec, locale))
            ctx.put("image", f"card-{spec.key}", card.image)

    # Snippets (stories, shared FAQ questions, notices), before the pages that choose them ---

    def ensure_snippets(self, ctx):
        for spec in self.snippets:
            model = apps.get_model(spec.model)
            snippet = model.objects.filter(
                translation_key=spec.translation_key, locale=self.source_locale
            ).first()
            if snippet is None:
                fields = prepare_fields(model, spec.fields, ctx.lookup)
                snippet = model(
                    translation_key=spec.translation_key, locale=self.source_locale, **fields
                )
                snippet.full_clean()
                snippet.save()
                if isinstance(snippet, DraftStateMixin):  # stories: published before use
                    snippet.save_revision().publish()
            ctx.put("snippet", spec.key, snippet)
            for locale in self.target_locales:
                if snippet.get_translation_or_none(locale) is None:
                    translate(snippet, locale, self.catalogue(spec, locale))
            if spec.setting is not None:
                self.choose_in_setting(spec.setting, snippet)

    # Pages in the source language -------------------------------------------------------------

    def find_page(self, spec, locale):
        page = Page.objects.filter(translation_key=spec.translation_key, locale=locale).first()
        return page.specific if page is not None else None

    def ensure_source_pages(self, ctx):
        """Create the English pages (title and slug first, so pages can link to each other),
        then give each unpublished one its content and publish it."""
        ctx.objects["decision-maker"] = records.ensure_decision_makers()
        for spec in self.pages:
            page = self.find_page(spec, self.source_locale)
            if page is None:
                if spec.parent is None:
                    self.remove_welcome_page()
                    parent = Page.get_first_root_node()
                else:
                    parent = Page.objects.get(pk=ctx.page(spec.parent).pk)  # fresh tree fields
                page = apps.get_model(spec.model)(
                    title=spec.title,
                    # Free at the top of the tree unless someone else made a "home" page there.
                    slug=find_available_slug(parent, spec.slug),
                    translation_key=spec.translation_key,
                    locale=self.source_locale,
                    live=False,
                )
                parent.add_child(instance=page)
            ctx.put("page", spec.key, page)
        for spec in self.pages:
            if not ctx.page(spec.key).live:
                ctx.put("page", spec.key, self.publish_content(spec, ctx))
            if spec.parent is None:
                self.use_as_site_root(ctx.page(spec.key))
            if spec.setting is not None:
                self.choose_in_setting(spec.setting, ctx.page(spec.key))

    def choose_in_setting(self, setting_spec, chosen):
        """A page or snippet a generic setting names (the privacy notice, a legal notice),
        unless someone chose another already."""
        field_name = setting_spec["field"]
        setting = apps.get_model(setting_spec["model"]).load()
        if getattr(setting, f"{field_name}_id") is None:
            setattr(setting, field_name, chosen)
            setting.save()

    def publish_content(self, spec, ctx):
        page = ctx.page(spec.key)
        model = type(page)
        page = model.objects.get(pk=page.pk)
        page.title = spec.title
        for name, value in prepare_fields(model, spec.fields, ctx.lookup).items():
            setattr(page, name, value)
        page.save_revision().publish()
        return model.objects.get(pk=page.pk)

    def remove_welcome_page(self):
        """Wagtail's initial "Welcome" page: a plain Page at the top of the tree, slug "home"."""
        root = Page.get_first_root_node()
        plain = ContentType.objects.get_for_model(Page)
        for page in root.get_children().filter(content_type=plain, slug="home", numchild=0):
            # A Site is deleted with its root page: point it at the tree root until home exists.
            for site in Site.objects.filter(root_page=page):
                site.root_page = root
                site.save()
            page.delete()

    def use_as_site_root(self, home):
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        if site is None:
            hostname, port = parse_site_url(settings.SITE_URL)
            Site.objects.create(
                hostname=hostname,
                port=port,
                is_default_site=True,
                site_name=settings.WAGTAIL_SITE_NAME,
                root_page=home,
            )
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.save()

    def set_default_share_image(self, ctx):
        branding = SiteBranding.load()
        if branding.default_share_image_id is None:
            branding.default_share_image = ctx.get("image", files.site()["share_image"])
            branding.save()

    # Navigation -----------------------------------------------------------------------------

    def ensure_navigation(self, ctx):
        spec = self.navigation
        navigation = SiteNavigation.objects.filter(
            translation_key=spec.translation_key, locale=self.source_locale
        ).first()
        if navigation is not None:
            return navigation
        if SiteNavigation.objects.filter(locale=self.source_locale).exists():
            self.log("A site navigation made by someone else exists: the demo leaves it alone.")
            return None
        fields = prepare_fields(SiteNavigation, spec.fields, ctx.lookup)
        navigation = SiteNavigation(
            translation_key=spec.translation_key, locale=self.source_locale, **fields
        )
        navigation.full_clean()
        navigation.save()
        return navigation

    # Translations ---------------------------------------------------------------------------

    def ensure_translations(self, ctx, navigation):
        for locale in self.target_locales:
            for spec in self.pages_for(locale):  # tree order: a parent is translated first
                existing = self.find_page(spec, locale)
                if existing is None or not existing.live:
                    translate(ctx.page(spec.key), locale, self.catalogue(spec, locale))
            if navigation is not None and navigation.get_translation_or_none(locale) is None:
                translate(navigation, locale, self.catalogue(self.navigation, locale))

    # Reset ----------------------------------------------------------------------------------

    def remove(self):
        """Delete the demo pages in every language (with anything below them), the demo
        navigation, the translation records and the demo images."""
        page_keys = [spec.translation_key for spec in self.pages]
        demo_pages = Page.objects.filter(translation_key__in=page_keys)
        root = Page.get_first_root_node()
        for site in Site.objects.filter(root_page__in=demo_pages):
            site.root_page = root
            site.save()
        removed_pages = 0
        for pk in list(demo_pages.order_by("depth").values_list("pk", flat=True)):
            page = Page.objects.filter(pk=pk).first()  # gone already if an ancestor went first
            if page is not None:
                removed_pages += 1 + page.get_descendant_count()
                page.delete()
        navigation_key = self.navigation.translation_key
        SiteNavigation.objects.filter(translation_key=navigation_key).delete()
        snippet_keys = [spec.translation_key for spec in self.snippets]
        for spec in reversed(self.snippets):
            apps.get_model(spec.model).objects.filter(translation_key=spec.translation_key).delete()
        TranslatableObject.objects.filter(
            translation_key__in=[*page_keys, *snippet_keys, navigation_key]
        ).delete()
        for document in demo_documents_queryset():
            document.delete()
        images = list(demo_images_queryset())
        for image in images:
            image.delete()  # one by one: Wagtail removes each file after its row
        self.log(f"Removed {removed_pages} pages, the demo navigation and {len(images)} images.")

    # Report ---------------------------------------------------------------------------------

    def summary(self, seconds):
        rows = (
            Page.objects.filter(translation_key__in=[spec.translation_key for spec in self.pages])
            .filter(live=True)
            .order_by()  # the tree ordering would split the groups
            .values("locale__language_code")
            .annotate(n=Count("pk"))
        )
        counts = {row["locale__language_code"]: row["n"] for row in rows}
        pages = ", ".join(f"{code} {counts.get(code, 0)}" for code in self.locale_codes())
        navigation = ", ".join(
            SiteNavigation.objects.filter(translation_key=self.navigation.translation_key)
            .order_by("locale__language_code")
            .values_list("locale__language_code", flat=True)
        )
        return (
            f"Demo content loaded in {seconds:.1f} s. Live pages: {pages}. "
            f"Navigation: {navigation or 'none'}. "
            f"Images: {demo_images_queryset().count()} in collection {COLLECTION_NAME!r}."
        )

    def locale_codes(self):
        return [self.source_locale.language_code, *(x.language_code for x in self.target_locales)]
