"""Forms of the agenda: the filters on the list, registering and changing workshop."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from alliantie.models import Organisation
from portal.honeypot import HoneypotMixin

from .models import Event


class EventFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("Soort"), required=False)
    region = forms.ChoiceField(label=_("Regio"), required=False)

    def __init__(self, *args, regions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("Alle soorten")), *Event.Kind.choices]
        self.fields["region"].choices = [("", _("Alle regio's")), *((r, r) for r in regions)]

    def filter(self, queryset):
        """Apply the valid choices only: an unknown value in the address never breaks the page."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        if data.get("kind"):
            queryset = queryset.filter(kind=data["kind"])
        if data.get("region"):
            queryset = queryset.filter(region=data["region"])
        return queryset


def seats_label(workshop):
    left = workshop.seats_left
    if left is None:
        return ""
    if left == 0:
        return str(_("vol: wachtlijst"))
    return ngettext("nog %(count)d plaats", "nog %(count)d plaatsen", left) % {"count": left}


class WorkshopChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, workshop):
        parts = [workshop.title]
        if workshop.time_slot:
            parts.append(f"({workshop.time_slot})")
        label = " ".join(parts)
        seats = seats_label(workshop)
        return f"{label} – {seats}" if seats else label


RANK_LABELS = (_("Uw eerste keus"), _("Uw tweede keus (niet verplicht)"), _("Uw derde keus (niet verplicht)"))


