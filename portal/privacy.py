"""The register of personal data: what the portal keeps about people, why, who sees it and how long.

Every model of the portal's apps declares ``privacy = Personal(...)`` or ``privacy = NOT_PERSONAL``
(a test fails for a model that does not). The register is the one source for the retention job
(`manage.py apply_retention`), the privacy statement (/privacy/) and "Download mijn gegevens".
"""

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.core import checks
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class NotPersonal:
    """This model holds no personal data."""


NOT_PERSONAL = NotPersonal()


@dataclass(frozen=True)
class Personal:
    """``fields``: field name → what it is, in plain Dutch. ``owner``: the lookup from this model to
    the account the data is about (for the download), or "" when it cannot be tied to an account."""

    fields: dict
    purpose: str
    seen_by: str
    retention: str
    owner: str = ""
    owner_email: str = ""
    # Rules for some of the fields that end sooner than the model's own (access needs, for example).
    extra_retention: tuple = ()


@dataclass(frozen=True)
class RetentionRule:
    """How long data is kept. ``job``: dotted path of ``job(*, now, dry_run) -> count`` that enforces it."""

    key: str
    description: str
    job: str = ""
    days: int | None = None
    # For a rule about data outside the portal's own models: what that data is, as /privacy/ names it.
    about: str = ""


# When the statements last changed; whoever changes them (the register, a rule, the text) sets the date here.
STATEMENT_UPDATED = datetime.date(2026, 12, 7)
ACCESSIBILITY_UPDATED = datetime.date(2026, 12, 6)


def shortest_and_longest():
    """The shortest and longest period of the retention rules, said plainly, for the statement's summary."""
    periods = settings.PRIVACY_RETENTION_DAYS.values()
    return spoken_period(min(periods)), spoken_period(max(periods))


def spoken_period(days):
    """A period as people say it: '30 dagen', '3 maanden', '6 maanden', '2 jaar' (never '730 dagen')."""
    if days <= 60:
        return f"{days} dagen"
    if days % 365 == 0 or abs(days - round(days / 365) * 365) <= 3:
        years = round(days / 365)
        return "1 jaar" if years == 1 else f"{years} jaar"
    months = round(days / 30.44)
    return "1 maand" if months == 1 else f"{months} maanden"


def days(key):
    return settings.PRIVACY_RETENTION_DAYS[key]


