"""What every visitor sees: the agenda, its calendar feeds and the page of one event."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.views import View
from django.views.generic import TemplateView

from alliantie.models import Membership
from portal.caching import versions
from portal.caching.objects import kept_object

from ..forms import EventFilterForm, seats_label
from ..ical import PUBLISH, event_ics, feed_ics
from ..models import Event, Registration, Vote, VoteYearSummary, Workshop
from ..structured_data import event_json_ld


class EventListView(TemplateView):
    """The agenda. The lists are kept per set of answers, day and kind of visitor (members see members-only
    events too) until the agenda changes ({% cache %} in the template); they are asked only when that part is
    rendered."""

    template_name = "agenda/event_list.html"

    def get_context_data(self, **kwargs):
        regions = versions.kept("event-regions", ("agenda",), lambda: list(Event.objects.regions()))
        self.filter_form = EventFilterForm(self.request.GET or None, regions=regions)
        return super().get_context_data(
            filter_form=self.filter_form,
            answers=versions.answers(self.request.GET),
            is_filtered=bool(self.request.GET),
            lists_key=self.lists_key(),
            **kwargs,
        )

    def lists_key(self):
        members = Event.objects.shows_members_only_to(self.request.user)
        return f"{versions.answers(self.request.GET)}|{timezone.localdate()}|{members}"

    @cached_property
    def visible(self):
        return self.filter_form.filter(Event.objects.visible_to(self.request.user).with_related())

    def upcoming(self):
        return self.visible.upcoming()

    def past(self):
        return self.visible.past()

    def region_feeds(self):  # read by the template's kept part only
        return [(name, slugify(name)) for name in Event.objects.public().regions()]


def _ics_response(content, filename):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def feed(request):
    """All public dated events; calendar apps subscribe to this address."""
    events = Event.objects.public().filter(date__isnull=False).order_by("date", "start_time")
    return _ics_response(feed_ics(events), "agenda-sociale-alliantie.ics")


def region_feed(request, region):
    """The public dated events of one region, for people who only follow what happens near them."""
    name = next((r for r in Event.objects.public().regions() if slugify(r) == region), None)
    if name is None:
        raise Http404
    events = Event.objects.public().filter(date__isnull=False, region=name).order_by("date", "start_time")
    return _ics_response(feed_ics(events, f"Agenda Sociale Alliantie – {name}"), f"agenda-{region}.ics")


class EventMixin:
    """The event from the address, when this visitor may see it."""

    def events(self):
        return Event.objects.visible_to(self.request.user).with_related()

    @cached_property
    def event(self):
        return kept_object(
            self.request, self.kwargs, lambda: get_object_or_404(self.events(), slug=self.kwargs["slug"])
        )

    @cached_property
    def membership(self):
        return Membership.objects.approved_for(self.request.user)

    def workshops(self):
        return Workshop.objects.filter(event=self.event).with_seats_taken()


class EventDetailView(EventMixin, TemplateView):
    template_name = "agenda/event_detail.html"

    def events(self):
        # The secretariat previews a draft on its own page; for everyone else a draft does not exist. Only the
        # page's kept part reads the host (when it is rendered): a join less to build on every request.
        return Event.objects.all() if self.request.user.is_staff else Event.objects.visible_to(self.request.user)

    # What every visitor sees is kept per event until the agenda changes ({% cache %} in the
    # template); these are asked only when it is rendered, so a kept page costs the event's query.
    @cached_property
    def speakers(self):
        return list(self.event.speakers.all())

    @cached_property
    def workshop_list(self):
        workshops = list(self.workshops())
        for workshop in workshops:
            workshop.seats_text = seats_label(workshop)
        return workshops

    def event_seats_left(self):
        return self.event.count_seats_left()

    def json_ld(self):
        return event_json_ld(self.event, self.speakers)

    def vote(self):
        return Vote.objects.filter(event=self.event).announced().first()

    def vote_summary(self):
        if self.event.kind != Event.Kind.ALLIANTIEDAG:
            return None
        return VoteYearSummary.objects.published().filter(year=self.event.year).first()

    def get_context_data(self, **kwargs):
        registration = None
        if self.request.user.is_authenticated:
            registration = Registration.objects.active().filter(event=self.event, user=self.request.user).first()
        return super().get_context_data(
            event=self.event,
            registration=registration,
            membership=self.membership,
            registration_open=self.event.registration_is_open(),
            **kwargs,
        )


class EventCalendarView(EventMixin, View):
    """'Zet in uw agenda': this one event as a calendar file."""

    def get(self, request, slug):
        if not self.event.date:
            raise Http404
        return _ics_response(event_ics(self.event, method=PUBLISH), f"{self.event.slug}.ics")


class PaperFormView(EventMixin, TemplateView):
    """The registration form on paper (A4, large type): filled in by hand, sent or handed to the secretariat,
    who types it in (Iemand aanmelden die belde of schreef). For people without internet, and for a group."""

    template_name = "agenda/paper_form.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(event=self.event, workshops=list(self.event.workshops.all()), **kwargs)
