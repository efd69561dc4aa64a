from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

from .models import Cooperatie, Domain, Theme


class ProposalForm(forms.ModelForm):
    """'Meld uw coöperatie aan': what a collective tells about itself."""

    # Spam trap: hidden from people (CSS and screen readers), filled in by bots.
    fax = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        template_name="cooperaties/honeypot_field.html",
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    website = forms.URLField(
        label=_("Website"),
        required=False,
        max_length=200,
        assume_scheme="https",
        help_text=_("Begin met https://. Mag leeg blijven."),
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
    )

    class Meta:
        model = Cooperatie
        fields = [
            "name",
            "summary",
            "description",
            "place",
            "province",
            "founding_year",
            "legal_form",
            "domains",
            "themes",
            "open_to_members",
            "website",
            "contact_email",
            "submitter_name",
            "submitter_email",
        ]
        labels = {
            "name": _("Naam van de coöperatie"),
            "summary": _("Korte beschrijving"),
            "description": _("Wat drijft jullie, en hoe werken jullie?"),
            "place": _("Plaats (gemeente)"),
            "founding_year": _("Opgericht in (jaar)"),
            "domains": _("Waar werken jullie aan?"),
            "themes": _("Over welke thema's willen jullie ervaringen uitwisselen?"),
            "open_to_members": _("Kunnen nieuwe leden meedoen?"),
            "contact_email": _("E-mailadres voor iedereen (openbaar)"),
            "submitter_name": _("Uw naam"),
            "submitter_email": _("Uw e-mailadres"),
        }
        help_texts = {
            "summary": _("Eén of twee zinnen. Bijvoorbeeld: waar mensen samen gereedschap delen."),
            "description": _("Mag leeg blijven."),
            "place": _("Mag leeg blijven."),
            "province": _("Mag leeg blijven."),
            "legal_form": _("Mag leeg blijven."),
            "domains": _("Kies er één of meer. Mag leeg blijven."),
            "themes": _("Mag leeg blijven."),
            "open_to_members": _("Mag leeg blijven."),
            "submitter_name": _("Alleen voor het secretariaat. Dit komt niet op de website. Mag leeg blijven."),
            "founding_year": _("Bijvoorbeeld 2012. Mag leeg blijven."),
            "contact_email": _("Dit adres komt op de website. Mag leeg blijven."),
            "submitter_email": _("Alleen voor het secretariaat, als we een vraag hebben. Dit komt niet op de website."),
        }
        widgets = {
            "domains": forms.CheckboxSelectMultiple,
            "themes": forms.CheckboxSelectMultiple,
            "open_to_members": forms.Select(choices=[("", _("Weet ik niet")), (True, _("Ja")), (False, _("Nee"))]),
            "description": forms.Textarea(attrs={"rows": 6}),
            "submitter_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "submitter_email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["submitter_email"].required = True
        self.fields["domains"].queryset = Domain.objects.all()
        self.fields["themes"].queryset = Theme.objects.all()
        year = self.fields["founding_year"]
        year.widget.attrs.update({"min": 1800, "max": 2100})
        year.validators += [MinValueValidator(1800), MaxValueValidator(2100)]

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get("fax"))