def rules():
    """Every rule, with its period from settings filled into its description."""
    periods = settings.PRIVACY_RETENTION_DAYS
    return {
        "account": RetentionRule(
            "account",
            _(
                "Zolang het account bestaat. U kunt het zelf verwijderen. Een account dat nooit is bevestigd, "
                "wissen wij na %(days)s."
            )
            % {"days": spoken_period(periods["unverified_accounts"])},
            "alliantie.retention.erase_unverified_accounts",
            periods["unverified_accounts"],
        ),
        "membership": RetentionRule(
            "membership",
            _("Zolang de koppeling loopt. Een geweigerde of beëindigde aanvraag wissen wij na %(days)s.")
            % {"days": spoken_period(periods["ended_memberships"])},
            "alliantie.retention.erase_ended_memberships",
            periods["ended_memberships"],
        ),
        "access_needs": RetentionRule(
            "access_needs",
            _("Wat u nodig heeft om mee te doen en uw dieetwensen: tot %(days)s na de activiteit.")
            % {"days": spoken_period(periods["access_needs"])},
            "agenda.retention.erase_access_needs",
            periods["access_needs"],
        ),
        "registration": RetentionRule(
            "registration",
            _("Uw aanmelding: tot %(days)s na de activiteit. Daarna halen wij uw naam weg; alleen het aantal blijft.")
            % {"days": spoken_period(periods["registrations"])},
            "agenda.retention.anonymise_registrations",
            periods["registrations"],
        ),
        "proposer": RetentionRule(
            "proposer",
            _("Tot %(days)s nadat het secretariaat over de aanmelding heeft besloten.")
            % {"days": spoken_period(periods["proposers"])},
            "cooperaties.retention.erase_proposers",
            periods["proposers"],
        ),
        "change_requests": RetentionRule(
            "change_requests",
            _("Tot %(days)s nadat het secretariaat over de wijziging heeft besloten.")
            % {"days": spoken_period(periods["proposers"])},
            "cooperaties.retention.erase_decided_change_requests",
            periods["proposers"],
        ),
        "reporters": RetentionRule(
            "reporters",
            _("Tot %(days)s na uw melding over een coöperatie.") % {"days": spoken_period(periods["reporters"])},
            "cooperaties.retention.erase_reporters",
            periods["reporters"],
        ),
        "relayed_messages": RetentionRule(
            "relayed_messages",
            _(
                "Tot %(days)s nadat wij uw bericht aan een coöperatie hebben doorgestuurd. Zo kan het "
                "secretariaat nagaan of het aankwam, als u of de coöperatie daarnaar vraagt. Daarna wissen wij het."
            )
            % {"days": spoken_period(periods["relayed_messages"])},
            "cooperaties.retention.erase_relayed_messages",
            periods["relayed_messages"],
        ),
        "subscriber": RetentionRule(
            "subscriber",
            _(
                "Zolang u de nieuwsbrief krijgt. Een aanmelding die u niet bevestigt, wissen wij na %(days)s. "
                "Na afmelden houden wij alleen uw e-mailadres en de datum, zodat wij u niets meer sturen."
            )
            % {"days": spoken_period(periods["unconfirmed_subscriptions"])},
            "nieuwsbrief.retention.erase_unconfirmed_and_unsubscribed",
            periods["unconfirmed_subscriptions"],
        ),
        "consent": RetentionRule(
            "consent",
            _("Als bewijs van uw toestemming: zolang u de nieuwsbrief krijgt en %(days)s daarna.")
            % {"days": spoken_period(periods["consent_proof"])},
            "nieuwsbrief.retention.erase_old_consent_proof",
            periods["consent_proof"],
        ),
        "outgoing_mail": RetentionRule(
            "outgoing_mail",
            _("Een verstuurde e-mail %(sent)s, een mislukte %(failed)s.")
            % {"sent": spoken_period(periods["sent_mail"]), "failed": spoken_period(periods["failed_mail"])},
            "portal.outbox.retention.erase_old_mail",
            periods["sent_mail"],
        ),
        "audit_trail": RetentionRule(
            "audit_trail",
            _("Als bewijs van wat het secretariaat besloot: %(days)s.")
            % {"days": spoken_period(periods["audit_trail"])},
            "portal.retention.erase_old_audit_trail",
            periods["audit_trail"],
            _("Wat het secretariaat deed"),
        ),
        "story": RetentionRule(
            "story",
            _(
                "Een verhaal staat op de website tot u of het secretariaat het weghaalt. Een verhaal dat niet op "
                "de website komt of is weggehaald, wissen wij na %(days)s; uw contactgegevens ook bij een "
                "geplaatst verhaal na %(days)s. Met uw eigen link wist u het verhaal meteen."
            )
            % {"days": spoken_period(periods["stories"])},
            "verhalen.retention.erase_old_stories",
            periods["stories"],
        ),
        "posting": RetentionRule(
            "posting",
            _(
                "Een vraag of aanbod van een coöperatie staat op de website tot de einddatum. %(days)s na "
                "die datum wissen wij het; een vraag of aanbod dat niet op de website kwam %(days)s na het "
                "besluit."
            )
            % {"days": spoken_period(periods["postings"])},
            "vraagaanbod.retention.erase_ended_postings",
            periods["postings"],
        ),
        "exchange_answer": RetentionRule(
            "exchange_answer",
            _(
                "Een antwoord in de uitwisseling staat op de website zolang het profiel van de coöperatie bestaat en "
                "gaat weg met dat profiel. Een afgewezen antwoord wissen wij na %(days)s."
            )
            % {"days": spoken_period(periods["refused_answers"])},
            "uitwisseling.retention.erase_refused_answers",
            periods["refused_answers"],
        ),
        "rate_counter": RetentionRule(
            "rate_counter",
            _("Tot de telling afloopt, na hoogstens een uur. Elk uur wissen wij de tellingen die zijn afgelopen."),
            "portal.retention.erase_expired_rate_counters",
        ),
        "sessions": RetentionRule(
            "sessions",
            _("Tot u uitlogt of de sessie verloopt; verlopen sessies wissen wij elke dag."),
            "portal.retention.clear_expired_sessions",
            about=_("Inlogsessies"),
        ),
        "second_factor": RetentionRule(
            "second_factor",
            _(
                "Zolang het account bestaat. Medewerkers van het secretariaat hebben een tweede stap: de sleutel "
                "van hun app en hun herstelcodes. Die gaan weg met het account, of eerder als een hoofdbeheerder "
                "de tweede stap wist."
            ),
            about=_("De tweede stap van medewerkers"),
        ),
        "public_role": RetentionRule(
            "public_role",
            _("Zolang het hoort bij de openbare geschiedenis van de Alliantie. Op verzoek halen wij het weg."),
        ),
        "public_profile": RetentionRule(
            "public_profile",
            _("Zolang het openbare profiel van de coöperatie bestaat."),
        ),
    }


