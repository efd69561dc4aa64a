from django.contrib import admin
from django.forms import CheckboxSelectMultiple
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from portal.admin_tools import service_action
from portal.optimistic import VersionedAdminMixin

from . import services
from .models import Story


@admin.register(Story)
class StoryAdmin(VersionedAdminMixin, admin.ModelAdmin):
    """Moderation: read, shorten or anonymise with the writer's agreement, then publish or withdraw.
    Status changes go through the services (the actions), never through the form."""

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
                    "Op de website zetten of weghalen: vink het verhaal aan in de lijst en kies een actie."
                ),
            },
        ),
        (_("Naam, zoals de schrijver koos"), {"fields": ["naming", "name"]}),
        (_("Alleen voor het secretariaat"), {"fields": ["contact", "consent_text", "consented_at"]}),
        (_("Controle"), {"fields": ["created", "published_at", "withdrawn_at", "decided_at"]}),
    ]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        kwargs["widget"] = CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def delete_queryset(self, request, queryset):
        for story in queryset:
            services.remove_on_request(story_id=story.pk)

    def delete_model(self, request, obj):
        services.remove_on_request(story_id=obj.pk)

    publish = service_action(
        description=_("Zet de gekozen verhalen op de website"),
        service=services.publish,
        selection="stories",
        done=ngettext_lazy(
            "%(count)d verhaal staat nu op de website.", "%(count)d verhalen staan nu op de website.", "count"
        ),
    )
    withdraw = service_action(
        description=_("Haal de gekozen verhalen van de website"),
        service=services.withdraw,
        selection="stories",
        done=ngettext_lazy(
            "%(count)d verhaal van de website gehaald.", "%(count)d verhalen van de website gehaald.", "count"
        ),
    )
