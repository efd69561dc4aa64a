from allauth.account.models import EmailAddress
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from alliantie import services
from alliantie.forms import MembershipAdminForm
from alliantie.models import ChairTerm, Document, Membership, Organisation, User
from alliantie.second_factor import reset_second_factor_action
from portal import personal_data
from portal.admin_tools import report
from portal.audit import record_export
from portal.dutch_numbers import DUTCH_NUMBER_OVERRIDES
from portal.locking import Busy, locking_transaction
from portal.spreadsheet import excel_csv_response
from portal.validators import parse_id


class MembershipInline(admin.TabularInline):
    model = Membership
    fk_name = "user"
    extra = 0
    fields = ["organisation", "status", "role", "created"]
    # A status set here would skip the decision's mail: decisions go through the membership's own page.
    readonly_fields = ["status", "created"]
    autocomplete_fields = ["organisation"]
    show_change_link = True


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    """The secretariat manages people, never rights: only superusers see or change staff status,
    superuser status, groups, permissions and other people's passwords, only they change another staff
    account's address or active flag, and only they change or delete a superuser."""

    list_display = ["email", "first_name", "last_name", "is_staff", "is_active", "date_joined"]
    search_fields = ["email", "first_name", "last_name", "username"]
    ordering = ["email"]
    inlines = [MembershipInline]
    actions = ["download_personal_data", reset_second_factor_action]

    def has_superuser_permission(self, request):
        return request.user.is_superuser

    secretariat_fieldsets = (
        (None, {"fields": ("username",)}),
        (_("Persoonlijke gegevens"), {"fields": ("first_name", "last_name", "email")}),
        (_("Status"), {"fields": ("is_active",)}),
        (_("Belangrijke datums"), {"fields": ("last_login", "date_joined")}),
    )

    def get_fieldsets(self, request, obj=None):
        if obj is not None and not request.user.is_superuser:
            return self.secretariat_fieldsets
        return super().get_fieldsets(request, obj)

    def get_readonly_fields(self, request, obj=None):
        if request.user.is_superuser:
            return super().get_readonly_fields(request, obj)
        if obj is not None and obj.is_staff:
            # Whoever changes a staff account's address can reset its password and log in as that person,
            # who sees health and religion data (dietary wishes, access needs): only superusers may.
            return ["username", "email", "is_active", "last_login", "date_joined"]
        return ["last_login", "date_joined"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "email" in form.changed_data and form.initial.get("email"):
            services.address_changed_by_staff(user=obj, old_email=form.initial["email"])

    def _guards_superuser(self, request, obj):
        return obj is not None and obj.is_superuser and not request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return not self._guards_superuser(request, obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not self._guards_superuser(request, obj) and super().has_delete_permission(request, obj)

    @admin.action(description=_("Download alle gegevens van deze persoon (voor wie erom vraagt)"))
    def download_personal_data(self, request, queryset):
        # For someone who asks by phone or letter; deleting is the admin's own delete action.
        people = list(queryset[:2])
        if len(people) != 1:
            self.message_user(request, _("Kies precies één persoon."), messages.WARNING)
            return None
        person = people[0]
        record_export(request=request, model=User, description=_("Gegevens van %(email)s") % {"email": person.email})
        return personal_data.download(person, filename=f"gegevens-{person.pk}.json")

    def get_deleted_objects(self, objs, request):
        # An account's own login addresses and admin history go with it; the secretariat needs no
        # separate right to delete those.
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        owned = {str(model._meta.verbose_name) for model in (EmailAddress, LogEntry)}
        return deleted, counts, perms_needed - owned, protected

    def delete_model(self, request, obj):
        services.delete_user(user=obj)

    def delete_queryset(self, request, queryset):
        # The bulk action asks for the delete permission without an object: check every one here.
        if not request.user.is_superuser and queryset.filter(is_superuser=True).exists():
            raise PermissionDenied
        # All or none: a lock not granted for one account (Busy) must not leave the others deleted.
        with locking_transaction():
            for user in queryset:
                services.delete_user(user=user)

    def get_list_filter(self, request):
        return super().get_list_filter(request) if request.user.is_superuser else ["is_active"]

    def user_change_password(self, request, id, form_url=""):
        if not request.user.is_superuser and str(request.user.pk) != str(id):
            raise PermissionDenied
        return super().user_change_password(request, id, form_url)


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "level", "sector", "place", "member_since", "active"]
    list_filter = ["level", "sector", "active"]
    search_fields = ["name", "short_name", "place"]
    actions = ["export_csv"]

    @admin.action(description=_("Exporteer de gekozen organisaties als CSV"))
    def export_csv(self, request, queryset):
        header = ["naam", "korte naam", "niveau", "sector", "plaats", "website", "lid sinds", "actief"]
        rows = (
            [
                org.name,
                org.short_name,
                org.get_level_display(),
                org.get_sector_display(),
                org.place,
                org.website,
                org.member_since.isoformat() if org.member_since else "",
                org.active,
            ]
            for org in queryset.order_by("name")
        )
        return excel_csv_response(filename="lid-organisaties.csv", header=header, rows=rows)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user_email", "user_name", "organisation", "status", "role", "created"]
    list_filter = ["status", "role", "organisation"]
    list_select_related = ["user", "organisation"]
    search_fields = ["user__email", "user__first_name", "user__last_name", "organisation__name"]
    autocomplete_fields = ["user", "organisation"]
    date_hierarchy = "created"
    actions = ["approve", "refuse", "export_csv"]
    form = MembershipAdminForm

    def save_model(self, request, obj, form, change):
        # The other fields are saved as usual; the status only through the service, which decides,
        # mails and records, exactly as the list actions do.
        status = obj.status
        obj.status = form.saved_status
        if change:
            other = [name for name in form.changed_data if name not in ("status", "send_message")]
            if other:
                obj.save(update_fields=[*other, "updated"])
        else:
            obj.save()
        try:
            changed = services.change_status(membership=obj, status=status, notify=form.cleaned_data["send_message"])
        except Busy as error:
            self.message_user(request, str(error), messages.ERROR)
            return
        obj.refresh_from_db()
        if changed:
            self.message_user(
                request,
                _("De persoon krijgt een e-mail over het besluit.")
                if form.cleaned_data["send_message"]
                else _("De status is veranderd. Er is geen e-mail gestuurd."),
            )
        elif status != form.saved_status:
            self.message_user(
                request, _("Iemand anders had intussen al besloten. De status is niet veranderd."), messages.WARNING
            )

    @admin.display(description=_("e-mailadres"), ordering="user__email")
    def user_email(self, obj):
        return obj.user.email

    @admin.display(description=_("naam"), ordering="user__last_name")
    def user_name(self, obj):
        return obj.user.get_full_name()

    @admin.action(description=_("Keur de gekozen aanvragen goed (met e-mail)"), permissions=["change"])
    def approve(self, request, queryset):
        self._report(
            request,
            queryset,
            services.approve_memberships(memberships=queryset),
            ngettext_lazy(
                "%(count)d aanvraag goedgekeurd. De persoon krijgt een e-mail.",
                "%(count)d aanvragen goedgekeurd. Iedere persoon krijgt een e-mail.",
                "count",
            ),
        )

    @admin.action(description=_("Keur de gekozen aanvragen af (met e-mail)"), permissions=["change"])
    def refuse(self, request, queryset):
        self._report(
            request,
            queryset,
            services.refuse_memberships(memberships=queryset),
            ngettext_lazy(
                "%(count)d aanvraag afgekeurd. De persoon krijgt een e-mail.",
                "%(count)d aanvragen afgekeurd. Iedere persoon krijgt een e-mail.",
                "count",
            ),
        )

    def _report(self, request, queryset, count, done):
        report(self, request, done, count)
        skipped = queryset.count() - count
        if skipped:
            report(
                self,
                request,
                ngettext_lazy(
                    "%(count)d gekozen regel was geen open aanvraag en is niet veranderd.",
                    "%(count)d gekozen regels waren geen open aanvraag en zijn niet veranderd.",
                    "count",
                ),
                skipped,
                messages.WARNING,
            )

    @admin.action(description=_("Exporteer de gekozen lidmaatschappen als CSV"))
    def export_csv(self, request, queryset):
        header = ["e-mail", "naam", "organisatie", "status", "rol", "aangevraagd op"]
        rows = (
            [
                membership.user.email,
                membership.user.get_full_name(),
                membership.organisation.name,
                membership.get_status_display(),
                membership.get_role_display(),
                membership.created.isoformat(timespec="minutes"),
            ]
            for membership in queryset.select_related("user", "organisation")
        )
        record_export(
            request=request, model=Membership, description=_("Export van lidmaatschappen"), rows=queryset.count()
        )
        return excel_csv_response(filename="lidmaatschappen.csv", header=header, rows=rows)


@admin.register(ChairTerm)
class ChairTermAdmin(admin.ModelAdmin):
    formfield_overrides = DUTCH_NUMBER_OVERRIDES
    list_display = ["person_name", "organisation", "role", "start_display", "end_display", "note"]
    list_filter = ["organisation"]
    list_select_related = ["organisation"]
    search_fields = ["person_name", "role", "organisation__name"]
    autocomplete_fields = ["organisation"]

    @admin.display(description=_("begin"), ordering="start_year")
    def start_display(self, obj):
        return obj.start_display

    @admin.display(description=_("einde"), ordering="end_year")
    def end_display(self, obj):
        return obj.end_display


class YearFilter(admin.SimpleListFilter):
    title = _("jaar")
    parameter_name = "jaar"

    def lookups(self, request, model_admin):
        return [(str(year), str(year)) for year in Document.objects.years()]

    def queryset(self, request, queryset):
        year = parse_id(self.value())
        return queryset if year is None else queryset.filter(year=year)


class _StoredFile:
    def __init__(self, name, url):
        self.name, self.url = name, url

    def __str__(self):
        return self.name


class DocumentFileWidget(forms.ClearableFileInput):
    """Links the current file to the download view: stored documents have no public address."""

    download_url = None

    def is_initial(self, value):
        return bool(value and getattr(value, "name", None))

    def format_value(self, value):
        if self.is_initial(value):
            return _StoredFile(value.name.rsplit("/", 1)[-1], self.download_url)
        return None


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "when", "access", "has_file"]
    list_filter = ["kind", "access", YearFilter]
    search_fields = ["title", "summary", "period_text"]
    prepopulated_fields = {"slug": ["title"]}
    fields = ["title", "slug", "kind", "date", "year", "period_text", "summary", "access", "file"]
    formfield_overrides = {**DUTCH_NUMBER_OVERRIDES, models.FileField: {"widget": DocumentFileWidget}}

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        if obj is not None and obj.file:
            form.base_fields["file"].widget.download_url = obj.get_download_url()
        return form

    @admin.display(description=_("wanneer"), ordering="year")
    def when(self, obj):
        return obj.when_display

    @admin.display(description=_("bestand"), boolean=True)
    def has_file(self, obj):
        return bool(obj.file)
