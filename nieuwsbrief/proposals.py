"""Propose items for an edition: portal content that is new since the previous edition.

The other apps are looked up by name (apps.get_model) so this app has no import or migration
dependency on them; a missing app or model is skipped.
"""

from datetime import datetime, time

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.text import Truncator

from .models import CONTENT_MODELS, EditionItem

TEXT_FIELDS = ("summary", "intro", "introduction", "description", "lead", "text", "body")
TEXT_WORDS = 60


def _model(app_label, model_name):
    try:
        return apps.get_model(app_label, model_name)
    except LookupError:
        return None


def _has_field(model, name):
    return any(field.name == name for field in model._meta.get_fields())


def _text_of(obj):
    for name in TEXT_FIELDS:
        value = getattr(obj, name, "")
        if isinstance(value, str) and value.strip():
            return Truncator(value.strip()).words(TEXT_WORDS)
    return ""


def _url_of(obj):
    try:
        return obj.get_absolute_url()
    except Exception:  # noqa: BLE001 - a model without a public page still gives a useful item
        return ""


def _candidates(model, since):
    """New objects of one model since ``since``, public ones only where the model says what public is."""
    queryset = model._default_manager.all()
    for method in ("published", "public", "visible"):
        if hasattr(queryset, method):
            queryset = getattr(queryset, method)()
            break
    if since is not None:
        queryset = queryset.filter(created__gte=since)
    if model._meta.model_name == "event" and _has_field(model, "date"):
        # Only events still to come are news.
        queryset = queryset.filter(date__gte=timezone.localdate())
    return queryset.order_by("created")


def sources_without_created():
    """Content models that cannot be proposed because they have no 'created' timestamp."""
    missing = []
    for app_label, model_name in CONTENT_MODELS:
        model = _model(app_label, model_name)
        if model is not None and not _has_field(model, "created"):
            missing.append(f"{app_label}.{model_name}")
    return missing


@transaction.atomic
def propose_new_content(*, edition):
    """Add an item for each piece of content created since the previous edition's date. Returns the count.

    Content already in this edition is skipped, so running it twice adds nothing.
    """
    previous = edition.previous()
    since = timezone.make_aware(datetime.combine(previous.date, time.min)) if previous else None
    position = (edition.items.order_by("-position").values_list("position", flat=True).first() or 0) + 1
    added = 0
    for app_label, model_name in CONTENT_MODELS:
        model = _model(app_label, model_name)
        if model is None or not _has_field(model, "created"):
            continue
        content_type = ContentType.objects.get_for_model(model)
        present = set(edition.items.filter(content_type=content_type).values_list("object_id", flat=True))
        new_items = []
        for obj in _candidates(model, since):
            if obj.pk in present:
                continue
            new_items.append(
                EditionItem(
                    edition=edition,
                    position=position,
                    title=str(obj)[:300],
                    text=_text_of(obj),
                    url=_url_of(obj)[:500],
                    content_type=content_type,
                    object_id=obj.pk,
                )
            )
            position += 1
        EditionItem.objects.bulk_create(new_items)
        added += len(new_items)
    return added
