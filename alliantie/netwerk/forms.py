from django import forms
from django.contrib.auth import get_user_model
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
