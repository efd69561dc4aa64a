"""Finding one person across the apps, with or without an account (CiviCRM's contact as the model).

A person is known by one key: their account, or else an e-mail address, a phone number or only a name, the
way the secretariat would recognise a caller. Which rows belong to a key follows the privacy register
(portal/privacy.py) plus the fields below, which name people who have no account.
"""

import re
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import F, Func, Q, Value

from portal.privacy import register

# Per model: the fields that name someone without an account. The register's ``owner_email`` covers e-mail
# where an app declared it; these add the guest's name, a guest address the register does not tie to an
# owner, and phone numbers typed as free text.
GUEST_FIELDS = {
    "agenda.Registration": {"name": "guest_name", "email": "guest_email", "phone": "guest_phone"},
    "cooperaties.Message": {"name": "name", "email": "email", "phone": "phone"},
    "agenda.WorkshopPreference": {
        "name": "registration__guest_name",
        "email": "registration__guest_email",
        "phone": "registration__guest_phone",
    },
    "nieuwsbrief.Subscriber": {"name": "name", "email": "email"},
    "nieuwsbrief.Consent": {"name": "subscriber__name", "email": "subscriber__email"},
    "verhalen.Story": {"name": "name", "email": "contact", "phone": "contact"},
}

KINDS = {"account": "account", "email": "e-mailadres", "phone": "telefoonnummer", "name": "naam"}
MIN_PHONE_DIGITS = 6


def digits(text):
    return re.sub(r"\D", "", text or "")


def looks_like_phone(text):
    return len(digits(text)) >= MIN_PHONE_DIGITS and not re.search(r"[A-Za-z@]", text)


class Digits(Func):
    """Only the digits of a column, so "06-1234 5678" and "0612345678" are the same number."""

    function = "regexp_replace"

    def __init__(self, expression):
        super().__init__(F(expression), Value(r"\D"), Value(""), Value("g"))


@dataclass
class Person:
    kind: str
    value: str
    label: str = ""
    found_in: dict = field(default_factory=dict)

    @property
    def kind_label(self):
        return KINDS[self.kind]

    def account(self):
        return get_user_model().objects.filter(pk=self.value).first() if self.kind == "account" else None


def key_of(name, email, phone):
    """The key of a row without an account: its address, else its phone number, else its name."""
    if email and "@" in email:
        return "email", email.strip().lower()
    if phone and looks_like_phone(phone):
        return "phone", digits(phone)
    return "name", name.strip()


def _owner_is_empty(entry):
    return Q(**{f"{entry.privacy.owner}__isnull": True}) if entry.privacy.owner else Q()


def rows_for(person):
    """[(register entry, queryset)] of everything held about ``person``, in the register's order."""
    found = []
    for entry in register():
        rows = _rows(entry, person)
        if rows is not None and rows.exists():
            found.append((entry, rows))
    return found


def _rows(entry, person):
    manager, guest = entry.model._default_manager, GUEST_FIELDS.get(entry.model._meta.label, {})
    if person.kind == "account":
        user = person.account()
        conditions = Q(**{entry.privacy.owner: user.pk}) if entry.privacy.owner and user else Q()
        if entry.privacy.owner_email and user and user.email:
            conditions |= Q(**{f"{entry.privacy.owner_email}__iexact": user.email})
        return manager.filter(conditions) if conditions else None
    if person.kind == "phone":
        if "phone" not in guest:
            return None
        return manager.annotate(_digits=Digits(guest["phone"])).filter(_digits=person.value)
    if person.kind == "email":
        conditions = Q()
        for lookup in {entry.privacy.owner_email, guest.get("email")} - {None, ""}:
            conditions |= Q(**{f"{lookup}__iexact": person.value})
        return manager.filter(conditions) if conditions else None
    if "name" not in guest:
        return None
    rows = manager.filter(_owner_is_empty(entry), **{f"{guest['name']}__iexact": person.value})
    # Rows with an address or phone number belong to that key, not to everyone with the same name.
    for lookup in {guest.get("email"), guest.get("phone")} - {None}:
        rows = rows.filter(**{lookup: ""})
    return rows


def search(query, limit=200):
    """Everyone whose name, e-mail address or phone number matches ``query``, one Person per key."""
    query = query.strip()
    if len(query) < 2:
        return []
    people = {}
    users = get_user_model().objects.filter(_words(query, ["first_name", "last_name", "email"]))
    for user in users.order_by("last_name", "first_name")[:limit]:
        person = Person("account", str(user.pk), f"{user.get_full_name() or user.username} ({user.email})")
        people[("account", str(user.pk))] = person
    for entry in register():
        guest = GUEST_FIELDS.get(entry.model._meta.label)
        if not guest or "__" in guest["name"]:
            continue
        rows = entry.model._default_manager.filter(_owner_is_empty(entry))
        conditions = _words(query, [guest["name"], guest["email"]])
        if "phone" in guest and looks_like_phone(query):
            rows = rows.annotate(_digits=Digits(guest["phone"]))
            conditions |= Q(_digits__contains=digits(query))
        fields = [guest["name"], guest["email"], guest.get("phone", guest["email"])]
        for name, email, phone in rows.filter(conditions).values_list(*fields)[:limit]:
            kind, value = key_of(name, email, phone if "phone" in guest else "")
            person = people.setdefault((kind, value), Person(kind, value, name or value))
            person.found_in[str(entry.name)] = person.found_in.get(str(entry.name), 0) + 1
    return sorted(people.values(), key=lambda person: (person.kind != "account", person.label.lower()))


def _words(query, lookups):
    """Every word in one of the lookups (a name typed as "Jan Jansen" finds first and last name)."""
    conditions = Q()
    for word in query.split():
        either = Q()
        for lookup in lookups:
            either |= Q(**{f"{lookup}__icontains": word})
        conditions &= either
    return conditions
