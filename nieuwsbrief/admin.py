from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from alliantie.audit import record_export
from alliantie.spreadsheet import streaming_csv_response

from . import proposals, services, subscriber_export
from .edition_export import ExportError, export_edition, newsletter_services
from .forms import EditionItemForm, UnsubscribeImportForm
from .models import Consent, Edition, EditionItem, Subscriber


class ConsentInline(admin.TabularInline):
    model = Consent
    extra = 0
    can_delete = False
    fields = ["method", "source", "text_version", "requested_at", "confirmed_at", "withdrawn_at"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        # Proof of consent is written by the portal itself, never typed in by hand.
        return False


def _csv_response(service, selection):
    filename = f"abonnees-{service}-{selection}-{timezone.localdate():%Y-%m-%d}.csv"
    return streaming_csv_response(filename=filename, lines=subscriber_export.csv_lines(selection, service=service))


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    list_display = ["email", "name", "organisation", "status", "created", "confirmed_at", "unsubscribed_at"]
    list_filter = ["status", "consents__method", "created"]
    search_fields = ["email", "name", "organisation"]
    readonly_fields = ["created", "confirmed_at", "unsubscribed_at", "updated", "user"]
    fields = [
        "email",
        "name",
        "organisation",
        "status",
        "user",
        "created",
        "confirmed_at",
        "unsubscribed_at",
        "updated",
    ]
    inlines = [ConsentInline]
    list_select_related = ["user"]
    date_hierarchy = "created"
    actions = ["mark_unsubscribed"]
    change_list_template = "admin/nieuwsbrief/subscriber/change_list.html"

    def get_urls(self):
        return [
            path(
                "export/<str:service>/<str:selection>/",
                self.admin_site.admin_view(self.export_view),
                name="nieuwsbrief_subscriber_export",
            ),
            path(
                "afmeldingen-inlezen/",
                self.admin_site.admin_view(self.import_unsubscribes_view),
                name="nieuwsbrief_subscriber_import_unsubscribes",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        formats = [
            (key, export_format.label, export_format.selections)
            for key, export_format in subscriber_export.FORMATS.items()
        ]
        return super().changelist_view(request, extra_context={"export_formats": formats, **(extra_context or {})})

    def export_view(self, request, service, selection):
        if not self.has_view_permission(request):
            return HttpResponse(status=403)
        export_format = subscriber_export.FORMATS.get(service)
        if export_format is None or selection not in export_format.selections:
            return HttpResponse(status=404)
        record_export(
            request=request,
            model=Subscriber,
            description=_("Export van abonnees (%(service)s, %(selection)s)")
            % {"service": service, "selection": selection},
            rows=subscriber_export.count(selection),
        )
        return _csv_response(service, selection)

    def import_unsubscribes_view(self, request):
        """Addresses unsubscribed or cleaned in the mailing service become unsubscribed here too."""
        if not self.has_change_permission(request):
            raise PermissionDenied
        form = UnsubscribeImportForm(request.POST or None, request.FILES or None)
        summary = None
        if request.method == "POST" and form.is_valid():
            summary = services.import_unsubscribes(addresses=form.cleaned_data["file"], source=form.source_label())
        context = {
            **self.admin_site.each_context(request),
            "title": _("Afmeldingen uit de mailingdienst inlezen"),
            "form": form,
            "summary": summary,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/nieuwsbrief/subscriber/import_unsubscribes.html", context)

    @admin.action(description=_("Afmelden (toestemming intrekken)"), permissions=["change"])
    def mark_unsubscribed(self, request, queryset):

        for pk in queryset.values_list("pk", flat=True):
            services.unsubscribe(subscriber_id=pk)
        self.message_user(request, _("De gekozen abonnees zijn afgemeld."), messages.SUCCESS)


@admin.register(Consent)
class ConsentAdmin(admin.ModelAdmin):
    list_display = ["subscriber", "method", "source", "text_version", "requested_at", "confirmed_at", "withdrawn_at"]
    list_filter = ["method", "text_version", "requested_at"]
    search_fields = ["subscriber__email"]
    list_select_related = ["subscriber"]
    readonly_fields = ["subscriber", "method", "source", "text_version", "requested_at", "confirmed_at", "withdrawn_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class EditionItemInline(admin.StackedInline):
    model = EditionItem
    form = EditionItemForm
    extra = 1
    fields = [("position", "title"), "text", "url", ("content_type", "object_id")]


@admin.register(Edition)
class EditionAdmin(admin.ModelAdmin):
    list_display = ["number", "title", "date", "published", "item_count", "downloads"]
    list_filter = ["published", "date"]
    search_fields = ["title", "introduction", "items__title"]
    inlines = [EditionItemInline]
    actions = ["propose_new_content", "publish"]
    date_hierarchy = "date"

    def get_queryset(self, request):
        from django.db.models import Count

        return super().get_queryset(request).annotate(_item_count=Count("items"))

    @admin.display(description=_("onderdelen"), ordering="_item_count")
    def item_count(self, obj):
        return obj._item_count

    @admin.display(description=_("exporteren"))
    def downloads(self, obj):
        return format_html_join(
            " · ",
            '<a href="{}">{}</a>',
            (
                (reverse("admin:nieuwsbrief_edition_export", args=[obj.pk, service, kind]), f"{service} {kind}")
                for service in newsletter_services()
                for kind in ("html", "txt")
            ),
        )

    def get_urls(self):
        return [
            path(
                "<int:pk>/export/<str:service>/<str:kind>/",
                self.admin_site.admin_view(self.export_view),
                name="nieuwsbrief_edition_export",
            ),
            *super().get_urls(),
        ]

    def export_view(self, request, pk, service, kind):
        if not self.has_view_permission(request):
            return HttpResponse(status=403)
        edition = get_object_or_404(Edition, pk=pk)
        if kind not in ("html", "txt") or service not in newsletter_services():
            return HttpResponse(status=404)
        try:
            exported = export_edition(edition, service=service)
        except ExportError as error:
            self.message_user(request, str(error), messages.ERROR)
            return redirect("admin:nieuwsbrief_edition_changelist")
        content = exported.html if kind == "html" else exported.text
        content_type = "text/html" if kind == "html" else "text/plain"
        response = HttpResponse(content, content_type=f"{content_type}; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{exported.basename}.{kind}"'
        return response

    @admin.action(description=_("Stel voor: alles wat nieuw is sinds de vorige editie"), permissions=["change"])
    def propose_new_content(self, request, queryset):
        for edition in queryset:
            added = proposals.propose_new_content(edition=edition)
            self.message_user(
                request,
                format_html(_("Editie {}: {} onderdelen toegevoegd."), edition.number, added),
                messages.SUCCESS,
            )

    @admin.action(description=_("Publiceren in het archief"), permissions=["change"])
    def publish(self, request, queryset):
        updated = queryset.update(published=True)
        self.message_user(request, _("%(count)d edities gepubliceerd.") % {"count": updated}, messages.SUCCESS)
