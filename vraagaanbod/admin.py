from functools import partial

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.admin_tools import changelist_url, service_action
from portal.locking import Busy

from . import services
from .forms import NO_ADDRESS, PostingAdminForm, SendLinksForm
from .models import Posting

# The change form's buttons (their names in the POST) and what each decides.
DECISIONS = {
    "_publish": (
        services.publish_posting,
        _("Dit staat nu op de website."),
        _("Dit stond al op de website. Er is niets veranderd."),
    ),
    "_refuse": (
        services.refuse_posting,
        _("Dit staat niet op de website."),
        _("Dit was al afgewezen. Er is niets veranderd."),
    ),
}


@admin.register(Posting)
class PostingAdmin(admin.ModelAdmin):
    """Moderation: read, then publish or refuse. The form's buttons and the list actions decide through the same
    services, with the same mail to the coöperatie."""

    form = PostingAdminForm
    # Django's "view on site" opens the public page, which is not there before publication.
    view_on_site = False
    list_display = ["title", "kind", "cooperatie", "theme", "province", "ends_on", "status", "created"]
    list_filter = ["status", "kind", "theme", "province"]
    search_fields = ["title", "text", "cooperatie__name"]
    list_select_related = ["cooperatie", "theme"]
    autocomplete_fields = ["cooperatie"]
    readonly_fields = ["status", "created", "decided_at"]
    date_hierarchy = "created"
    actions = ["publish", "refuse"]
    fieldsets = [
        (
            None,
            {
                "fields": ["status", "cooperatie", "kind", "title", "text", "theme", "province", "ends_on"],
                "description": _(
                    "Publiceren of afwijzen: gebruik de knoppen onderaan. Voor meer tegelijk: vink ze aan in de "
                    "lijst en kies een actie. Een coöperatie krijgt een link om vraag en aanbod te plaatsen via "
                    "'Link sturen aan coöperaties' rechtsboven in de lijst."
                ),
            },
        ),
        (_("Controle"), {"fields": ["created", "decided_at"]}),
        (_("Bericht aan de coöperatie"), {"fields": ["send_message"]}),
    ]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        # A new posting has no decision yet, so nothing to tell.
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
            changed = service(postings=Posting.objects.filter(pk=obj.pk), notify=notify)
        except Busy as error:
            self.message_user(request, str(error), messages.ERROR)
            return
        obj.refresh_from_db()
        if not changed:
            self.message_user(request, nothing, messages.WARNING)
        elif not services.contact_address(obj):
            self.message_user(request, f"{done} {NO_ADDRESS}")
        elif notify:
            self.message_user(request, f"{done} {_('De coöperatie krijgt een e-mail.')}")
        else:
            self.message_user(request, f"{done} {_('Er is geen e-mail gestuurd.')}")

    publish = service_action(
        description=_("Publiceren (met e-mail aan de coöperatie)"),
        service=partial(services.publish_posting, notify=True),
        selection="postings",
        done=_("%(count)d gepubliceerd. Een coöperatie met een contactadres krijgt een e-mail."),
    )
    refuse = service_action(
        description=_("Afwijzen of van de website halen (met e-mail aan de coöperatie)"),
        service=partial(services.refuse_posting, notify=True),
        selection="postings",
        done=_("%(count)d afgewezen. Een coöperatie met een contactadres krijgt een e-mail."),
    )

    def get_urls(self):
        return [
            path(
                "link-sturen/",
                self.admin_site.admin_view(self.send_links_view),
                name="vraagaanbod_posting_send_links",
            ),
            *super().get_urls(),
        ]

    def send_links_view(self, request):
        """Mail chosen coöperaties their own link to post questions and offers."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = SendLinksForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                sent = services.send_posting_links(cooperaties=form.cleaned_data["cooperaties"])
            except Busy as error:
                form.add_error(None, str(error))
            else:
                self.message_user(
                    request,
                    ngettext(
                        "%(count)d coöperatie krijgt een e-mail met haar link.",
                        "%(count)d coöperaties krijgen een e-mail met hun link.",
                        sent,
                    )
                    % {"count": sent},
                )
                return redirect(changelist_url(Posting))
        context = {
            **self.admin_site.each_context(request),
            "title": _("Link sturen aan coöperaties"),
            "form": form,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/vraagaanbod/send_links.html", context)
