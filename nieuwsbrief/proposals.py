"""Propose items for an edition: portal content that is new since the previous edition.

The other apps are looked up by name (apps.get_model) so this app has no import or migration
dependency on them; a missing app or model is skipped. What may be proposed is each app's own rule:
its QuerySet's ``newsletter_candidates()``.
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


def _text_of(obj):
    if hasattr(obj, "newsletter_text"):
        return obj.newsletter_text
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
    queryset = model._default_manager.all().newsletter_candidates()
    if since is not None:
        queryset = queryset.filter(created__gte=since)
    return queryset.order_by("created", "pk")


def fill_from_content(item):
    """Copy title, text and link of the picked content into the item (only what is still empty)."""
    obj = item.content_object
    if obj is None:
        return False
    item.title = item.title or str(getattr(obj, "title", None) or getattr(obj, "name", None) or obj)[:300]
    item.text = item.text or _text_of(obj)
    item.url = item.url or _url_of(obj)[:500]
    return True


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
        if model is None:
            continue
        content_type = ContentType.objects.get_for_model(model)
        present = set(edition.items.filter(content_type=content_type).values_list("object_id", flat=True))
        new_items = []
        for obj in _candidates(model, since):
            if obj.pk in present:
                continue
            item = EditionItem(edition=edition, position=position, content_type=content_type, object_id=obj.pk)
            item.content_object = obj
            fill_from_content(item)
            new_items.append(item)
            position += 1
        EditionItem.objects.bulk_create(new_items)
        added += len(new_items)
    return added
