"""Binnenkomst: the secretariat ticks people present at the door, on a tablet or phone.

Every tick is a small form POST that redirects back to the same search (post/redirect/get), so a
flaky connection loses nothing: a tick sent twice counts once (services.check_in), and a reload
shows what the database holds. No JavaScript; the counts per workshop are recounted on every page.
When the service needs the staff member's explicit choice (someone waiting, a full workshop, a day too
early), the same POST comes back as a question, and answering yes sends it again with that choice.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.db.models import Count, Q
from django.db.models.functions import Lower
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView

from alliantie.models import Organisation
from portal.locking import Busy
from portal.validators import parse_id

from . import services
from .models import SEAT_STATUSES, Event, Registration, Workshop


class WalkInForm(forms.Form):
    guest_name = forms.CharField(
        label=gettext_lazy("Naam"), max_length=200, error_messages={"required": gettext_lazy("Vul de naam in.")}
    )
    organisation = forms.ModelChoiceField(
        label=gettext_lazy("Organisatie (niet verplicht)"), queryset=Organisation.objects.none(), required=False
    )
    workshop = forms.ModelChoiceField(
        label=gettext_lazy("Werkgroep (niet verplicht)"), queryset=Workshop.objects.none(), required=False
    )

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.active()
        workshops = Workshop.objects.filter(event=event)
        if workshops.exists():
            self.fields["workshop"].queryset = workshops
        else:
            del self.fields["workshop"]


class SecretariaatMixin(PermissionRequiredMixin):
    permission_required = "agenda.change_registration"

    @cached_property
    def event(self):
        return get_object_or_404(Event, slug=self.kwargs["slug"])

    def registration(self):
        pk = parse_id(self.request.POST.get("registration")) or 0
        return get_object_or_404(Registration.objects.select_related("user"), event=self.event, pk=pk)

    def back_url(self, query="", anchor=""):
        url = reverse("agenda:checkin", kwargs={"slug": self.event.slug})
        return url + (f"?{urlencode({'q': query})}" if query else "") + (f"#{anchor}" if anchor else "")

    def back(self, query="", anchor=""):
        return redirect(self.back_url(query, anchor))

    def choices(self):
        """The explicit choices this POST carries (set by answering yes on the question page)."""
        return {flag: self.request.POST.get(flag) == "1" for flag in self.flags}

    def ask(self, question):
        """The same POST again as a question; yes sends it back with the choice the service asked for."""
        fields = [(k, v) for k, values in self.request.POST.lists() if k != "csrfmiddlewaretoken" for v in values]
        context = {
            "event": self.event,
            "question": str(question),
            "fields": fields + [(question.flag, "1")],
            "action": self.request.path,
            "back": self.back_url(self.request.POST.get("q", "")),
        }
        return TemplateResponse(self.request, "agenda/checkin_confirm.html", context)


class CheckInView(SecretariaatMixin, TemplateView):
    template_name = "agenda/checkin.html"

    def get_context_data(self, walk_in_form=None, **kwargs):
        event = self.event
        query = self.request.GET.get("q", "").strip()[:100]
        # Everyone still expected, waiting people too: at the door nobody may be "not found" who signed up.
        people = (
            Registration.objects.filter(event=event)
            .active()
            .named(query)
            .select_related("user", "organisation", "workshop", "vote_code")
            .order_by(Lower("user__last_name"), Lower("user__first_name"), Lower("guest_name"))
        )
        counts = Registration.objects.filter(event=event).aggregate(
            present=Count("pk", filter=Q(status=Registration.Status.AANWEZIG)),
            expected=Count("pk", filter=Q(status__in=SEAT_STATUSES)),
            waiting=Count("pk", filter=Q(status=Registration.Status.WACHTLIJST)),
        )
        workshops = Workshop.objects.filter(event=event).annotate(
            present=Count("registrations", filter=Q(registrations__status=Registration.Status.AANWEZIG)),
            expected=Count("registrations", filter=Q(registrations__status__in=SEAT_STATUSES)),
        )
        return super().get_context_data(
            event=event,
            query=query,
            people=list(people),
            counts=counts,
            is_open=services.check_in_is_open(event),
            workshops=list(workshops),
            walk_in_form=walk_in_form or WalkInForm(event=event),
            **kwargs,
        )


class MarkPresentView(SecretariaatMixin, View):
    flags = ("admit_waiting", "early")

    def post(self, request, slug):
        registration = self.registration()
        name = registration.display_name
        try:
            marked = services.check_in(registration=registration, **self.choices())
        except services.NeedsConfirmation as question:
            return self.ask(question)
        except (services.RegistrationError, Busy) as error:
            messages.error(request, str(error))
        else:
            if marked:
                messages.success(request, _("%(name)s is aanwezig.") % {"name": name})
            else:
                messages.info(request, _("%(name)s was al aanwezig.") % {"name": name})
        return self.back(request.POST.get("q", ""), anchor=f"aanmelding-{registration.pk}")


class UndoView(SecretariaatMixin, View):
    def post(self, request, slug):
        registration = self.registration()
        try:
            services.undo_check_in(registration=registration)
        except (services.RegistrationError, Busy) as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("%(name)s is niet meer aanwezig gemeld.") % {"name": registration.display_name})
        return self.back(request.POST.get("q", ""), anchor=f"aanmelding-{registration.pk}")


class WalkInView(SecretariaatMixin, View):
    flags = ("over_capacity", "early")

    def post(self, request, slug):
        form = WalkInForm(request.POST, event=self.event)
        if form.is_valid():
            try:
                registration = services.register_walk_in(
                    event=self.event,
                    guest_name=form.cleaned_data["guest_name"],
                    organisation=form.cleaned_data["organisation"],
                    workshop=form.cleaned_data.get("workshop"),
                    registered_by=request.user,
                    **self.choices(),
                )
            except services.NeedsConfirmation as question:
                return self.ask(question)
            except (services.RegistrationError, Busy) as error:
                form.add_error("workshop" if "werkgroep" in str(error) else "guest_name", str(error))
            else:
                messages.success(request, _("%(name)s is aangemeld en aanwezig.") % {"name": registration.guest_name})
                return self.back(registration.guest_name, anchor=f"aanmelding-{registration.pk}")
        view = CheckInView(request=request, kwargs=self.kwargs, args=())
        return view.render_to_response(view.get_context_data(walk_in_form=form), status=200)
