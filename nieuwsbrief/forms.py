import csv

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import EditionItem


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    name = forms.CharField(
        label=_("Naam (niet verplicht)"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    organisation = forms.CharField(
        label=_("Organisatie (niet verplicht)"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    # Honeypot: hidden from people (CSS and aria), filled in by bots.
    website = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        template_name="nieuwsbrief/forms/honeypot_field.html",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_bot(self):
        return bool(self.cleaned_data.get("website"))


class EditionItemForm(forms.ModelForm):
    """An item's order, title, text and link. Portal content is picked on the 'Samenstellen' page,
    which copies its title, text and link in; here they can be shortened or reworded."""

    class Meta:
        model = EditionItem
        fields = ["position", "title", "text", "url"]
        error_messages = {"title": {"required": _("Vul een titel in.")}}


EMAIL_COLUMNS = {"email address", "e-mailadres", "emailadres", "email", "e-mail", "e-mail address"}
MAX_IMPORT_BYTES = 10 * 1024 * 1024


class UnsubscribeImportForm(forms.Form):
    """The unsubscribed or cleaned export of Mailchimp, Laposta or listmonk (CSV)."""

    file = forms.FileField(
        label=_("Het bestand met afgemelde adressen (CSV)"),
        help_text=_(
            "Uit Mailchimp: de export van ‘Unsubscribed’ of ‘Cleaned’. Uit Laposta of listmonk: de export van "
            "afgemelde relaties. De kolom met het e-mailadres vinden wij zelf."
        ),
        error_messages={"required": _("Kies een bestand.")},
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(_("Dit bestand is te groot (meer dan 10 MB)."))
        try:
            text = upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(
                _("Dit bestand is geen CSV in UTF-8. Exporteer het opnieuw als CSV.")
            ) from error
        addresses = addresses_in(text)
        if not addresses:
            raise forms.ValidationError(_("In dit bestand staat geen kolom met e-mailadressen."))
        return addresses


def addresses_in(text):
    """The e-mail addresses in a CSV: the column whose header names an address, else the first with an @."""
    lines = text.splitlines()
    if not lines:
        return []
    try:
        dialect = csv.Sniffer().sniff(lines[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(lines, dialect))
    header = [cell.strip().lower() for cell in rows[0]]
    column = next((index for index, name in enumerate(header) if name in EMAIL_COLUMNS), None)
    body = rows[1:] if column is not None else rows
    if column is None:
        column = next((index for index, cell in enumerate(rows[0]) if "@" in cell), None)
        if column is None:
            return []
    return [row[column].strip() for row in body if len(row) > column and "@" in row[column]]