def portal_models():
    # The shared app is no part of PORTAL_APPS, but its rate counters hold addresses too.
    names = {"portal", *settings.PORTAL_APPS}
    return [model for config in apps.get_app_configs() if config.name in names for model in config.get_models()]


@dataclass
class Entry:
    model: type
    privacy: Personal
    rules: list = field(default_factory=list)

    @property
    def name(self):
        return self.model._meta.verbose_name_plural

    def field_labels(self):
        return [(self.model._meta.get_field(name).verbose_name, what) for name, what in self.privacy.fields.items()]


def register():
    """The personal data of every portal model, with its rule."""
    all_rules = rules()
    return [
        Entry(
            model, model.privacy, [all_rules[key] for key in (*model.privacy.extra_retention, model.privacy.retention)]
        )
        for model in portal_models()
        if isinstance(getattr(model, "privacy", None), Personal)
    ]


def rules_without_a_model():
    """Rules for data outside the portal's own models (sessions, the audit trail)."""
    used = {rule.key for entry in register() for rule in entry.rules}
    return [rule for key, rule in rules().items() if key not in used]


def declaration_problems(models_to_check):
    """What is wrong with these models' declarations; empty when each declares its data and a known rule."""
    found, all_rules = [], rules()
    for model in models_to_check:
        privacy = getattr(model, "privacy", None)
        if privacy is NOT_PERSONAL:
            continue
        if not isinstance(privacy, Personal):
            found.append(f"{model._meta.label}: declares no personal data and no rule")
            continue
        found += [
            f"{model._meta.label}: unknown rule {key}"
            for key in (privacy.retention, *privacy.extra_retention)
            if key not in all_rules
        ]
        names = {model_field.name for model_field in model._meta.get_fields()}
        found += [f"{model._meta.label}.{name}: no such field" for name in privacy.fields if name not in names]
    return found


@checks.register()
def check_register(app_configs=None, **kwargs):
    """`manage.py check` (and so every start and test run) fails on an undeclared model."""
    return [checks.Error(problem, id="alliantie.E001") for problem in declaration_problems(portal_models())]


def apply_retention(*, now, dry_run=False):
    """Run every rule's job; returns [(rule, count)]. With dry_run nothing changes."""
    results = []
    for rule in rules().values():
        if rule.job:
            results.append((rule, import_string(rule.job)(now=now, dry_run=dry_run)))
    return results
