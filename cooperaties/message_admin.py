"""The secretariat's side of 'Stuur een bericht' (the messages, read only, marked handled once forwarded) and
of 'Breng in contact' (an action on coöperaties, with a page to confirm it and add a note)."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from portal.admin_tools import service_action
from portal.locking import Busy

from . import messages as relay
from .models import Message


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    list_display = ["cooperatie", "name", "short_body", "route", "handled", "created"]
    list_filter = ["route", "handled", "created"]
    search_fields = ["cooperatie__name", "name", "email", "phone", "subject", "body"]
    search_help_text = _("Zoek op coöperatie, afzender, e-mailadres, telefoonnummer of tekst.")
    list_select_related = ["cooperatie"]
    fields = ["cooperatie", "route", "name", "email", "phone", "subject", "body", "created", "handled"]
    # What the visitor wrote is what they wrote: only 'afgehandeld' changes.
    readonly_fields = ["cooperatie", "route", "name", "email", "phone", "subject", "body", "created"]
    date_hierarchy = "created"
    actions = ["mark_handled"]

    mark_handled = service_action(
        description=_("Zet de gekozen berichten op ‘afgehandeld’"),
        service=relay.mark_handled,
        selection="messages",
        done=ngettext_lazy(
            "%(count)d bericht op ‘afgehandeld’ gezet.", "%(count)d berichten op ‘afgehandeld’ gezet.", "count"
        ),
    )

    def has_add_permission(self, request):
        # Messages come from the public form, never typed in.
        return False

    @admin.display(description=_("bericht"))
    def short_body(self, obj):
        return obj.body if len(obj.body) <= 80 else obj.body[:79] + "…"


class IntroductionForm(forms.Form):
    note = forms.CharField(
        label=_("Persoonlijke noot (mag leeg blijven)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4, "cols": 60}),
        help_text=_("Bijvoorbeeld waarom u denkt dat zij iets aan elkaar hebben. Beide coöperaties lezen dit."),
    )


REFUSALS = {
    relay.NOT_TWO: _("Kies precies twee coöperaties om met elkaar in contact te brengen. Er is niets verstuurd."),
    relay.NO_ADDRESS: _(
        "Van geen van beide coöperaties is een contactadres bekend. Er is niets verstuurd. Vul eerst bij minstens "
        "één van de twee het contactadres in bij ‘Bijhouden’."
    ),
}


def introduce_action(modeladmin, request, queryset):
    """'Breng in contact': a page to confirm (with an optional note), then one mail to each."""
    pair = list(queryset.order_by("name"))
    if len(pair) != 2:
        modeladmin.message_user(request, REFUSALS[relay.NOT_TWO], messages.ERROR)
        return None
    if not any(c.relays_directly for c in pair):
        modeladmin.message_user(request, REFUSALS[relay.NO_ADDRESS], messages.ERROR)
        return None
    form = IntroductionForm(request.POST if request.POST.get("bevestigd") == "ja" else None)
    if form.is_valid():
        try:
            relay.introduce(cooperaties=pair, note=form.cleaned_data["note"], actor=request.user)
        except relay.CannotIntroduce as refusal:
            modeladmin.message_user(request, REFUSALS[refusal.reason], messages.ERROR)
        except Busy as error:
            modeladmin.message_user(request, str(error), messages.ERROR)
        else:
            modeladmin.message_user(
                request,
                _("%(a)s en %(b)s krijgen elk een e-mail over de ander.") % {"a": pair[0].name, "b": pair[1].name},
                messages.SUCCESS,
            )
        return None
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": _("Breng in contact: %(a)s en %(b)s") % {"a": pair[0].name, "b": pair[1].name},
        "pair": pair,
        "form": form,
        "queryset": queryset,
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "opts": modeladmin.model._meta,
    }
    return TemplateResponse(request, "admin/cooperaties/cooperatie/introduce.html", context)


introduce_action.short_description = _("Breng de twee gekozen coöperaties met elkaar in contact")
introduce_action.allowed_permissions = ["change"]
