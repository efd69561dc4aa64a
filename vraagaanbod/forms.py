import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from cooperaties.models import Cooperatie, Theme

from .models import PROVINCES, Posting

# The furthest a posting may run: a year, so the lists hold what is still wanted.
LONGEST_DAYS = 365
DUTCH_DATE_FORMATS = ["%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"]


class PostingForm(forms.ModelForm):
    """What a coöperatie types through its link; ``today`` bounds the end date."""

    ends_on = forms.DateField(
        label=_("Tot en met welke datum geldt het?"),
        input_formats=DUTCH_DATE_FORMATS,
        widget=forms.DateInput(format="%d-%m-%Y", attrs={"inputmode": "numeric", "autocomplete": "off"}),
        help_text=_("Typ de datum als dag-maand-jaar (dd-mm-jjjj). Hoogstens een jaar vooruit."),
        error_messages={"invalid": _("Typ de datum als dag-maand-jaar, met streepjes: dd-mm-jjjj.")},
    )

    class Meta:
        model = Posting
        fields = ["kind", "title", "text", "theme", "province", "ends_on"]
        labels = {
            "kind": _("Heeft u een vraag, of biedt u iets aan?"),
            "title": _("Titel"),
            "text": _("Uw vraag of aanbod"),
            "theme": _("Onderwerp"),
            "province": _("Voor welke provincie?"),
        }
        help_texts = {
            "title": _("In een paar woorden."),
            "text": _("Vertel wat u zoekt of wat u kunt delen. Zet hier geen e-mailadres of telefoonnummer in."),
        }
        widgets = {"kind": forms.RadioSelect, "text": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.fields["kind"].choices = Posting.Kind.choices
        self.fields["theme"].queryset = Theme.objects.all()
        self.fields["theme"].empty_label = _("Kies een onderwerp")
        self.fields["province"].choices = [("", _("Heel Nederland")), *PROVINCES]

    def clean_ends_on(self):
        ends_on = self.cleaned_data["ends_on"]
        if ends_on < self.today:
            raise forms.ValidationError(_("Deze datum is al voorbij. Kies een datum vanaf vandaag."))
        if ends_on > self.today + datetime.timedelta(days=LONGEST_DAYS):
            raise forms.ValidationError(_("Kies een datum die hoogstens een jaar vooruit ligt."))
        return ends_on


class FilterForm(forms.Form):
    """The list's choices, read from the address (GET): works without JavaScript, and each choice is a link."""

    soort = forms.ChoiceField(label=_("Vraag of aanbod"), required=False)
    onderwerp = forms.ModelChoiceField(
        label=_("Onderwerp"), queryset=Theme.objects.all(), to_field_name="slug", required=False
    )
    provincie = forms.ChoiceField(label=_("Provincie"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["soort"].choices = [("", _("Vraag en aanbod")), *Posting.Kind.choices]
        self.fields["onderwerp"].empty_label = _("Alle onderwerpen")
        self.fields["provincie"].choices = [("", _("Alle provincies")), *PROVINCES]

    def choices(self):
        """What was chosen; a value the form does not know counts as not chosen."""
        self.is_valid()
        return {name: self.cleaned_data.get(name) for name in self.fields if name not in self.errors}


class SendMessageField(forms.BooleanField):
    """Ticked or not, it never changes the posting itself."""

    def has_changed(self, initial, data):
        return False


class PostingAdminForm(forms.ModelForm):
    """The secretariat's change form: whether the coöperatie hears of the decision is chosen before the
    'Publiceren' or 'Afwijzen' button is pressed."""

    send_message = SendMessageField(label=_("Stuur bericht"), required=False, initial=True)

    class Meta:
        model = Posting
        fields = ["cooperatie", "kind", "title", "text", "theme", "province", "ends_on"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["send_message"]
        address = self.instance.cooperatie.contact_address if self.instance.cooperatie_id else ""
        if address:
            field.help_text = _(
                "Aangevinkt: als u dit publiceert of afwijst, krijgt de coöperatie daarover een e-mail op %(email)s."
            ) % {"email": address}
        else:
            field.initial = False
            field.disabled = True
            field.help_text = NO_ADDRESS


NO_ADDRESS = _("Van deze coöperatie kennen wij geen contactadres. Zij krijgt daarom geen bericht over uw besluit.")


class SendLinksForm(forms.Form):
    cooperaties = forms.ModelMultipleChoiceField(
        label=_("Coöperaties"),
        queryset=Cooperatie.objects.published().exclude(contact_address="").order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Alleen coöperaties op de website met een contactadres staan hier."),
    )
