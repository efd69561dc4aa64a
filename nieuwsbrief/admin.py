from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from portal.admin_tools import report, service_action
from portal.audit import record_export
from portal.dutch_numbers import DUTCH_NUMBER_OVERRIDES
from portal.optimistic import VersionedAdminMixin, VersionedInlineMixin
from portal.spreadsheet import streaming_csv_response

from . import proposals, services, subscriber_export
from .edition_export import ExportError, editable_text, export_edition, newsletter_services
from .forms import EditionItemForm, UnsubscribeImportForm
from .models import Consent, Edition, EditionItem, Subscriber, section_label


class ConsentInline(admin.TabularInline):
    model = Consent
    extra = 0
    can_delete = False
    fields = ["method", "source", "text_version", "requested_at", "confirmed_at", "withdrawn_at"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        # Proof of consent is written by the portal itself, never typed in by hand.
        return False


# How the export links name each selection of subscriber_export.SELECTIONS.
EXPORT_SELECTIONS = {
    "all": _("alle (met status)"),
    "confirmed": _("ingeschreven"),
    "unsubscribed": _("afgemeld"),
}


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
            (
                key,
                export_format.label,
                [(selection, EXPORT_SELECTIONS[selection]) for selection in export_format.selections],
            )
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
            summary = services.import_unsubscribes(addresses=form.cleaned_data["file"])
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


class EditionItemInline(VersionedInlineMixin, admin.StackedInline):
    """Free items are typed here; portal content is picked on the 'Samenstellen' page."""

    model = EditionItem
    form = EditionItemForm
    formfield_overrides = DUTCH_NUMBER_OVERRIDES
    extra = 1
    fields = [("position", "title"), "text", "url", "source"]
    readonly_fields = ["source"]

    @admin.display(description=_("uit de portal"))
    def source(self, item):
        return section_label(item) or _("vrij onderdeel")


@admin.register(Edition)
class EditionAdmin(VersionedAdminMixin, admin.ModelAdmin):
    formfield_overrides = DUTCH_NUMBER_OVERRIDES
    list_display = ["number", "title", "date", "published", "item_count", "compose", "downloads"]
    list_filter = ["published", "date"]
    search_fields = ["title", "introduction", "items__title"]
    inlines = [EditionItemInline]
    actions = ["publish"]
    fields = ["number", "title", "date", "introduction", "published"]
    change_form_template = "admin/nieuwsbrief/edition/change_form.html"
    date_hierarchy = "date"

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_item_count=Count("items"))

    @admin.display(description=_("onderdelen"), ordering="_item_count")
    def item_count(self, obj):
        return obj._item_count

    @admin.display(description=_("samenstellen"))
    def compose(self, obj):
        return format_html(
            '<a href="{}">{}</a> · <a href="{}">{}</a>',
            reverse("admin:nieuwsbrief_edition_compose", args=[obj.pk]),
            _("inhoud kiezen"),
            reverse("admin:nieuwsbrief_edition_preview", args=[obj.pk]),
            _("voorbeeld"),
        )

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
                "<int:pk>/samenstellen/",
                self.admin_site.admin_view(self.compose_view),
                name="nieuwsbrief_edition_compose",
            ),
            path(
                "<int:pk>/voorbeeld/", self.admin_site.admin_view(self.preview_view), name="nieuwsbrief_edition_preview"
            ),
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

    def compose_view(self, request, pk):
        """Pick portal content by title, or tick what is new since the previous edition; nothing is added
        until the secretariat ticks it. Works without JavaScript: a search form and checkboxes."""
        edition = get_object_or_404(Edition, pk=pk)
        if not self.has_change_permission(request, edition):
            raise PermissionDenied
        if request.method == "POST":
            added = proposals.add_content(edition=edition, picks=request.POST.getlist("pick"))
            report(
                self,
                request,
                ngettext_lazy("%(count)d onderdeel toegevoegd.", "%(count)d onderdelen toegevoegd.", "count"),
                len(added),
            )
            return redirect("admin:nieuwsbrief_edition_compose", pk=edition.pk)
        query = request.GET.get("q", "")[:200]
        context = {
            **self.admin_site.each_context(request),
            "title": _("Editie %(number)s samenstellen") % {"number": edition.number},
            "edition": edition,
            "query": query,
            "results": proposals.search(edition, query),
            "new": proposals.new_since_previous(edition),
            "items": edition.items.order_by("position", "pk"),
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/nieuwsbrief/edition/compose.html", context)

    def preview_view(self, request, pk):
        """The edition as it will be mailed (HTML) and its plain-text version, which may be edited."""
        edition = get_object_or_404(Edition, pk=pk)
        if not self.has_change_permission(request, edition):
            raise PermissionDenied
        if request.method == "POST":
            edition.plain_text = editable_text(request.POST.get("plain_text", ""))[:100_000]
            edition.save(update_fields=["plain_text", "updated"])
            self.message_user(request, _("De tekstversie is opgeslagen."), messages.SUCCESS)
            return redirect("admin:nieuwsbrief_edition_preview", pk=edition.pk)
        try:
            exported, error = export_edition(edition), None
        except ExportError as problem:
            exported, error = None, str(problem)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Voorbeeld van editie %(number)s") % {"number": edition.number},
            "edition": edition,
            "exported": exported,
            "editable_text": editable_text(exported.text) if exported else "",
            "body": exported.html.split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0] if exported else "",
            "error": error,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/nieuwsbrief/edition/preview.html", context)

    publish = service_action(
        description=_("Publiceren in het archief"),
        service=services.publish_editions,
        selection="editions",
        done=ngettext_lazy("%(count)d editie gepubliceerd.", "%(count)d edities gepubliceerd.", "count"),
    )
