"""The stemcode and the ballot: one radio group per development (no sticker, Verweer or Vernieuwing)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import Side
from .services import normalise

NO_STICKER = ""


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Uw stemcode"),
        help_text=_("Acht tekens, zoals K7QM-4XPA. U vindt de code op uw briefje."),
        max_length=20,
        error_messages={"required": _("Vul uw stemcode in.")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
    )

    def clean_code(self):
        return normalise(self.cleaned_data["code"])


class BallotForm(forms.Form):
    def __init__(self, *args, developments, allowed, current=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.developments = list(developments)
        self.allowed = allowed
        current = current or {}
        for development in self.developments:
            self.fields[f"ontwikkeling_{development.pk}"] = forms.ChoiceField(
                label=development.title,
                choices=[(NO_STICKER, _("Geen sticker")), *Side.choices],
                widget=forms.RadioSelect,
                required=False,
                initial=current.get(development.pk, NO_STICKER),
            )

    def clean(self):
        cleaned = super().clean()
        chosen = [d for d in self.developments if cleaned.get(f"ontwikkeling_{d.pk}")]
        if len(chosen) > self.allowed:
            # A field error on the first sticker too many, so the summary links to where it was placed.
            self.add_error(
                f"ontwikkeling_{chosen[self.allowed].pk}",
                _("U heeft %(allowed)d stickers, maar u plakte er %(given)d. Kies bij een ontwikkeling ‘Geen sticker’.")
                % {"allowed": self.allowed, "given": len(chosen)},
            )
        return cleaned

    def stickers(self):
        return {d: self.cleaned_data.get(f"ontwikkeling_{d.pk}") or "" for d in self.developments}
