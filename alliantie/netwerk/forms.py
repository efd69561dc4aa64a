from allauth.account.forms import SignupForm
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils.translation import gettext_lazy as _

from .models import Organisation


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


class PortalSignupForm(SignupForm):
    """allauth's sign-up, without telling by its timing whether an address already has an account.

    For a new address allauth hashes the password (the slow part, by design); for a known one it only
    mails the owner. Hashing here too makes both answers take the same time.
    """

    def try_save(self, request):
        if self.account_already_exists:
            make_password(self.cleaned_data.get("password1") or "")
        return super().try_save(request)
