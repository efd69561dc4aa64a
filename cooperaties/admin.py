from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.db.models import Case, IntegerField, URLField, Value, When
from django.forms import CheckboxSelectMultiple
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from portal.admin_tools import report
from portal.dutch_numbers import DUTCH_NUMBER_OVERRIDES
from portal.optimistic import VersionedAdminMixin

from . import exports, services
from .message_admin import MessageAdmin, introduce_action  # noqa: F401
from .models import Cooperatie, Domain, Theme
from .upkeep_admin import ChangeRequestAdmin, CorrectionReportAdmin, MunicipalityAdmin  # noqa: F401


class StatusFilter(admin.SimpleListFilter):
    """Status, with new proposals first: those need the secretariat."""

    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return Cooperatie.Status.choices

    def queryset(self, request, queryset):
        if self.value() in Cooperatie.Status.values:
            return queryset.filter(status=self.value())
        return queryset


class VerifiedFilter(admin.SimpleListFilter):
    """Which profiles were asked whether they are still right and did not answer."""

    title = _("bevestiging")
    parameter_name = "bevestiging"

    def lookups(self, request, model_admin):
        return [("niet-recent", _("Niet recent bevestigd"))]

    def queryset(self, request, queryset):
        if self.value() == "niet-recent":
            stale = Cooperatie.objects.not_recently_verified(
                now=timezone.now(), answer_days=settings.COOPERATIES_CHECK_ANSWER_DAYS
            )
            return queryset.filter(pk__in=stale.values("pk"))
        return queryset


class CooperatieAdminForm(forms.ModelForm):
    """A new status for a proposal is a decision, taken through the same service as the list actions;
    whether the proposer is mailed is a choice made here, before saving (as for memberships)."""

    send_message = forms.BooleanField(
        label=_("Stuur bericht"),
        required=False,
        initial=True,
        help_text=_(
            "Alleen als u een aanmelding publiceert of afwijst. Aangevinkt: wie de coöperatie aanmeldde, krijgt "
            "een e-mail over het besluit. Zet het vinkje uit als u die persoon al zelf heeft ingelicht."
        ),
    )

    class Meta:
        model = Cooperatie
        fields = "__all__"
        # The admin builds the fields itself (formfield_for_dbfield); this only silences Django 6's default.
        formfield_callback = staticmethod(
            lambda field, **kwargs: field.formfield(
                **({"assume_scheme": "https"} if isinstance(field, URLField) else {}), **kwargs
            )
        )

    def clean(self):
        cleaned = super().clean()
        declining = (
            self.instance.pk
            and self.instance.status == Cooperatie.Status.VOORGESTELD
            and cleaned.get("status") == Cooperatie.Status.GEARCHIVEERD
        )
        telling = cleaned.get("send_message")
        if declining and telling and not (cleaned.get("decline_reason") or "").strip():
            self.add_error(
                "decline_reason", _("Schrijf op waarom u de aanmelding afwijst. Dit staat in de mail aan de aanmelder.")
            )
        return cleaned


