"""Pages of the network: over ons, netwerk, documenten (list, detail, download) and Mijn account."""

from pathlib import Path

from auditlog.context import set_actor
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import DetailView, FormView, TemplateView
from django_filters.views import FilterView

from alliantie import services
from alliantie.filters import DocumentFilter, NetworkFilter
from alliantie.forms import MembershipRequestForm, ProfileForm
from alliantie.mixins import ContactPersonMixin
from alliantie.models import ChairTerm, Document, Membership, Organisation
from portal import personal_data
from portal.caching.objects import KeptObjectMixin
from portal.locking import Busy
from portal.remembered_lists import RememberedResultsMixin
from portal.validators import parse_id


class AboutView(TemplateView):
    template_name = "alliantie/about.html"

    def get_context_data(self, **kwargs):
        terms = list(ChairTerm.objects.in_order())
        current = terms[0] if terms and terms[0].is_current else None
        return super().get_context_data(
            current_chair=current, former_chairs=[term for term in terms if term is not current], **kwargs
        )


class NetworkView(FilterView):
    template_name = "alliantie/network.html"
    filterset_class = NetworkFilter
    # A wrong sector in the address shows a form error and the whole network, never a 500.
    strict = False

    def get_queryset(self):
        return Organisation.objects.active().by_level()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["groups"] = Organisation.group_by_level(context["object_list"])
        return context


class DocumentListView(RememberedResultsMixin, FilterView):
    template_name = "alliantie/document_list.html"
    filterset_class = DocumentFilter
    paginate_by = 20
    strict = False

    def get_queryset(self):
        return Document.objects.in_order()


class DocumentDetailView(KeptObjectMixin, DetailView):
    model = Document
    template_name = "alliantie/document_detail.html"
    context_object_name = "document"

    def get_context_data(self, **kwargs):
        return super().get_context_data(may_download=self.object.can_be_read_by(self.request.user), **kwargs)


class DocumentDownloadView(View):
    """The file as a download. Members-only files go to approved members (and the secretariat)."""

    def get(self, request, slug):
        document = get_object_or_404(Document, slug=slug)
        if not document.file:
            raise Http404
        if document.members_only:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not document.can_be_read_by(request.user):
                raise PermissionDenied
        try:
            handle = document.file.open("rb")
        except FileNotFoundError as error:
            raise Http404 from error
        extension = Path(document.file.name).suffix.lower()
        response = FileResponse(handle, as_attachment=True, filename=f"{document.slug}{extension}")
        response["X-Content-Type-Options"] = "nosniff"
        if document.members_only:
            response["Cache-Control"] = "private, no-store"
        return response


class AccountView(LoginRequiredMixin, TemplateView):
    template_name = "alliantie/account.html"

    def get_context_data(self, **kwargs):
        membership = Membership.objects.current_for(self.request.user)
        is_contact = bool(membership and membership.is_approved and membership.role == Membership.Role.CONTACTPERSOON)
        return super().get_context_data(membership=membership, is_contact_person=is_contact, **kwargs)


class ProfileView(LoginRequiredMixin, FormView):
    template_name = "alliantie/profile_form.html"
    form_class = ProfileForm
    success_url = reverse_lazy("alliantie:account")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.request.user}

    def form_valid(self, form):
        services.update_profile(
            user=self.request.user,
            first_name=form.cleaned_data["first_name"],
            last_name=form.cleaned_data["last_name"],
        )
        messages.success(self.request, _("Uw gegevens zijn opgeslagen."))
        return super().form_valid(form)


class MembershipRequestView(LoginRequiredMixin, FormView):
    template_name = "alliantie/membership_request.html"
    form_class = MembershipRequestForm
    success_url = reverse_lazy("alliantie:account")

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and Membership.objects.current_for(request.user):
            messages.info(request, _("U bent al gekoppeld aan een organisatie, of uw aanvraag loopt nog."))
            return redirect("alliantie:account")
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            services.request_membership(
                user=self.request.user,
                organisation=form.cleaned_data["organisation"],
                function=form.cleaned_data["function"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Uw aanvraag is verstuurd. Het secretariaat kijkt ernaar. U krijgt een e-mail als het is goedgekeurd."),
        )
        return super().form_valid(form)


class MyDataView(LoginRequiredMixin, TemplateView):
    """Everything the portal holds about the member, readable; the same as JSON for download."""

    template_name = "alliantie/my_data.html"

    def get(self, request, *args, **kwargs):
        if request.GET.get("formaat") == "json":
            return personal_data.download(request.user)
        return self.render_to_response(self.get_context_data(sections=personal_data.collect(request.user)))


class DeleteAccountView(LoginRequiredMixin, TemplateView):
    template_name = "alliantie/delete_account.html"

    def post(self, request, *args, **kwargs):
        user = request.user
        logout(request)
        # The audit trail records the deletion without an actor: the actor's own row is what goes.
        with set_actor(None):
            services.delete_user(user=user)
        messages.success(request, _("Uw account is verwijderd. Bedankt dat u meedeed."))
        return redirect("home")


class OurOrganisationView(ContactPersonMixin, TemplateView):
    """The contact person's page: requests to join, the members, and registering colleagues.

    Refusing a request and removing a colleague who left each ask once more before they happen (the
    person is mailed, and neither can be taken back); approving does not ask."""

    template_name = "alliantie/our_organisation.html"
    confirm_template_name = "alliantie/our_organisation_confirm.html"

    def get_context_data(self, **kwargs):
        memberships = Membership.objects.current().filter(organisation=self.organisation).select_related("user")
        return super().get_context_data(
            our_organisation=self.organisation,
            pending=[m for m in memberships if m.status == Membership.Status.AANGEVRAAGD],
            members=[m for m in memberships if m.status == Membership.Status.GOEDGEKEURD],
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        decision = request.POST.get("decision")
        # Only this organisation's rows: the secretariat sees all and can overrule.
        ours = Membership.objects.filter(organisation=self.organisation)
        if decision in ("goedkeuren", "afwijzen"):
            chosen = ours.pending().filter(pk=parse_id(request.POST.get("request"))).select_related("user").first()
        elif decision == "verwijderen":
            # Not oneself: the contact person would lock themselves out of this page.
            chosen = (
                ours.approved()
                .exclude(user=request.user)
                .filter(pk=parse_id(request.POST.get("member")))
                .select_related("user")
                .first()
            )
        else:
            chosen = None
        if chosen is None:
            return redirect("alliantie:our-organisation")
        if decision != "goedkeuren" and request.POST.get("zeker") != "ja":
            return self.response_class(
                request=request,
                template=[self.confirm_template_name],
                context={"our_organisation": self.organisation, "chosen": chosen, "decision": decision},
                using=self.template_engine,
            )
        try:
            done = self._decide(decision, chosen)
        except Busy as error:
            messages.error(request, str(error))
            return redirect("alliantie:our-organisation")
        if done:
            messages.success(request, done)
        return redirect("alliantie:our-organisation")

    def _decide(self, decision, chosen):
        """The message to show, or None when someone else decided first."""
        if decision == "goedkeuren":
            if services.approve_memberships(memberships=[chosen]):
                return _("De aanvraag is goedgekeurd. Uw collega krijgt een e-mail.")
        elif decision == "afwijzen":
            if services.refuse_memberships(memberships=[chosen]):
                return _("De aanvraag is afgewezen. Uw collega krijgt een e-mail.")
        elif services.end_membership(membership=chosen):
            name = chosen.user.get_full_name() or chosen.user.email
            return _("%(name)s hoort niet meer bij uw organisatie. Deze persoon krijgt een e-mail.") % {"name": name}
        return None
