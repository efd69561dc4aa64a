from django.conf import settings
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import DetailView, FormView, TemplateView
from django_filters.views import FilterView

from portal import ratelimit
from portal.caching.objects import KeptObjectMixin
from portal.jsonld import json_ld
from portal.links import absolute_url
from portal.remembered_lists import RememberedResultsMixin

from . import exports, opendata, profile_sections, province_map
from .filters import CooperatieFilter
from .forms import ProposalForm
from .models import Cooperatie, Province
from .search import SEARCH_CANDIDATES
from .services import ProposalRateLimited, propose_cooperatie


def dataset_json_ld():
    """The directory as an open dataset (schema.org Dataset) with its licence and downloads."""
    return json_ld(
        {
            "@context": "https://schema.org",
            "@type": "Dataset",
            "name": "Sociale coöperaties in Nederland",
            "description": "De sociale coöperaties die de Sociale Alliantie kent: naam, beschrijving, plaats, "
            "provincie, domeinen en contact.",
            "url": absolute_url(reverse("cooperaties:cooperatie-list")),
            "license": opendata.LICENSE_URL,
            "isAccessibleForFree": True,
            "creator": {"@type": "Organization", "name": "Sociale Alliantie", "url": absolute_url("/")},
            "spatialCoverage": {"@type": "Place", "name": "Nederland"},
            "distribution": [
                {"@type": "DataDownload", "encodingFormat": "text/csv", "contentUrl": absolute_url(reverse(name))}
                for name in ("cooperaties:export-csv", "cooperaties:export-essglobal")
            ]
            + [
                {
                    "@type": "DataDownload",
                    "encodingFormat": "application/json",
                    "contentUrl": absolute_url(reverse("cooperaties:export-json")),
                }
            ],
        }
    )


class CooperatieListView(RememberedResultsMixin, FilterView):
    """The directory with its filters; its results are remembered per set of answers (portal/remembered_lists.py)."""

    filterset_class = CooperatieFilter
    template_name = "cooperaties/cooperatie_list.html"
    paginate_by = 20
    strict = False

    def get_queryset(self):
        return Cooperatie.objects.published().for_list()

    def json_ld(self):
        """Read by the template inside a kept part: the same for every visit, until the release changes."""
        return dataset_json_ld()

    def more_results(self, results):
        return {
            # Whether anything on this page is nearer than the national coöperaties.
            "nearby_found": any(getattr(c, "proximity", 2) < 2 for c in results["object_list"]),
            "search_capped": bool(self.filterset.words) and results["paginator"].count >= SEARCH_CANDIDATES,
            "search_limit": SEARCH_CANDIDATES,
        }


class ProvinceOverviewView(TemplateView):
    template_name = "cooperaties/province_overview.html"

    def get_context_data(self, **kwargs):
        counts = Cooperatie.objects.published().counts_by_province()
        rows = [(value, label, counts.get(value, 0)) for value, label in Province.choices]
        return super().get_context_data(
            rows=rows,
            unknown=counts.get("", 0),
            total=sum(counts.values()),
            tiles=province_map.province_tiles(counts),
            map_size={"width": province_map.WIDTH, "height": province_map.HEIGHT, "tile": province_map.SIZE},
            **kwargs,
        )


def organisation_json_ld(cooperatie):
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": cooperatie.name,
        "description": cooperatie.summary,
        "url": absolute_url(cooperatie),
        "license": opendata.LICENSE_URL,
    }
    if cooperatie.website:
        data["sameAs"] = [cooperatie.website]
    if cooperatie.contact_email:
        data["email"] = cooperatie.contact_email
    if cooperatie.founding_year:
        data["foundingDate"] = str(cooperatie.founding_year)
    if cooperatie.place or (cooperatie.province and cooperatie.province != Province.LANDELIJK):
        address = {"@type": "PostalAddress", "addressCountry": "NL"}
        if cooperatie.place:
            address["addressLocality"] = cooperatie.place
        if cooperatie.province and cooperatie.province != Province.LANDELIJK:
            address["addressRegion"] = cooperatie.get_province_display()
        data["address"] = address
    domains = [domain.name for domain in cooperatie.domains.all()]
    if domains:
        data["knowsAbout"] = domains
    return json_ld(data)


class CooperatieDetailView(KeptObjectMixin, DetailView):
    template_name = "cooperaties/cooperatie_detail.html"
    context_object_name = "cooperatie"

    def get_queryset(self):
        return Cooperatie.objects.published()

    def get_context_data(self, **kwargs):
        return super().get_context_data(**{"preview": False, **kwargs})

    # The profile's parts are kept until the directory changes ({% cache %} in the template); these are
    # asked only when a part is rendered, so a kept profile costs one query.
    def json_ld(self):
        return organisation_json_ld(self.object)

    def profile_sections(self):
        return profile_sections.for_profile(self.object)

    def today(self):
        """For the key of a part that follows the calendar (questions and offers end on a date)."""
        return timezone.localdate()

    def not_recently_verified(self):
        return (
            Cooperatie.objects.not_recently_verified(
                now=timezone.now(), answer_days=settings.COOPERATIES_CHECK_ANSWER_DAYS
            )
            .filter(pk=self.object.pk)
            .exists()
        )


class CooperatiePreviewView(PermissionRequiredMixin, CooperatieDetailView):
    """The secretariat sees a proposal or an archived profile as the public would."""

    permission_required = "cooperaties.view_cooperatie"

    def has_permission(self):
        # Staff only, as in the admin: a permission given to a non-staff account through a group would
        # otherwise open this page without the second step that every staff account has.
        return self.request.user.is_staff and super().has_permission()

    def get_queryset(self):
        return Cooperatie.objects.for_profile()

    def get_context_data(self, **kwargs):
        return super().get_context_data(preview=True, **kwargs)


class ProposalView(FormView):
    form_class = ProposalForm
    template_name = "cooperaties/proposal_form.html"
    success_url = reverse_lazy("cooperaties:proposal-thanks")

    def form_valid(self, form):
        if form.is_spam:
            # Bots get the same answer as people, so they learn nothing.
            return redirect(self.success_url)
        if self.request.POST.get("doorgaan") != "ja":
            similar = list(Cooperatie.objects.similar_names(form.cleaned_data["name"])[:3])
            if similar:
                # Warn before saving; the proposer may well mean another coöperatie and can go on.
                return self.render_to_response(self.get_context_data(form=form, similar=similar))
        try:
            propose_cooperatie(data=form.cleaned_data, ip=ratelimit.client_ip(self.request))
        except ProposalRateLimited:
            form.add_error(
                None, _("Er zijn vanaf uw adres al veel aanmeldingen gedaan. Probeer het over een uur opnieuw.")
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return redirect(self.success_url)


class ProposalThanksView(TemplateView):
    template_name = "cooperaties/proposal_thanks.html"


def export_csv(request):
    return exports.csv_response(Cooperatie.objects.published())


def export_json(request):
    data = list(exports.rows(Cooperatie.objects.published()))
    response = JsonResponse(
        {"licentie": opendata.LICENSE, "aantal": len(data), "cooperaties": data},
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    response["Content-Disposition"] = 'inline; filename="cooperaties.json"'
    response["Link"] = f'<{opendata.LICENSE_URL}>; rel="license"'
    return response


def export_essglobal(request):
    return opendata.essglobal_response(Cooperatie.objects.published())


def murmurations_profile(request, pk):
    cooperatie = get_object_or_404(Cooperatie.objects.published().for_profile(), pk=pk)
    return opendata.murmurations_response(cooperatie)
