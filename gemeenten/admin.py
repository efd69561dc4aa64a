from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from portal.admin_tools import report

from . import services
from .models import LocalLink


@admin.register(LocalLink)
class LocalLinkAdmin(admin.ModelAdmin):
    list_display = ["title", "municipality", "kind", "url", "status", "created"]
    list_filter = ["status", "kind", "municipality__province"]
    list_select_related = ["municipality"]
    search_fields = ["title", "url", "municipality__name"]
    autocomplete_fields = ["municipality"]
    readonly_fields = ["status", "created", "decided_at"]
    actions = ["publish", "refuse"]

    @admin.action(description=_("Publiceer de gekozen links op de pagina van hun gemeente"), permissions=["change"])
    def publish(self, request, queryset):
        changed = services.decide(links=queryset, status=LocalLink.Status.GEPUBLICEERD)
        report(
            self,
            request,
            ngettext_lazy("%(count)d link gepubliceerd.", "%(count)d links gepubliceerd.", "count"),
            changed,
        )

    @admin.action(description=_("Wijs de gekozen links af (of haal ze van de pagina)"), permissions=["change"])
    def refuse(self, request, queryset):
        changed = services.decide(links=queryset, status=LocalLink.Status.AFGEWEZEN)
        report(
            self, request, ngettext_lazy("%(count)d link afgewezen.", "%(count)d links afgewezen.", "count"), changed
        )
