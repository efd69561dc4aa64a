"""Binnenkomst: the secretariat ticks people present at the door, on a tablet or phone.

Every tick is a small form POST that redirects back to the same search (post/redirect/get), so a
flaky connection loses nothing: a tick sent twice counts once (services.mark_present), and a reload
shows what the database holds. No JavaScript; the counts per workshop are recounted on every page.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.db.models import Count, Q
from django.db.models.functions import Lower
from django.shortcuts import get_object_or_404, redirect
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

    def back(self, query="", anchor=""):
        url = reverse("agenda:checkin", kwargs={"slug": self.event.slug})
        return redirect(url + (f"?{urlencode({'q': query})}" if query else "") + (f"#{anchor}" if anchor else ""))


class CheckInView(SecretariaatMixin, TemplateView):
    template_name = "agenda/checkin.html"

    def get_context_data(self, walk_in_form=None, **kwargs):
        event = self.event
        query = self.request.GET.get("q", "").strip()[:100]
        people = (
            Registration.objects.filter(event=event)
            .seated()
            .named(query)
            .select_related("user", "organisation", "workshop", "vote_code")
            .order_by(Lower("user__last_name"), Lower("user__first_name"), Lower("guest_name"))
        )
        counts = Registration.objects.filter(event=event).aggregate(
            present=Count("pk", filter=Q(status=Registration.Status.AANWEZIG)),
            expected=Count("pk", filter=Q(status__in=SEAT_STATUSES)),
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
            workshops=list(workshops),
            walk_in_form=walk_in_form or WalkInForm(event=event),
            **kwargs,
        )


class MarkPresentView(SecretariaatMixin, View):
    def post(self, request, slug):
        registration = get_object_or_404(
            Registration, event=self.event, pk=parse_id(request.POST.get("registration")) or 0
        )
        try:
            marked = services.mark_present(registrations=[registration])
        except Busy as error:
            messages.error(request, str(error))
        else:
            if marked:
                messages.success(request, _("%(name)s is aanwezig.") % {"name": registration.display_name})
            elif registration.status == Registration.Status.AANWEZIG:
                messages.info(request, _("%(name)s was al aanwezig.") % {"name": registration.display_name})
            else:
                messages.error(request, _("%(name)s heeft geen plaats.") % {"name": registration.display_name})
        return self.back(request.POST.get("q", ""), anchor=f"aanmelding-{registration.pk}")


class WalkInView(SecretariaatMixin, View):
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
                )
            except (services.RegistrationError, Busy) as error:
                form.add_error("workshop" if "werkgroep" in str(error) else "guest_name", str(error))
            else:
                messages.success(request, _("%(name)s is aangemeld en aanwezig.") % {"name": registration.guest_name})
                return self.back(registration.guest_name, anchor=f"aanmelding-{registration.pk}")
        view = CheckInView(request=request, kwargs=self.kwargs, args=())
        return view.render_to_response(view.get_context_data(walk_in_form=form), status=200)
