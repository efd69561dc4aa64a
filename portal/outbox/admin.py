from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from django.views.decorators.http import require_POST

from portal.admin_tools import service_action
from portal.locking import Busy
from portal.outbox import services
from portal.outbox.kinds import kind_label, plain_error
from portal.outbox.models import OutgoingMail


class KindFilter(admin.SimpleListFilter):
    """The kinds of mail by name, not by template path; only kinds the outbox holds are offered."""

    title = _("soort e-mail")
    parameter_name = "soort"

    def lookups(self, request, model_admin):
        templates = OutgoingMail.objects.order_by().values_list("template", flat=True).distinct()
        return sorted(((template, kind_label(template)) for template in templates), key=lambda item: str(item[1]))

    def queryset(self, request, queryset):
        value = self.value()
        return queryset if value is None else queryset.filter(template=value)


class AddressForm(forms.Form):
    address = forms.EmailField(
        label=_("Juist e-mailadres"),
        error_messages={
            "required": _("Typ het juiste e-mailadres."),
            "invalid": _("Typ een geldig e-mailadres, bijvoorbeeld naam@voorbeeld.nl."),
        },
    )


@admin.register(OutgoingMail)
class OutgoingMailAdmin(admin.ModelAdmin):
    """What the portal mailed, what waits and what failed, said plainly; a failed mail can be sent again, also
    to a corrected address."""

    # What the secretariat needs to decide on a mail fits in 1280 pixels; attempts and times are on its page.
    list_display = ["created", "kind", "subject", "recipients", "status", "short_problem"]
    list_display_links = ["created", "kind"]
    list_filter = ["status", KindFilter, "created"]
    search_fields = ["subject", "to"]
    date_hierarchy = "created"
    actions = ["retry"]
    fields = [
        "created",
        "kind",
        "recipients",
        "subject",
        "text",
        "status",
        "attempts",
        "problem",
        "technical_error",
        "sent_at",
    ]
    readonly_fields = fields
    change_form_template = "admin/outbox/outgoingmail/change_form.html"

    @admin.display(description=_("tekst"))
    def text(self, obj):
        # A password-reset or confirmation link would let whoever reads it log in as that person.
        if obj.carries_a_login_link:
            return _("(Verborgen: deze e-mail bevat een persoonlijke inloglink.)")
        return obj.body

    @admin.display(description=_("aan"))
    def recipients(self, obj):
        return ", ".join(obj.to)

    @admin.display(description=_("technische melding"))
    def technical_error(self, obj):
        return obj.last_error or "–"

    @admin.display(description=_("soort e-mail"), ordering="template")
    def kind(self, obj):
        return kind_label(obj.template)

    @admin.display(description=_("wat ging er mis"))
    def problem(self, obj):
        return plain_error(obj.last_error) or "–"

    @admin.display(description=_("wat ging er mis"))
    def short_problem(self, obj):
        return plain_error(obj.last_error, advice=False) or "–"

    def has_add_permission(self, request):
        return False

    def get_urls(self):
        return [
            path(
                "<int:pk>/opnieuw-versturen/",
                self.admin_site.admin_view(require_POST(self.resend_view)),
                name="outbox_outgoingmail_resend",
            ),
            path(
                "<int:pk>/adres-verbeteren/",
                self.admin_site.admin_view(require_POST(self.correct_address_view)),
                name="outbox_outgoingmail_correct_address",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        mail = self.get_object(request, object_id)
        failed = mail is not None and mail.status == OutgoingMail.Status.MISLUKT
        extra_context = {
            **(extra_context or {}),
            # Nothing here is edited by hand: the buttons below are the only changes.
            "show_save": False,
            "show_save_and_continue": False,
            "show_save_and_add_another": False,
            "can_resend": failed and self.has_change_permission(request, mail),
            "can_correct": failed and not mail.carries_a_login_link and self.has_change_permission(request, mail),
            "address_form": AddressForm(initial={"address": mail.to[0] if mail and len(mail.to) == 1 else ""}),
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def _mail_to_change(self, request, pk):
        mail = get_object_or_404(OutgoingMail, pk=pk)
        if not self.has_change_permission(request, mail):
            raise PermissionDenied
        return mail

    def resend_view(self, request, pk):
        mail = self._mail_to_change(request, pk)
        try:
            resent = services.retry(mails=[mail])
        except Busy as busy:
            messages.error(request, busy.message)
        else:
            if resent:
                messages.success(request, _("De e-mail staat weer klaar. Het portaal verstuurt hem zo."))
            else:
                messages.warning(request, _("Deze e-mail is niet mislukt; er is niets opnieuw verstuurd."))
        return redirect("admin:outbox_outgoingmail_change", mail.pk)

    def correct_address_view(self, request, pk):
        mail = self._mail_to_change(request, pk)
        form = AddressForm(request.POST)
        if not form.is_valid():
            messages.error(request, " ".join(form.errors["address"]))
            return redirect("admin:outbox_outgoingmail_change", mail.pk)
        try:
            services.correct_address(mail=mail, address=form.cleaned_data["address"], actor=request.user)
        except Busy as busy:
            messages.error(request, busy.message)
        except services.CannotCorrect:
            messages.error(
                request,
                _(
                    "Het adres van deze e-mail kan niet worden verbeterd: hij is niet mislukt, of hij bevat een "
                    "persoonlijke inloglink. Vraag de persoon dan om het opnieuw aan te vragen."
                ),
            )
        else:
            messages.success(
                request, _("Het adres is verbeterd. De e-mail gaat nu naar %s.") % form.cleaned_data["address"]
            )
        return redirect("admin:outbox_outgoingmail_change", mail.pk)

    retry = service_action(
        description=_("Verstuur de gekozen mislukte e-mails opnieuw"),
        service=services.retry,
        selection="mails",
        done=ngettext_lazy("%(count)d e-mail staat weer klaar.", "%(count)d e-mails staan weer klaar.", "count"),
    )
