from functools import partial

from django.contrib import admin
from django.forms import CheckboxSelectMultiple
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from portal.admin_tools import service_action
from portal.dutch_numbers import DUTCH_NUMBER_OVERRIDES

from . import services
from .models import Publication


@admin.register(Publication)
class PublicationAdmin(admin.ModelAdmin):
    formfield_overrides = DUTCH_NUMBER_OVERRIDES
    list_display = ["title", "kind", "authors", "when", "status"]
    list_filter = ["status", "kind", "year"]
    search_fields = ["title", "subtitle", "authors", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["kloven", "cooperaties", "events"]
    readonly_fields = ["created", "updated"]
    actions = ["publish", "unpublish"]
    fieldsets = [
        (None, {"fields": ["title", "subtitle", "slug", "kind", "status"]}),
        (_("Auteur en datum, zoals de bron ze geeft"), {"fields": ["authors", "date", "date_text", "year"]}),
        (_("Tekst"), {"fields": ["summary", "body", "source_note"]}),
        (_("Waar gaat het over?"), {"fields": ["kloven", "grondrechten", "cooperaties", "events"]}),
        (_("Controle"), {"fields": ["created", "updated"]}),
    ]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "grondrechten":
            kwargs["widget"] = CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description=_("datum"), ordering="year")
    def when(self, obj):
        return obj.when_display

    publish = service_action(
        description=_("Publiceer de gekozen publicaties"),
        service=partial(services.set_status, status=Publication.Status.GEPUBLICEERD),
        selection="publications",
        done=ngettext_lazy("%(count)d publicatie gepubliceerd.", "%(count)d publicaties gepubliceerd.", "count"),
    )
    unpublish = service_action(
        description=_("Zet de gekozen publicaties terug naar concept"),
        service=partial(services.set_status, status=Publication.Status.CONCEPT),
        selection="publications",
        done=ngettext_lazy("%(count)d publicatie is nu concept.", "%(count)d publicaties zijn nu concept.", "count"),
    )
