from django import forms
from django.utils.translation import gettext_lazy as _

from manifest.models import Kloof

from .consent import CONSENT_TEXT
from .models import MAX_STORY_LENGTH, Story
from .services import writer_email


class StoryForm(forms.Form):
    """'Deel uw verhaal': short questions, one at a time, and only the story is required."""

    text = forms.CharField(
        label=_("Uw verhaal"),
        max_length=MAX_STORY_LENGTH,
        help_text=_("Vertel in uw eigen woorden wat u meemaakt. Hoogstens %(max)s tekens (ongeveer twee pagina’s).")
        % {"max": "5.000"},
        error_messages={
            "required": _("Schrijf uw verhaal in het vak."),
            "max_length": _(
                "Uw verhaal is te lang: het mag hoogstens 5.000 tekens hebben. U schreef er %(show_value)d. "
                "Maak het wat korter, of stuur het in twee delen."
            ),
        },
        widget=forms.Textarea(attrs={"rows": 10}),
    )
    kloven = forms.ModelMultipleChoiceField(
        label=_("Waar gaat uw verhaal over?"),
        queryset=Kloof.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Kies er één of meer. Weet u het niet? Dan mag het leeg blijven."),
    )
    naming = forms.ChoiceField(
        label=_("Hoe wilt u genoemd worden bij uw verhaal?"),
        choices=Story.Naming.choices,
        initial=Story.Naming.ANONYMOUS,
        widget=forms.RadioSelect,
    )
    name = forms.CharField(
        label=_("Uw naam"),
        max_length=200,
        required=False,
        help_text=_("Alleen nodig als u met uw naam of voornaam genoemd wilt worden."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    contact = forms.CharField(
        label=_("Hoe kunnen wij u bereiken? (e-mail of telefoon)"),
        max_length=200,
        required=False,
        help_text=_(
            "Mag leeg blijven. Alleen voor het secretariaat, als het een vraag heeft over uw verhaal. "
            "Dit komt nooit op de website. Geeft u een e-mailadres, dan krijgt u de link om uw verhaal weg te halen."
        ),
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={
            "required": _("Zet een vinkje als u toestemming geeft. Zonder toestemming zetten wij niets op de website.")
        },
    )
    # Spam trap: hidden from people (CSS and screen readers), filled in by bots.
    fax = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        template_name="cooperaties/honeypot_field.html",
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kloven"].queryset = Kloof.objects.published().order_by("order")

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(self.fields["text"].error_messages["required"], code="required")
        return text

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("naming") in (Story.Naming.FULL_NAME, Story.Naming.FIRST_NAME) and not cleaned.get("name"):
            self.add_error("name", _("Vul uw naam in, of kies ‘Zonder naam (anoniem)’."))
        return cleaned

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get("fax"))


class ChoiceForThisSave(forms.BooleanField):
    """Ticked or not, it is never a change to the story: portal.optimistic compares changed fields with the
    stored story and knows only the model's fields."""

    def has_changed(self, initial, data):
        return False


class StoryAdminForm(forms.ModelForm):
    """The secretariat's change form. Whether the writer hears of the decision is chosen here, before the
    'Publiceren' or 'Afwijzen' button is pressed; only an e-mail address the writer gave can be mailed."""

    send_message = ChoiceForThisSave(label=_("Stuur bericht"), required=False, initial=True)

    class Meta:
        model = Story
        fields = ["title", "text", "kloven", "naming", "name", "contact"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["send_message"]
        email = writer_email(self.instance)
        if email:
            field.help_text = _(
                "Aangevinkt: als u het verhaal publiceert, afwijst of van de website haalt, krijgt de schrijver "
                "daarover een e-mail op %(email)s. Zet het vinkje uit als u de schrijver al zelf heeft ingelicht."
            ) % {"email": email}
        else:
            field.initial = False
            field.disabled = True
            field.help_text = NO_EMAIL


NO_EMAIL = _("De schrijver gaf geen e-mailadres. Daarom krijgt de schrijver geen bericht over uw besluit.")


class RemovalLinkForm(forms.Form):
    """On the thanks page: the removal link sent to an address, for writers who gave none in the story form."""

    email = forms.EmailField(
        label=_("Uw e-mailadres"),
        error_messages={
            "required": _("Vul uw e-mailadres in."),
            "invalid": _("Dit is geen e-mailadres. Kijk of er een @ in staat, bijvoorbeeld naam@voorbeeld.nl."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    token = forms.CharField(widget=forms.HiddenInput)
