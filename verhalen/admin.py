from functools import partial

from django.contrib import admin, messages
from django.forms import CheckboxSelectMultiple
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from portal.admin_tools import service_action
from portal.locking import Busy
from portal.optimistic import VersionedAdminMixin

from . import services
from .forms import NO_EMAIL, StoryAdminForm
from .models import Story

# The change form's buttons (their names in the POST) and what each decides.
DECISIONS = {
    "_publish": (
        services.publish,
        _("Het verhaal staat nu op de website."),
        _("Het verhaal stond al op de website. Er is niets veranderd."),
    ),
    "_withdraw": (
        services.withdraw,
        _("Het verhaal staat niet op de website."),
        _("Het verhaal stond al niet op de website. Er is niets veranderd."),
    ),
}


@admin.register(Story)
class StoryAdmin(VersionedAdminMixin, admin.ModelAdmin):
    """Moderation: read, shorten or anonymise with the writer's agreement, then publish or withdraw.
    The form's buttons and the list actions decide through the same services, with the same mail."""

    form = StoryAdminForm
    # Django's own "view on site" opens the public page, which is not there before publication.
    view_on_site = False

    list_display = ["__str__", "status", "naming", "created", "published_at"]
    list_filter = ["status", "naming", "kloven"]
    search_fields = ["title", "text", "name", "contact"]
    readonly_fields = [
        "status",
        "consent_text",
        "consented_at",
        "created",
        "published_at",
        "withdrawn_at",
        "decided_at",
    ]
    actions = ["publish", "withdraw"]
    date_hierarchy = "created"
    fieldsets = [
        (
            None,
            {
                "fields": ["status", "title", "text", "kloven"],
                "description": _(
                    "Inkorten of namen weglaten mag alleen met toestemming van de schrijver. "
                    "Op de website zetten of afwijzen: gebruik de knoppen onderaan. "
                    "Voor meer verhalen tegelijk: vink ze aan in de lijst en kies een actie."
                ),
            },
        ),
        (_("Naam, zoals de schrijver koos"), {"fields": ["naming", "name"]}),
        (_("Alleen voor het secretariaat"), {"fields": ["contact", "consent_text", "consented_at"]}),
        (_("Controle"), {"fields": ["created", "published_at", "withdrawn_at", "decided_at"]}),
        (_("Bericht aan de schrijver"), {"fields": ["send_message"]}),
    ]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        # A new story has no decision yet, so nothing to tell its writer.
        return fieldsets if obj else [fieldset for fieldset in fieldsets if "send_message" not in fieldset[1]["fields"]]

    def save_model(self, request, obj, form, change):
        # The edits are saved first; the decision then goes through the service, as the list actions do.
        super().save_model(request, obj, form, change)
        decision = next((name for name in DECISIONS if name in request.POST), None) if change else None
        if decision is None:
            return
        service, done, nothing = DECISIONS[decision]
        notify = form.cleaned_data.get("send_message", False)
        try:
            changed = service(stories=Story.objects.filter(pk=obj.pk), notify=notify)
        except Busy as error:
            self.message_user(request, str(error), messages.ERROR)
            return
        obj.refresh_from_db()
        if not changed:
            self.message_user(request, nothing, messages.WARNING)
        elif not services.writer_email(obj):
            self.message_user(request, f"{done} {NO_EMAIL}")
        elif notify:
            self.message_user(request, f"{done} {_('De schrijver krijgt een e-mail.')}")
        else:
            self.message_user(request, f"{done} {_('Er is geen e-mail gestuurd.')}")

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        kwargs["widget"] = CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def delete_queryset(self, request, queryset):
        for story in queryset:
            services.remove_on_request(story_id=story.pk)

    def delete_model(self, request, obj):
        services.remove_on_request(story_id=obj.pk)

    publish = service_action(
        description=_("Publiceren (met e-mail aan de schrijver)"),
        service=partial(services.publish, notify=True),
        selection="stories",
        done=ngettext_lazy(
            "%(count)d verhaal staat nu op de website. Een schrijver met een e-mailadres krijgt een e-mail.",
            "%(count)d verhalen staan nu op de website. Schrijvers met een e-mailadres krijgen een e-mail.",
            "count",
        ),
    )
    withdraw = service_action(
        description=_("Afwijzen of van de website halen (met e-mail aan de schrijver)"),
        service=partial(services.withdraw, notify=True),
        selection="stories",
        done=ngettext_lazy(
            "%(count)d verhaal staat niet op de website. Een schrijver met een e-mailadres krijgt een e-mail.",
            "%(count)d verhalen staan niet op de website. Schrijvers met een e-mailadres krijgen een e-mail.",
            "count",
        ),
    )
