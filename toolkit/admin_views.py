"""The media library in the admin: which images the public may not see, and why.

The images listing and the image chooser get a "Shown to the public" filter (Wagtail's own views,
with one more filter); Reports → Images not shown lists every image the public cannot see with the
reason and where it is used (Wagtail's reference index).
"""

import django_filters
from django import forms
from django.db.models import Q
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.images.views.chooser import ImageChooseResultsView, ImageChooseView
from wagtail.images.views.images import ImagesFilterSet, IndexView
from wagtail.models import ReferenceIndex

from .models import ConsentStatus, MediaImage

SHOWN = "yes"
NOT_SHOWN = "no"


PUBLIC_CHOICES = [(SHOWN, _("Shown to the public")), (NOT_SHOWN, _("Not shown to the public"))]


def not_shown_q(now=None):
    now = now or timezone.now()
    return Q(consent_status=ConsentStatus.NONE) | Q(embargo_until__gt=now) | Q(expires_at__lte=now)


def filter_public(queryset, value):
    # As a pk subquery: the one shape Wagtail's search backends accept on a searched queryset.
    hidden = MediaImage.objects.filter(not_shown_q()).values("pk")
    if value == NOT_SHOWN:
        return queryset.filter(pk__in=hidden)
    if value == SHOWN:
        return queryset.exclude(pk__in=hidden)
    return queryset


class MediaImagesFilterSet(ImagesFilterSet):
    public = django_filters.ChoiceFilter(
        label=_("Shown to the public"),
        choices=PUBLIC_CHOICES,
        method="filter_public",
        empty_label=_("All"),
    )

    def filter_public(self, queryset, name, value):
        return filter_public(queryset, value)

    class Meta(ImagesFilterSet.Meta):
        fields = []


class MediaImagesIndexView(IndexView):
    filterset_class = MediaImagesFilterSet


class PublicChooserFilter(forms.Form):
    public = forms.ChoiceField(
        label=_("Shown to the public"), choices=[("", _("All")), *PUBLIC_CHOICES], required=False
    )

    def filter(self, objects):
        # Before the search further down the chain, which returns results that cannot be filtered.
        return super().filter(filter_public(objects, self.cleaned_data.get("public")))


class PublicChooserFilterMixin:
    def get_filter_form_class(self):
        return type(
            "MediaImageChooserFilter", (PublicChooserFilter, super().get_filter_form_class()), {}
        )


class MediaImageChooseView(PublicChooserFilterMixin, ImageChooseView):
    pass


class MediaImageChooseResultsView(PublicChooserFilterMixin, ImageChooseResultsView):
    pass


def hidden_images_report(request):
    if not request.user.has_perm("wagtailimages.change_image") and not request.user.is_staff:
        return permission_denied(request)
    images = list(MediaImage.objects.filter(not_shown_q()).order_by("title"))
    for image in images:
        image.state_key, image.state_label = image.public_state()
        image.uses = (
            ReferenceIndex.get_references_to(image).group_by_source_object() if image.pk else []
        )
    return render(request, "toolkit/admin/hidden_images_report.html", {"images": images})