@admin.register(Cooperatie)
class CooperatieAdmin(VersionedAdminMixin, admin.ModelAdmin):
    form = CooperatieAdminForm
    formfield_overrides = DUTCH_NUMBER_OVERRIDES
    list_display = ["name", "status", "place", "province", "open_to_members", "last_verified", "preview_link"]
    list_filter = [StatusFilter, VerifiedFilter, "province", "legal_form", "domains", "themes", "open_to_members"]
    search_fields = ["name", "place", "summary", "description", "submitter_email", "contact_address"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["created", "updated", "preview_link", "check_sent_at"]
    actions = ["publish", "archive", "decline", "send_edit_link", introduce_action, "export_csv"]
    date_hierarchy = "created"
    fieldsets = [
        (None, {"fields": ["name", "slug", "status", "send_message", "preview_link", "summary", "description"]}),
        (_("Waar en wat"), {"fields": ["place", "province", "founding_year", "legal_form", "domains", "themes"]}),
        (_("Contact"), {"fields": ["open_to_members", "website", "contact_email", "phone", "image", "image_alt"]}),
        (
            _("Bijhouden"),
            {"fields": ["contact_address", "last_verified", "check_sent_at"]},
        ),
        (
            _("Aanmelding"),
            {"fields": ["submitter_name", "submitter_email", "decline_reason", "created", "updated"]},
        ),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, URLField):
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        kwargs["widget"] = CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_ordering(self, request):
        # Proposals first: they wait for the secretariat.
        status_order = Case(
            *[When(status=value, then=Value(i)) for i, value in enumerate(Cooperatie.Status.values)],
            output_field=IntegerField(),
        )
        return [status_order.asc(), "name"]

    def save_model(self, request, obj, form, change):
        # A new status goes through the service, which tells the proposer of a decided proposal.
        new_status = obj.status
        if change and "status" in form.changed_data:
            obj.status = form.initial["status"]
        super().save_model(request, obj, form, change)
        if obj.status != new_status:
            notify = form.cleaned_data.get("send_message", True)
            services.set_status(cooperaties=Cooperatie.objects.filter(pk=obj.pk), status=new_status, notify=notify)
            obj.refresh_from_db()
            if notify and obj.submitter_email and form.initial.get("status") == Cooperatie.Status.VOORGESTELD:
                self.message_user(request, _("Wie de coöperatie aanmeldde, krijgt een e-mail over het besluit."))

    def view_on_site(self, obj):
        return reverse("cooperaties:cooperatie-preview", args=[obj.pk])

    @admin.display(description=_("voorbeeld"))
    def preview_link(self, obj):
        if not obj.pk:
            return "–"
        return format_html('<a href="{}">{}</a>', reverse("cooperaties:cooperatie-preview", args=[obj.pk]), _("Bekijk"))

    def _set_status(self, request, queryset, status, done):
        try:
            changed = services.set_status(cooperaties=queryset, status=status)
        except services.ReasonMissing:
            self.message_user(
                request,
                _(
                    "Er is niets veranderd. Een aanmelding wijst u af met een reden: vul bij elke aanmelding eerst "
                    "de ‘reden van afwijzing’ in. Die staat in de mail aan wie haar aanmeldde."
                ),
                messages.ERROR,
            )
            return
        report(self, request, done, changed)

    @admin.action(description=_("Publiceer de gekozen coöperaties"), permissions=["change"])
    def publish(self, request, queryset):
        self._set_status(
            request,
            queryset,
            Cooperatie.Status.GEPUBLICEERD,
            ngettext_lazy("%(count)d coöperatie gepubliceerd.", "%(count)d coöperaties gepubliceerd.", "count"),
        )

    @admin.action(description=_("Archiveer de gekozen coöperaties"), permissions=["change"])
    def archive(self, request, queryset):
        self._set_status(
            request,
            queryset,
            Cooperatie.Status.GEARCHIVEERD,
            ngettext_lazy("%(count)d coöperatie gearchiveerd.", "%(count)d coöperaties gearchiveerd.", "count"),
        )

    @admin.action(description=_("Wijs de gekozen aanmeldingen af (met reden)"), permissions=["change"])
    def decline(self, request, queryset):
        self._set_status(
            request,
            queryset.filter(status=Cooperatie.Status.VOORGESTELD),
            Cooperatie.Status.GEARCHIVEERD,
            ngettext_lazy("%(count)d aanmelding afgewezen.", "%(count)d aanmeldingen afgewezen.", "count"),
        )

    @admin.action(description=_("Stuur de link om het profiel zelf bij te werken"), permissions=["change"])
    def send_edit_link(self, request, queryset):
        sent, missing = 0, []
        for cooperatie in queryset.published():
            try:
                services.send_edit_link(cooperatie=cooperatie)
                sent += 1
            except services.NoContactAddress:
                missing.append(cooperatie.name)
        if sent:
            report(
                self,
                request,
                ngettext_lazy(
                    "De link is naar %(count)d coöperatie gestuurd.",
                    "De link is naar %(count)d coöperaties gestuurd.",
                    "count",
                ),
                sent,
            )
        if missing:
            self.message_user(
                request,
                _("Geen contactadres bekend voor: %(names)s. Vul het in bij ‘Bijhouden’.")
                % {"names": ", ".join(missing)},
                messages.WARNING,
            )
        if not sent and not missing:
            self.message_user(request, _("Alleen gepubliceerde coöperaties krijgen een link."), messages.WARNING)

    @admin.action(description=_("Exporteer de gekozen coöperaties als CSV"))
    def export_csv(self, request, queryset):
        return exports.csv_response(queryset.order_by("name"), "cooperaties-selectie.csv")


@admin.register(Domain, Theme)
class VocabularyAdmin(admin.ModelAdmin):
    formfield_overrides = DUTCH_NUMBER_OVERRIDES
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}
