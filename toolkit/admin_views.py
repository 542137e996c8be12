"""The media library in the admin: which images the public may not see, and why.

The images listing gets a "Shown to the public" filter (the same view as Wagtail's, with one
more filter); Reports → Images not shown lists every image the public cannot see with the
reason and where it is used (Wagtail's reference index).
"""

import django_filters
from django.db.models import Q
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.images.views.images import ImagesFilterSet, IndexView
from wagtail.models import ReferenceIndex

from .models import ConsentStatus, MediaImage

SHOWN = "yes"
NOT_SHOWN = "no"


def not_shown_q(now=None):
    now = now or timezone.now()
    return Q(consent_status=ConsentStatus.NONE) | Q(embargo_until__gt=now) | Q(expires_at__lte=now)


class MediaImagesFilterSet(ImagesFilterSet):
    public = django_filters.ChoiceFilter(
        label=_("Shown to the public"),
        choices=[(SHOWN, _("Shown to the public")), (NOT_SHOWN, _("Not shown to the public"))],
        method="filter_public",
        empty_label=_("All"),
    )

    def filter_public(self, queryset, name, value):
        if value == NOT_SHOWN:
            return queryset.filter(not_shown_q())
        if value == SHOWN:
            return queryset.exclude(not_shown_q())
        return queryset

    class Meta(ImagesFilterSet.Meta):
        fields = []


class MediaImagesIndexView(IndexView):
    filterset_class = MediaImagesFilterSet


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
