"""The agenda pages: list, feed, event page, registering and the member's own registrations."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import F
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView, FormView, ListView, TemplateView

from alliantie.mixins import ContactPersonMixin
from alliantie.models import Membership
from portal import fragments

from . import services
from .forms import ChangeWorkshopForm, ColleagueRegistrationForm, EventFilterForm, RegistrationForm, seats_label
from .ical import PUBLISH, event_ics, feed_ics
from .models import Event, Registration, Vote, VoteYearSummary, Workshop
from .structured_data import event_json_ld


class EventListView(TemplateView):
    """The agenda. The lists are remembered per set of answers, day and kind of visitor (members see
    members-only events too) until content changes ({% remember %} in the template); they are asked only
    when that part is rendered."""

    template_name = "agenda/event_list.html"

    def get_context_data(self, **kwargs):
        regions = fragments.remember(("event-regions",), lambda: list(Event.objects.regions()), content=True)
        self.filter_form = EventFilterForm(self.request.GET or None, regions=regions)
        return super().get_context_data(
            filter_form=fragments.form(self.filter_form, self.request.GET, owner=type(self)),
            is_filtered=bool(self.request.GET),
            lists_key=self.lists_key(),
            **kwargs,
        )

    def lists_key(self):
        answers = fragments.answers(self.request.GET, self.filter_form.fields)
        if answers is None:
            return None  # parameters the agenda does not know: not remembered
        return (answers, timezone.localdate(), Event.objects.shows_members_only_to(self.request.user))

    @cached_property
    def visible(self):
        return self.filter_form.filter(Event.objects.visible_to(self.request.user).with_related())

    def upcoming(self):
        return self.visible.upcoming()

    def past(self):
        return self.visible.past()

    def region_feeds(self):  # read by the template's remembered part only
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

    @cached_property
    def event(self):
        return get_object_or_404(Event.objects.visible_to(self.request.user).with_related(), slug=self.kwargs["slug"])

    @cached_property
    def membership(self):
        return Membership.objects.approved_for(self.request.user)

    def workshops(self):
        return Workshop.objects.filter(event=self.event).with_seats_taken()


class EventDetailView(EventMixin, TemplateView):
    template_name = "agenda/event_detail.html"

    # What every visitor sees is remembered per event until content changes ({% remember %} in the
    # template); these are asked only when it is rendered, so a remembered page costs the event's query.
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
        if self.event.capacity is None:
            return None
        return max(self.event.capacity - Registration.objects.seated().filter(event=self.event).count(), 0)

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


class RegisterView(LoginRequiredMixin, EventMixin, FormView):
    template_name = "agenda/register.html"
    form_class = RegistrationForm

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        event = self.event
        if self.membership is None:
            return self.render_stop(_("Alleen voor leden"), "not_member", status=403)
        existing = Registration.objects.active().filter(event=event, user=request.user).first()
        if existing:
            messages.info(request, _("U bent al aangemeld voor deze activiteit."))
            return redirect("agenda:my-registrations")
        if not event.registration_is_open():
            return self.render_stop(_("Aanmelden kan nu niet"), "closed", status=200)
        return super().dispatch(request, *args, **kwargs)

    def render_stop(self, title, reason, status):
        response = self.response_class(
            request=self.request,
            template=["agenda/register_unavailable.html"],
            context={"event": self.event, "title": title, "reason": reason},
            status=status,
        )
        return response

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        workshops = self.workshops()
        kwargs["workshops"] = workshops if workshops.exists() else None
        kwargs["preferences"] = self.event.collects_preferences()
        return kwargs

    def get_context_data(self, **kwargs):
        return super().get_context_data(event=self.event, membership=self.membership, **kwargs)

    def form_valid(self, form):
        try:
            registration = services.register(
                event=self.event,
                user=self.request.user,
                workshop=form.cleaned_data.get("workshop"),
                preferences=form.preference_list(),
                access_needs=form.cleaned_data["access_needs"],
                dietary=form.cleaned_data["dietary"],
            )
        except services.RegistrationError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        return redirect("agenda:registration-done", pk=registration.pk)


class OwnRegistrationMixin(LoginRequiredMixin):
    """Only the person's own registrations: someone else's id gives a 404, never their data."""

    def get_registration(self):
        return get_object_or_404(Registration.objects.for_user(self.request.user), pk=self.kwargs["pk"])


class RegistrationDoneView(OwnRegistrationMixin, DetailView):
    template_name = "agenda/registration_done.html"
    context_object_name = "registration"

    def get_object(self, queryset=None):
        return self.get_registration()


class MyRegistrationsView(LoginRequiredMixin, ListView):
    template_name = "agenda/my_registrations.html"
    context_object_name = "registrations"

    def get_queryset(self):
        return Registration.objects.for_user(self.request.user).order_by(
            F("event__date").desc(nulls_last=True), "-created"
        )


class CancelView(OwnRegistrationMixin, TemplateView):
    """GET asks "are you sure?", POST cancels: a link can never cancel by itself."""

    template_name = "agenda/registration_cancel.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(registration=self.get_registration(), **kwargs)

    def post(self, request, *args, **kwargs):
        registration = self.get_registration()
        try:
            services.cancel(registration=registration)
        except services.RegistrationError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("U bent afgemeld voor %(title)s. U krijgt een e-mail.") % {"title": registration.event.title}
            )
        return redirect("agenda:my-registrations")


class ChangeWorkshopView(OwnRegistrationMixin, FormView):
    template_name = "agenda/registration_workshop.html"
    form_class = ChangeWorkshopForm

    @cached_property
    def registration(self):
        return self.get_registration()

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not self.registration.can_cancel():
            messages.error(request, _("Deze aanmelding kunt u niet meer wijzigen."))
            return redirect("agenda:my-registrations")
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["workshops"] = (
            Workshop.objects.filter(event=self.registration.event)
            .exclude(pk=self.registration.workshop_id)
            .with_seats_taken()
        )
        return kwargs

    def get_context_data(self, **kwargs):
        return super().get_context_data(registration=self.registration, **kwargs)

    def form_valid(self, form):
        try:
            registration = services.change_workshop(
                registration=self.registration, workshop=form.cleaned_data["workshop"]
            )
        except services.RegistrationError as error:
            form.add_error("workshop", str(error))
            return self.form_invalid(form)
        if registration.status == Registration.Status.WACHTLIJST:
            text = _("Uw werkgroep is gewijzigd. U staat op de wachtlijst, op plaats %(position)d.") % {
                "position": registration.waitlist_position
            }
        else:
            text = _("Uw werkgroep is gewijzigd: %(title)s.") % {"title": registration.workshop.title}
        messages.success(self.request, text)
        return redirect("agenda:my-registrations")


class OrganisationRegistrationsView(ContactPersonMixin, TemplateView):
    """Who of our organisation is registered for which event still to come."""

    template_name = "agenda/organisation_registrations.html"

    def get_context_data(self, **kwargs):
        events = list(Event.objects.visible_to(self.request.user).upcoming())
        registrations = (
            Registration.objects.active()
            .filter(organisation=self.organisation, event__in=events)
            .select_related("user", "workshop", "event")
            .order_by("user__last_name", "guest_name")
        )
        by_event = {event.pk: [] for event in events}
        for registration in registrations:
            by_event[registration.event_id].append(registration)
        rows = [(event, by_event[event.pk]) for event in events]
        return super().get_context_data(our_organisation=self.organisation, rows=rows, **kwargs)


class RegisterColleagueView(ContactPersonMixin, EventMixin, FormView):
    template_name = "agenda/register_colleague.html"
    form_class = ColleagueRegistrationForm

    def get_form_kwargs(self):
        workshops = self.workshops()
        return {
            **super().get_form_kwargs(),
            "workshops": workshops if workshops.exists() else None,
            "preferences": self.event.collects_preferences(),
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(event=self.event, our_organisation=self.organisation, **kwargs)

    def form_valid(self, form):
        try:
            registration = services.register(
                event=self.event,
                guest_name=form.cleaned_data["guest_name"],
                guest_email=form.cleaned_data["guest_email"],
                organisation=self.organisation,
                registered_by=self.request.user,
                workshop=form.cleaned_data.get("workshop"),
                preferences=form.preference_list(),
                access_needs=form.cleaned_data["access_needs"],
                dietary=form.cleaned_data["dietary"],
            )
        except services.RegistrationError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        if registration.status == Registration.Status.WACHTLIJST:
            text = _("%(name)s staat op de wachtlijst, op plaats %(position)d.")
        else:
            text = _("%(name)s is aangemeld.")
        messages.success(
            self.request, text % {"name": registration.guest_name, "position": registration.waitlist_position or 0}
        )
        return redirect("agenda:organisation-registrations")


class OrganisationCancelView(ContactPersonMixin, View):
    """The contact person cancels a colleague they registered (someone without an account of their own)."""

    def post(self, request, pk):
        registration = get_object_or_404(
            Registration.objects.active().filter(organisation=self.organisation, user__isnull=True), pk=pk
        )
        try:
            services.cancel(registration=registration)
        except services.RegistrationError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("%(name)s is afgemeld.") % {"name": registration.guest_name})
        return redirect("agenda:organisation-registrations")


class EventCalendarView(EventMixin, View):
    """'Zet in uw agenda': this one event as a calendar file."""

    def get(self, request, slug):
        if not self.event.date:
            raise Http404
        return _ics_response(event_ics(self.event, method=PUBLISH), f"{self.event.slug}.ics")
