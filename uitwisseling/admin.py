"""The secretariat's side of the exchange: decide on the answers coöperaties send (list actions and the change
form's status go through the same services, with the same mail) and invite coöperaties to take part."""

from functools import partial

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from cooperaties.models import Cooperatie
from portal.admin_tools import changelist_url, report, service_action
from portal.locking import Busy

from . import services
from .forms import InvitationForm
from .models import Answer, Question, Topic

DECISIONS = {
    Answer.Status.GEPUBLICEERD: services.publish_answer,
    Answer.Status.AFGEWEZEN: services.refuse_answer,
}


class AnswerAdminForm(forms.ModelForm):
    """A new status is a decision, taken through the same service as the list actions; whether the coöperatie
    is mailed is chosen here, before saving."""

    send_message = forms.BooleanField(
        label=_("Stuur bericht"),
        required=False,
        initial=True,
        help_text=_(
            "Alleen als u de status verandert. Aangevinkt: de coöperatie krijgt een e-mail over het besluit op haar "
            "contactadres (als wij dat hebben). Zet het vinkje uit als u de coöperatie al zelf heeft ingelicht."
        ),
    )

    class Meta:
        model = Answer
        fields = ["cooperatie", "question", "text", "status", "send_message"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The form writes the new status onto the instance before save_model runs; the decision needs both.
        self.saved_status = self.instance.status

    def clean_status(self):
        status = self.cleaned_data["status"]
        if status != self.saved_status and status not in DECISIONS:
            raise forms.ValidationError(_("Kies ‘Gepubliceerd’ of ‘Afgewezen’. Een besluit gaat niet terug."))
        return status


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin):
    form = AnswerAdminForm
    list_display = ["cooperatie", "question", "status", "created", "decided_at"]
    list_filter = ["status", "question__topic"]
    list_select_related = ["cooperatie", "question"]
    search_fields = ["cooperatie__name", "text"]
    autocomplete_fields = ["cooperatie"]
    readonly_fields = ["created", "decided_at"]
    date_hierarchy = "created"
    actions = ["publish", "refuse"]
    change_list_template = "admin/uitwisseling/answer/change_list.html"

    def save_model(self, request, obj, form, change):
        # The other fields are saved as usual; the status only through the service.
        status = obj.status
        obj.status = form.saved_status
        obj.save()
        if status == form.saved_status:
            return
        try:
            changed = DECISIONS[status](
                answers=Answer.objects.filter(pk=obj.pk), notify=form.cleaned_data["send_message"]
            )
        except Busy as error:
            self.message_user(request, str(error), messages.ERROR)
            return
        obj.refresh_from_db()
        if not changed:
            self.message_user(request, _("De status is niet veranderd."), messages.WARNING)
        elif form.cleaned_data["send_message"] and obj.cooperatie.contact_address:
            self.message_user(request, _("De coöperatie krijgt een e-mail over het besluit."))
        else:
            self.message_user(request, _("De status is veranderd. Er is geen e-mail gestuurd."))

    publish = service_action(
        description=_("Publiceren (met e-mail aan de coöperatie)"),
        service=partial(services.publish_answer, notify=True),
        selection="answers",
        done=ngettext_lazy(
            "%(count)d antwoord staat nu op de website.", "%(count)d antwoorden staan nu op de website.", "count"
        ),
    )
    refuse = service_action(
        description=_("Afwijzen of van de website halen (met e-mail aan de coöperatie)"),
        service=partial(services.refuse_answer, notify=True),
        selection="answers",
        done=ngettext_lazy("%(count)d antwoord afgewezen.", "%(count)d antwoorden afgewezen.", "count"),
    )

    def get_urls(self):
        return [
            path(
                "uitnodigen/",
                self.admin_site.admin_view(self.invite_view),
                name="uitwisseling_answer_invite",
            ),
            *super().get_urls(),
        ]

    def invite_view(self, request):
        """'Nodig coöperaties uit om ervaringen te delen': each chosen coöperatie gets its link by mail."""
        if not self.has_change_permission(request):
            raise PermissionDenied
        candidates = Cooperatie.objects.published().exclude(contact_address="").order_by("name")
        form = InvitationForm(request.POST or None, cooperaties=candidates)
        if request.method == "POST" and form.is_valid():
            chosen = Cooperatie.objects.filter(pk__in=[c.pk for c in form.cleaned_data["cooperaties"]])
            sent, _missing = services.invite_many(cooperaties=chosen)
            report(
                self,
                request,
                ngettext_lazy(
                    "De uitnodiging is naar %(count)d coöperatie gestuurd.",
                    "De uitnodiging is naar %(count)d coöperaties gestuurd.",
                    "count",
                ),
                sent,
            )
            return HttpResponseRedirect(changelist_url(Answer))
        context = {
            **self.admin_site.each_context(request),
            "title": _("Nodig coöperaties uit om ervaringen te delen"),
            "form": form,
            "opts": self.model._meta,
            "without_address": Cooperatie.objects.published().filter(contact_address="").count(),
        }
        return TemplateResponse(request, "admin/uitwisseling/answer/invite.html", context)


class QuestionInline(admin.TabularInline):
    model = Question
    fields = ["position", "text", "key"]
    readonly_fields = ["key"]
    extra = 0


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    """The topics and questions come from the basisdocument (manage.py seed); shown here to read."""

    list_display = ["title", "theme"]
    inlines = [QuestionInline]
    readonly_fields = ["source"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