class RegistrationForm(forms.Form):
    workshop = WorkshopChoiceField(
        label=_("Welke werkgroep kiest u?"),
        queryset=None,
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={
            "required": _("Kies een werkgroep."),
            "invalid_choice": _("Deze werkgroep bestaat niet (meer). Kies een andere."),
        },
        help_text=_("Is een werkgroep vol? Dan komt u op de wachtlijst. U krijgt een e-mail als er plaats is."),
    )
    access_needs = forms.CharField(
        label=_("Wat heeft u nodig om goed mee te doen? (niet verplicht)"),
        help_text=_("Bijvoorbeeld: rolstoelplek, ringleiding of een tolk. Alleen het secretariaat ziet dit."),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    dietary = forms.CharField(
        label=_("Dieetwensen (niet verplicht)"),
        help_text=_("Bijvoorbeeld: vegetarisch of glutenvrij. Alleen het secretariaat ziet dit."),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, workshops, preferences=False, **kwargs):
        super().__init__(*args, **kwargs)
        # None when the event has no workshops; a queryset is not evaluated here (the field asks for its one row).
        self.ranked = workshops is not None and preferences
        if workshops is not None and not preferences:
            self.fields["workshop"].queryset = workshops
            return
        del self.fields["workshop"]
        if self.ranked:
            # Three choices first, before the other fields, each a list of all workshops.
            ranked = {}
            for rank, label in enumerate(RANK_LABELS, start=1):
                ranked[f"choice_{rank}"] = forms.ModelChoiceField(
                    label=label,
                    queryset=workshops,
                    required=rank == 1,
                    empty_label=_("(geen)") if rank > 1 else _("Kies een werkgroep"),
                    error_messages={
                        "required": _("Kies uw eerste keus."),
                        "invalid_choice": _("Deze werkgroep bestaat niet (meer). Kies een andere."),
                    },
                    help_text=_(
                        "Wanneer u zich aanmeldt maakt niet uit: na de sluitdatum verdelen wij de plaatsen door loting."
                    )
                    if rank == 1
                    else "",
                )
            self.fields = {**ranked, **self.fields}

    def clean(self):
        cleaned = super().clean()
        if self.ranked:
            seen = set()
            for rank in range(1, len(RANK_LABELS) + 1):
                workshop = cleaned.get(f"choice_{rank}")
                if workshop is None:
                    continue
                if workshop.pk in seen:
                    self.add_error(f"choice_{rank}", _("Deze werkgroep koos u al. Kies een andere of kies ‘(geen)’."))
                seen.add(workshop.pk)
        return cleaned

    def preference_list(self):
        if not self.ranked:
            return []
        ranks = range(1, len(RANK_LABELS) + 1)
        return [self.cleaned_data[f"choice_{r}"] for r in ranks if self.cleaned_data.get(f"choice_{r}")]

    def registration_details(self):
        """What ``services.register`` takes from this form, whoever registers whom."""
        return {
            "workshop": self.cleaned_data.get("workshop"),
            "preferences": self.preference_list(),
            "access_needs": self.cleaned_data["access_needs"],
            "dietary": self.cleaned_data["dietary"],
        }


class ChangeWorkshopForm(forms.Form):
    workshop = WorkshopChoiceField(
        label=_("Kies een andere werkgroep"),
        queryset=None,
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={
            "required": _("Kies een werkgroep."),
            "invalid_choice": _("Deze werkgroep kunt u niet kiezen. Kies een andere."),
        },
    )

    def __init__(self, *args, workshops, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["workshop"].queryset = workshops


class ColleagueRegistrationForm(RegistrationForm):
    """A contact person (or the secretariat) registers someone else, who may have no e-mail address."""

    guest_name = forms.CharField(
        label=_("Naam van uw collega"),
        max_length=200,
        error_messages={"required": _("Vul de naam in van wie u aanmeldt.")},
    )
    guest_email = forms.EmailField(
        label=_("E-mailadres van uw collega (niet verplicht)"),
        help_text=_("Heeft uw collega geen e-mail? Laat dit leeg. Dan krijgt u de berichten over de aanmelding."),
        required=False,
        error_messages={"invalid": _("Vul een e-mailadres in zoals naam@voorbeeld.nl, of laat het leeg.")},
    )
    field_order = ["guest_name", "guest_email", "workshop", "access_needs", "dietary"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "workshop" in self.fields:
            self.fields["workshop"].label = _("Welke werkgroep?")
            self.fields["workshop"].help_text = _("Is een werkgroep vol? Dan komt uw collega op de wachtlijst.")
        self.fields["access_needs"].label = _("Wat heeft uw collega nodig om goed mee te doen? (niet verplicht)")


class PhoneRegistrationForm(ColleagueRegistrationForm):
    """The secretariat registers someone who phoned or wrote: member or not, with or without e-mail."""

    organisation = forms.ModelChoiceField(
        label=_("Namens welke organisatie? (niet verplicht)"), queryset=None, required=False
    )
    guest_phone = forms.RegexField(
        label=_("Telefoonnummer (niet verplicht)"),
        regex=r"^\+?[0-9][0-9 ()./-]{7,18}[0-9]$",
        required=False,
        max_length=20,
        help_text=_("Zonder e-mailadres staat dit nummer op de belijst van de activiteit."),
        error_messages={"invalid": _("Vul een telefoonnummer in zoals 06 12345678, of laat het leeg.")},
    )
    travel_costs = forms.BooleanField(label=_("Vraagt een vergoeding van de reiskosten"), required=False)
    childcare = forms.IntegerField(label=_("Kinderopvang voor hoeveel kinderen?"), min_value=0, max_value=20, initial=0)
    field_order = [
        "guest_name",
        "guest_email",
        "guest_phone",
        "organisation",
        "workshop",
        "access_needs",
        "dietary",
        "travel_costs",
        "childcare",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.active()
        self.fields["guest_name"].label = _("Naam")
        self.fields["guest_email"].label = _("E-mailadres (niet verplicht)")
        self.fields["guest_email"].help_text = _("Zonder e-mailadres gaan de berichten naar u (het secretariaat).")


PHONE_PATTERN = r"^\+?[0-9][0-9 ()./-]{7,18}[0-9]$"


class OpenRegistrationForm(HoneypotMixin, RegistrationForm):
    """Someone without an account registers themselves for an event open to everyone."""

    guest_name = forms.CharField(label=_("Uw naam"), max_length=200, error_messages={"required": _("Vul uw naam in.")})
    guest_email = forms.EmailField(
        label=_("Uw e-mailadres"),
        required=False,
        help_text=_("Dan krijgt u een bevestiging en een herinnering. Geen e-mail? Vul dan uw telefoonnummer in."),
        error_messages={"invalid": _("Vul een e-mailadres in zoals naam@voorbeeld.nl, of laat het leeg.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    guest_phone = forms.RegexField(
        label=_("Uw telefoonnummer"),
        regex=PHONE_PATTERN,
        required=False,
        max_length=20,
        help_text=_("Dan belt het secretariaat u als er iets verandert. Bijvoorbeeld: 06 12345678."),
        error_messages={"invalid": _("Vul een telefoonnummer in zoals 06 12345678, of laat het leeg.")},
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    travel_costs = forms.BooleanField(
        label=_("Ik vraag een vergoeding van mijn reiskosten"),
        required=False,
        help_text=_("Het secretariaat neemt contact met u op over hoe u uw kosten doorgeeft."),
    )
    childcare = forms.TypedChoiceField(
        label=_("Heeft u kinderopvang nodig?"),
        coerce=int,
        choices=[(0, _("Nee")), (1, _("Ja, voor 1 kind")), (2, _("Ja, voor 2 kinderen")), (3, _("Ja, voor 3 of meer"))],
        initial=0,
        widget=forms.RadioSelect,
    )
    field_order = ["guest_name", "guest_email", "guest_phone"]

    def clean(self):
        cleaned = super().clean()
        reachable = cleaned.get("guest_email") or cleaned.get("guest_phone")
        if not reachable and not self.has_error("guest_email") and not self.has_error("guest_phone"):
            self.add_error("guest_email", _("Vul uw e-mailadres of uw telefoonnummer in."))
        return cleaned

    def registration_details(self):
        return {
            **super().registration_details(),
            "guest_name": self.cleaned_data["guest_name"],
            "guest_email": self.cleaned_data["guest_email"],
            "guest_phone": self.cleaned_data["guest_phone"],
            "travel_costs": self.cleaned_data["travel_costs"],
            "childcare": self.cleaned_data["childcare"],
        }
