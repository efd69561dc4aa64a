from allauth.account.forms import SignupForm
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils.translation import gettext_lazy as _

from alliantie.models import Membership, Organisation


class ProfileForm(forms.ModelForm):
    class Meta:
        model = get_user_model()
        fields = ["first_name", "last_name"]
        labels = {"first_name": _("Voornaam"), "last_name": _("Achternaam")}
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
        }


class MembershipRequestForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Uw organisatie"),
        queryset=Organisation.objects.active(),
        empty_label=_("Kies uw organisatie"),
        help_text=_("Staat uw organisatie er niet bij? Mail dan het secretariaat."),
        error_messages={
            "required": _("Kies de organisatie waar u bij hoort."),
            "invalid_choice": _("Kies een organisatie uit de lijst."),
        },
    )
    function = forms.CharField(
        label=_("Wat doet u in deze organisatie?"),
        max_length=200,
        help_text=_("Bijvoorbeeld: lid, vrijwilliger, bestuurslid."),
        error_messages={"required": _("Vul in wat u doet in deze organisatie.")},
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    note = forms.CharField(
        label=_("Wilt u nog iets zeggen? (mag leeg blijven)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class PortalSignupForm(SignupForm):
    """allauth's sign-up with the person's name, and without telling by its timing whether an address
    already has an account.

    For a new address allauth hashes the password (the slow part, by design); for a known one it only
    mails the owner. Hashing here too makes both answers take the same time. allauth's adapter copies
    first_name and last_name onto the new account.
    """

    first_name = forms.CharField(
        label=_("Voornaam"),
        max_length=150,
        error_messages={"required": _("Vul uw voornaam in.")},
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Achternaam"),
        max_length=150,
        error_messages={"required": _("Vul uw achternaam in.")},
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    field_order = ["first_name", "last_name", "email", "password1", "password2"]

    def try_save(self, request):
        if self.account_already_exists:
            make_password(self.cleaned_data.get("password1") or "")
        return super().try_save(request)


class MembershipAdminForm(forms.ModelForm):
    """The secretariat's change form: a new status is a decision, taken through the same service as the
    list actions. Whether the person is mailed is a choice made here, before saving."""

    send_message = forms.BooleanField(
        label=_("Stuur bericht"),
        required=False,
        initial=True,
        help_text=_(
            "Alleen als u de status verandert. Aangevinkt: de persoon krijgt een e-mail over het besluit. "
            "Zet het vinkje uit als u de persoon al zelf heeft ingelicht."
        ),
    )

    class Meta:
        model = Membership
        fields = ["user", "organisation", "status", "send_message", "role", "function", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The form writes the new status onto the instance before save_model runs; the decision needs both.
        self.saved_status = self.instance.status

    def clean_status(self):
        status = self.cleaned_data["status"]
        if status not in self.instance.allowed_statuses():
            raise forms.ValidationError(
                _("Deze wijziging van de status kan niet. Laat de persoon zo nodig een nieuwe aanvraag doen.")
            )
        return status
