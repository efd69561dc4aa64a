"""The secretariat runs the vote: developments, codes (with slips to print), paper tallies, close and publish."""

from functools import partial

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from portal.admin_tools import report, service_action
from portal.dutch_numbers import DUTCH_NUMBER_OVERRIDES
from portal.links import absolute_url

from ..models import Development, Vote, VoteCode, VoteYearSummary
from . import services
from .qr import qr_svg


class DevelopmentInline(admin.TabularInline):
    formfield_overrides = DUTCH_NUMBER_OVERRIDES
    model = Development
    extra = 0
    fields = ["order", "title", "paper_verweer", "paper_vernieuwing"]


@admin.register(Vote)
class VoteAdmin(admin.ModelAdmin):
    formfield_overrides = DUTCH_NUMBER_OVERRIDES
    list_display = ["event", "status", "stickers_per_person", "links"]
    list_filter = ["status", "event__year"]
    search_fields = ["event__title", "event__city"]
    autocomplete_fields = ["event"]
    list_select_related = ["event"]
    inlines = [DevelopmentInline]
    fields = ["event", "stickers_per_person", "explanation", "status", "published_at"]
    readonly_fields = ["status", "published_at"]
    actions = ["open_votes", "close_votes", "publish_votes"]

    def get_readonly_fields(self, request, obj=None):
        return [*self.readonly_fields, "event"] if obj else self.readonly_fields

    @admin.display(description=_("pagina's"))
    def links(self, vote):
        return format_html(
            '<a href="{}">{}</a> · <a href="{}">{}</a> · <a href="{}">{}</a>',
            reverse("admin:agenda_vote_slips", args=[vote.pk]),
            _("stemcodes"),
            reverse("agenda:vote-entry", kwargs={"slug": vote.event.slug}),
            _("stempagina"),
            reverse("agenda:vote-results", kwargs={"slug": vote.event.slug}),
            _("uitslag"),
        )

    open_votes = service_action(
        description=_("Stemmen openen"),
        service=partial(services.set_statuses, status=Vote.Status.OPEN),
        selection="votes",
        done=ngettext_lazy("%(count)d stemming geopend.", "%(count)d stemmingen geopend.", "count"),
    )
    close_votes = service_action(
        description=_("Stemmen sluiten (daarna papieren stemmen invoeren)"),
        service=partial(services.set_statuses, status=Vote.Status.GESLOTEN),
        selection="votes",
        done=ngettext_lazy("%(count)d stemming gesloten.", "%(count)d stemmingen gesloten.", "count"),
    )
    publish_votes = service_action(
        description=_("Uitslag publiceren"),
        service=partial(services.set_statuses, status=Vote.Status.GEPUBLICEERD),
        selection="votes",
        done=ngettext_lazy("%(count)d uitslag gepubliceerd.", "%(count)d uitslagen gepubliceerd.", "count"),
    )

    def get_urls(self):
        return [
            path("<int:pk>/stemcodes/", self.admin_site.admin_view(self.slips_view), name="agenda_vote_slips"),
        ] + super().get_urls()

    def slips_view(self, request, pk):
        """Codes for everyone registered, plus loose ones for walk-ins; printed and cut into slips."""
        vote = get_object_or_404(Vote.objects.select_related("event"), pk=pk)
        if not self.has_view_permission(request, vote):
            raise PermissionDenied
        if request.method == "POST":
            if not self.has_change_permission(request, vote):
                raise PermissionDenied
            try:
                loose = max(0, min(int(request.POST.get("loose") or 0), 500))
            except ValueError:
                loose = 0
            created = services.make_codes(vote=vote, loose=loose)
            done = ngettext_lazy("%(count)d stemcode gemaakt.", "%(count)d stemcodes gemaakt.", "count")
            report(self, request, done, len(created))
            return redirect("admin:agenda_vote_slips", pk=vote.pk)
        entry = absolute_url(reverse("agenda:vote-entry", kwargs={"slug": vote.event.slug}))
        # Each slip's QR code opens the vote with the code filled in; the code is printed large as well.
        codes = [
            (code, services.display(code.code), qr_svg(f"{entry}?code={code.code}", label=_("QR-code naar uw stem")))
            for code in VoteCode.objects.filter(vote=vote).select_related("registration__user")
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": _("Stemcodes"),
            "vote": vote,
            "codes": codes,
            "entry_url": entry,
            "room_qr": qr_svg(entry, label=_("QR-code naar de stempagina"), scale=10),
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/agenda/vote_slips.html", context)


@admin.register(VoteYearSummary)
class VoteYearSummaryAdmin(admin.ModelAdmin):
    formfield_overrides = DUTCH_NUMBER_OVERRIDES
    list_display = ["year", "is_published", "source"]
    list_filter = ["is_published"]
