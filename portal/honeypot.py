"""The spam trap of every public form: a field hidden from people (CSS and screen readers) that bots fill in."""

from django import forms
from django.utils.translation import gettext_lazy as _


class HoneypotMixin(forms.Form):
    fax = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        template_name="cooperaties/honeypot_field.html",
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get("fax"))
