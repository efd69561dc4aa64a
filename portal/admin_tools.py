"""What the admin's classes share: actions that run a service and say what they did, and links to lists."""

from urllib.parse import urlencode

from django.contrib import admin, messages
from django.urls import reverse


def report(modeladmin, request, message, count, level=messages.SUCCESS):
    """Tell the secretary what an action did. ``message``: ``ngettext_lazy("%(count)d …", "%(count)d …",
    "count")``, so the Dutch singular or plural follows ``count``."""
    modeladmin.message_user(request, message % {"count": count}, level)


def service_action(*, description, service, done, selection="queryset", permissions=("change",)):
    """An admin action that passes the selected rows to ``service(**{selection: queryset})`` and reports the
    number it returns with ``done`` (see ``report``). Extra arguments: ``functools.partial(service, …)``."""

    @admin.action(description=description, permissions=list(permissions))
    def action(modeladmin, request, queryset):
        report(modeladmin, request, done, service(**{selection: queryset}))

    return action


def changelist_url(model, **filters):
    """The admin's list of ``model``, filtered: ``changelist_url(Registration, event__id__exact=3)``."""
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    return f"{url}?{urlencode(filters)}" if filters else url
