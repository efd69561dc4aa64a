from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from portal.admin_tools import service_action
from portal.outbox import services
from portal.outbox.models import OutgoingMail


@admin.register(OutgoingMail)
class OutgoingMailAdmin(admin.ModelAdmin):
    """What the portal mailed, what waits and what failed, with the error; failed mails can be sent again."""

    list_display = ["created", "subject", "recipients", "status", "attempts", "sent_at"]
    list_filter = ["status", "template", "created"]
    search_fields = ["subject", "to"]
    date_hierarchy = "created"
    actions = ["retry"]
    fields = ["created", "template", "to", "subject", "text", "status", "attempts", "last_error", "sent_at"]
    readonly_fields = fields

    @admin.display(description=_("tekst"))
    def text(self, obj):
        # A password-reset or confirmation link would let whoever reads it log in as that person.
        if obj.carries_a_login_link:
            return _("(Verborgen: deze e-mail bevat een persoonlijke inloglink.)")
        return obj.body

    @admin.display(description=_("aan"))
    def recipients(self, obj):
        return ", ".join(obj.to)

    def has_add_permission(self, request):
        return False

    retry = service_action(
        description=_("Verstuur de gekozen mislukte e-mails opnieuw"),
        service=services.retry,
        selection="mails",
        done=ngettext_lazy("%(count)d e-mail staat weer klaar.", "%(count)d e-mails staan weer klaar.", "count"),
    )
