"""Entries in the audit trail (django-auditlog) that no model change produces: exports of personal data."""

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType


def record_export(*, request, model, description, rows=None):
    """Note that ``request.user`` exported ``description`` (rows of ``model``) just now."""
    description = str(description)
    return LogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(model),
        object_pk="",
        object_repr=description,
        action=LogEntry.Action.ACCESS,
        actor=request.user if request.user.is_authenticated else None,
        changes_text=description,
        additional_data={"export": description, "rows": rows},
    )
