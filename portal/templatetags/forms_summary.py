"""The error summary above a form (templates/forms/error_summary.html): one line per error, each a short link
to its field, and a count that matches the lines."""

from django import template

register = template.Library()

# A label longer than this (a consent text) is not repeated in the summary: the field's own error says it.
SHORT_LABEL = 60


@register.simple_tag
def error_summary_items(form):
    """[(anchor or None, label or None, message)]. A form may name a long field briefly in ``summary_labels``."""
    items = [(None, None, error) for error in form.non_field_errors()]
    short_labels = getattr(form, "summary_labels", {})
    for field in form:
        if not field.label:  # the spam trap
            continue
        label = short_labels.get(field.name) or (field.label if len(str(field.label)) <= SHORT_LABEL else None)
        items.extend((field.id_for_label, label, error) for error in field.errors)
    return items
