"""No lost edits: optimistic locking for what two staff members may edit at the same time.

A model takes ``Versioned`` (a version number, raised by every save); its admin takes ``VersionedAdminMixin``
(and an inline ``VersionedInlineMixin``). The form carries the version it was loaded with; a save based on an
older one is refused, with what is stored now beside what this person typed, so nothing goes lost unseen.
"""

from django import forms
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models

STALE = (
    "Iemand anders heeft dit intussen gewijzigd. Hieronder ziet u wat er nu staat; "
    "neem uw wijziging over en sla opnieuw op."
)


class Versioned(models.Model):
    version = models.PositiveIntegerField("versie", default=1, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            self.version += 1
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "version"}
        super().save(*args, **kwargs)


def _shown(value):
    if value in (None, ""):
        return "(leeg)"
    if isinstance(value, models.QuerySet | list | tuple | set):
        return ", ".join(str(item) for item in value) or "(leeg)"
    return str(value)


class VersionedForm(forms.ModelForm):
    """Carries ``loaded_version``; ``clean`` locks the row (the admin saves in the same transaction) and compares."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        if not self.instance.pk:
            return cleaned
        current = type(self.instance)._default_manager.select_for_update().filter(pk=self.instance.pk).first()
        if current is None or current.version == cleaned.get("loaded_version"):
            return cleaned
        # The next save of this form is based on what is stored now: the person has seen it below.
        self.data = self.data.copy()
        self.data[self.add_prefix("loaded_version")] = current.version
        raise ValidationError([STALE, *self._differences(current)])

    def _differences(self, current):
        lines = []
        for name in self.changed_data:
            if name == "loaded_version" or name not in self.fields:
                continue
            try:
                model_field = current._meta.get_field(name)
            except FieldDoesNotExist:  # a form's own field ("Stuur bericht") holds nothing that was stored
                continue
            stored = getattr(current, name)
            stored = stored.all() if model_field.many_to_many else stored
            lines.append(
                f"{self.fields[name].label or model_field.verbose_name}: nu opgeslagen “{_shown(stored)}”; "
                f"uw versie “{_shown(self.cleaned_data.get(name))}”"
            )
        return lines


def versioned(form_class):
    """``form_class`` with the version check (for a form the admin builds itself or one of the app's own)."""
    if issubclass(form_class, VersionedForm):
        return form_class
    return type(f"Versioned{form_class.__name__}", (VersionedForm, form_class), {})


class _CarriesVersion:
    def get_fieldsets(self, request, obj=None):
        # The hidden field rides along in the first fieldset (it shows nothing), so the form sends it back.
        fieldsets = super().get_fieldsets(request, obj)
        # Without declared fieldsets or fields, Django lists the form's fields, and the hidden one is among them.
        if any("loaded_version" in options["fields"] for _, options in fieldsets):
            return fieldsets
        first_name, first = fieldsets[0]
        return [(first_name, {**first, "fields": [*first["fields"], "loaded_version"]}), *fieldsets[1:]]


class VersionedAdminMixin(_CarriesVersion):
    def get_form(self, request, obj=None, change=False, **kwargs):
        kwargs["form"] = versioned(kwargs.get("form", self.form))
        form = super().get_form(request, obj, change, **kwargs)
        form.base_fields["loaded_version"] = VersionedForm.base_fields["loaded_version"]
        return form


class VersionedInlineMixin(_CarriesVersion):
    def get_formset(self, request, obj=None, **kwargs):
        kwargs["form"] = versioned(kwargs.get("form", self.form))
        return super().get_formset(request, obj, **kwargs)
