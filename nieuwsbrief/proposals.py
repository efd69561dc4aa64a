"""Compose an edition from portal content: what is new since the previous edition, and a search by title.

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

from portal.validators import parse_id

from .models import CONTENT_MODELS, EditionItem

# Findable through the search only: they have no creation date for "new since the previous edition".
SEARCH_ONLY_MODELS = (("agenda", "workshop"),)  # workgroup reports (verslagen)
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


def fill_from_content(item):
    """Copy title, text and link of the picked content into the item (only what is still empty)."""
    obj = item.content_object
    if obj is None:
        return False
    item.title = item.title or str(getattr(obj, "title", None) or getattr(obj, "name", None) or obj)[:300]
    item.text = item.text or _text_of(obj)
    item.url = item.url or _url_of(obj)[:500]
    return True


def _kinds(extra=()):
    for app_label, model_name in (*CONTENT_MODELS, *extra):
        model = _model(app_label, model_name)
        if model is not None:
            yield model, ContentType.objects.get_for_model(model)


def _present(edition):
    return set(edition.items.exclude(content_type=None).values_list("content_type_id", "object_id"))


def new_since_previous(edition, limit=50):
    """[(kind, [(content_type_id, obj, already_in)])]: what is new since the previous edition's date.

    A checklist for the secretariat; nothing is added until they tick it.
    """
    previous = edition.previous()
    since = timezone.make_aware(datetime.combine(previous.date, time.min)) if previous else None
    present = _present(edition)
    groups = []
    for model, content_type in _kinds():
        queryset = model._default_manager.all().newsletter_candidates()
        if since is not None:
            queryset = queryset.filter(created__gte=since)
        found = [(content_type.pk, obj, (content_type.pk, obj.pk) in present) for obj in queryset[:limit]]
        if found:
            groups.append((model._meta.verbose_name_plural, found))
    return groups


def search(edition, text, limit=20):
    """Portal content whose title holds ``text``, grouped by kind, in the same shape as above."""
    text = text.strip()
    if not text:
        return []
    present = _present(edition)
    groups = []
    for model, content_type in _kinds(SEARCH_ONLY_MODELS):
        found = [
            (content_type.pk, obj, (content_type.pk, obj.pk) in present)
            for obj in model._default_manager.all().newsletter_candidates(search=text)[:limit]
        ]
        if found:
            groups.append((model._meta.verbose_name_plural, found))
    return groups


@transaction.atomic
def add_content(*, edition, picks):
    """Add the picked content ("<content_type_id>:<object_id>") as items, with title, text and link
    copied in. Only content the apps allow in a newsletter; what is in the edition already is skipped."""
    allowed = {content_type.pk: model for model, content_type in _kinds(SEARCH_ONLY_MODELS)}
    present = _present(edition)
    position = (edition.items.order_by("-position").values_list("position", flat=True).first() or 0) + 1
    added = []
    for pick in picks:
        content_type_id, _, object_id = (parse_id(part) for part in str(pick).partition(":"))
        if content_type_id not in allowed or object_id is None:
            continue
        key = (content_type_id, object_id)
        obj = allowed[key[0]]._default_manager.all().newsletter_candidates().filter(pk=key[1]).first()
        if obj is None or key in present:
            continue
        item = EditionItem(edition=edition, position=position, content_type_id=key[0], object_id=key[1])
        item.content_object = obj
        fill_from_content(item)
        item.save()
        present.add(key)
        added.append(item)
        position += 1
    return added
