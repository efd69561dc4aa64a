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
    """Pick portal content (soort + id) and leave the rest empty: title, text and link are copied in."""

    class Meta:
        model = EditionItem
        fields = ["position", "title", "text", "url", "content_type", "object_id"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False

    def clean(self):
        from .proposals import fill_from_content

        cleaned = super().clean()
        content_type, object_id = cleaned.get("content_type"), cleaned.get("object_id")
        if bool(content_type) != bool(object_id):
            raise forms.ValidationError(_("Kies bij portal-inhoud zowel de soort als het id, of laat beide leeg."))
        if content_type and object_id:
            model = content_type.model_class()
            obj = model._default_manager.filter(pk=object_id).first() if model else None
            if obj is None:
                self.add_error("object_id", _("Er is geen %(kind)s met dit id.") % {"kind": content_type.name})
                return cleaned
            self.instance.content_object = obj
            self.instance.title = cleaned.get("title") or ""
            self.instance.text = cleaned.get("text") or ""
            self.instance.url = cleaned.get("url") or ""
            fill_from_content(self.instance)
            cleaned.update(title=self.instance.title, text=self.instance.text, url=self.instance.url)
        elif not cleaned.get("title"):
            self.add_error("title", _("Vul een titel in, of kies inhoud van de portal."))
        return cleaned
