from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

from portal.honeypot import HoneypotMixin

from .models import Cooperatie, Domain, Municipality, Theme
from .services import EDITABLE_FIELDS


class ProposalForm(HoneypotMixin, forms.ModelForm):
    """'Meld uw coöperatie aan': what a collective tells about itself."""

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
            "phone",
            "submitter_name",
            "submitter_email",
        ]
        labels = {
            "name": _("Naam van de coöperatie"),
            "summary": _("Korte beschrijving"),
            "description": _("Wat drijft u als coöperatie, en hoe werkt u?"),
            "place": _("Plaats (gemeente)"),
            "founding_year": _("Opgericht in (jaar)"),
            "domains": _("Waar werkt de coöperatie aan?"),
            "themes": _("Over welke thema's wilt u ervaringen uitwisselen met andere coöperaties?"),
            "open_to_members": _("Kunnen nieuwe leden meedoen?"),
            "contact_email": _("E-mailadres voor iedereen (openbaar)"),
            "phone": _("Telefoonnummer voor iedereen (openbaar)"),
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
            "phone": _("Dit nummer komt op de website. Mag leeg blijven."),
            "submitter_email": _("Alleen voor het secretariaat, als we een vraag hebben. Dit komt niet op de website."),
        }
        widgets = {
            "domains": forms.CheckboxSelectMultiple,
            "themes": forms.CheckboxSelectMultiple,
            "open_to_members": forms.Select(choices=[("", _("Weet ik niet")), (True, _("Ja")), (False, _("Nee"))]),
            "description": forms.Textarea(attrs={"rows": 6}),
            "submitter_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "submitter_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"type": "tel"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["submitter_email"].required = True
        self.fields["domains"].queryset = Domain.objects.all()
        self.fields["themes"].queryset = Theme.objects.all()
        year = self.fields["founding_year"]
        year.widget.attrs.update({"min": 1800, "max": 2100})
        year.validators += [MinValueValidator(1800), MaxValueValidator(2100)]


class ProfileChangeForm(forms.ModelForm):
    """A coöperatie's own profile, opened from a signed link. Never saved directly: the changes
    become a change request for the secretariat (services.request_change)."""

    website = forms.URLField(
        label=_("Website"),
        required=False,
        max_length=200,
        assume_scheme="https",
        help_text=_("Begin met https://. Mag leeg blijven."),
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
    )
    note = forms.CharField(
        label=_("Wilt u het secretariaat nog iets laten weten?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Mag leeg blijven."),
    )

    class Meta:
        model = Cooperatie
        fields = list(EDITABLE_FIELDS)
        labels = ProposalForm.Meta.labels
        help_texts = {
            **ProposalForm.Meta.help_texts,
            "place": _("De gemeente waar u werkt. Mag leeg blijven."),
            "province": _("Werkt u in heel Nederland? Kies dan ‘Landelijk actief’. Mag leeg blijven."),
        }
        widgets = ProposalForm.Meta.widgets

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        year = self.fields["founding_year"]
        year.widget.attrs.update({"min": 1800, "max": 2100})
        year.validators += [MinValueValidator(1800), MaxValueValidator(2100)]

    def clean_description(self):
        # Browsers send line breaks as CRLF; stored texts have LF. Otherwise an untouched text looks changed.
        return self.cleaned_data["description"].replace("\r\n", "\n")

    def clean(self):
        cleaned = super().clean()
        # A known municipality tells the province, when the coöperatie left it empty.
        if cleaned.get("place") and not cleaned.get("province"):
            municipality = Municipality.objects.find(cleaned["place"])
            if municipality:
                cleaned["province"] = municipality.province
        return cleaned


class ClosureForm(forms.Form):
    note = forms.CharField(
        label=_("Wilt u er iets over vertellen?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Bijvoorbeeld sinds wanneer, of wie het werk voortzet. Mag leeg blijven."),
    )


class CorrectionReportForm(HoneypotMixin, forms.Form):
    field_order = ["message", "contact", "fax"]

    message = forms.CharField(
        label=_("Wat klopt er niet, of wat weet u meer?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Bijvoorbeeld de plaats, de website of een e-mailadres van de coöperatie."),
    )
    contact = forms.CharField(
        label=_("Hoe kunnen we u bereiken?"),
        required=False,
        max_length=200,
        help_text=_("Een e-mailadres of telefoonnummer, als wij u iets mogen vragen. Mag leeg blijven."),
        widget=forms.TextInput(attrs={"autocomplete": "email"}),
    )


class MessageForm(HoneypotMixin, forms.Form):
    """'Stuur een bericht': no account, only a way to answer."""

    field_order = ["name", "email", "phone", "subject", "message", "fax"]

    name = forms.CharField(label=_("Uw naam"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(
        label=_("Uw e-mailadres"),
        required=False,
        max_length=254,
        help_text=_("Vul uw e-mailadres of uw telefoonnummer in, of allebei. U krijgt een kopie van uw bericht."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Uw telefoonnummer"),
        required=False,
        max_length=40,
        help_text=_("Bijvoorbeeld 06 12345678. Mag leeg blijven als u een e-mailadres invult."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )
    subject = forms.CharField(label=_("Onderwerp"), required=False, max_length=200, help_text=_("Mag leeg blijven."))
    message = forms.CharField(
        label=_("Uw bericht"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Schrijf wat u wilt vragen of vertellen."),
    )

    def clean_phone(self):
        phone = " ".join(self.cleaned_data["phone"].split())
        digits = sum(ch.isdigit() for ch in phone)
        if phone and (digits < 6 or any(ch.isalpha() for ch in phone)):
            raise forms.ValidationError(
                _("Dit is geen telefoonnummer. Gebruik alleen cijfers, bijvoorbeeld 06 12345678.")
            )
        return phone

    def clean(self):
        cleaned = super().clean()
        # Only when neither field already has an error of its own: that error says more.
        if (
            not cleaned.get("email")
            and not cleaned.get("phone")
            and not self.has_error("email")
            and not self.has_error("phone")
        ):
            self.add_error(
                "email",
                _("Vul uw e-mailadres of uw telefoonnummer in. Anders kan de coöperatie u geen antwoord geven."),
            )
        return cleaned
