from django import forms
from django.utils.translation import gettext_lazy as _

from portal.honeypot import HoneypotMixin

from .models import LocalLink


class TipForm(HoneypotMixin, forms.ModelForm):
    """Someone who knows sends in where the cliëntenraad or the poverty policy of the municipality is."""

    url = forms.URLField(
        label=_("Website"),
        max_length=500,
        assume_scheme="https",
        help_text=_("Het adres van de pagina, bijvoorbeeld: https://www.roermond.nl/…"),
        widget=forms.URLInput(attrs={"inputmode": "url", "autocomplete": "url"}),
    )

    class Meta:
        model = LocalLink
        fields = ["kind", "title", "url", "note"]
        labels = {
            "kind": _("Waar gaat het over?"),
            "title": _("Naam"),
            "note": _("Wat wilt u erbij zeggen? (mag leeg blijven)"),
        }
        help_texts = {
            "title": _("Bijvoorbeeld: Cliëntenraad Roermond, of: Minimaregelingen gemeente Roermond."),
            "note": _("Zet hier geen namen, e-mailadressen of telefoonnummers van mensen."),
        }
        widgets = {
            "kind": forms.RadioSelect,
            "note": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = LocalLink.Kind.choices
