"""Everything the portal holds about one person, read through the register (portal/privacy.py)."""

from django.db.models import Q
from django.http import JsonResponse
from django.utils import timezone

from portal.privacy import register


def _value(obj, name):
    value = getattr(obj, name)
    if hasattr(obj, f"get_{name}_display"):
        return str(getattr(obj, f"get_{name}_display")())
    if hasattr(value, "isoformat"):
        return timezone.localtime(value).isoformat() if hasattr(value, "tzinfo") and value.tzinfo else value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool, list, dict)):
        return value
    return str(value)


def collect(user):
    """[{"wat": …, "rijen": [{veld: waarde}]}] for every kind of data that is about ``user``."""
    sections = []
    for entry in register():
        conditions = Q()
        if entry.privacy.owner:
            conditions |= Q(**{entry.privacy.owner: user.pk})
        if entry.privacy.owner_email and user.email:
            conditions |= Q(**{f"{entry.privacy.owner_email}__iexact": user.email})
        if not conditions:
            continue
        section = section_of(entry, entry.model._default_manager.filter(conditions))
        if section:
            sections.append(section)
    return sections


def section_of(entry, rows, *, named=False):
    """One kind of data in the shape of ``collect``: None when ``rows`` is empty. ``named``: each row starts with
    what it is about ("Truus – Alliantiedag Zwolle"), for the secretariat, who reads it to someone on the phone."""
    rows = [
        {
            **({"Over": str(obj)} if named else {}),
            **{str(entry.model._meta.get_field(name).verbose_name): _value(obj, name) for name in entry.privacy.fields},
        }
        for obj in rows
    ]
    return {"wat": str(entry.name), "waarom": str(entry.privacy.purpose), "rijen": rows} if rows else None


def download(user, filename="mijn-gegevens-sociale-alliantie.json", sections=None):
    """``collect(user)`` (or ``sections``) as a JSON file to download (Mijn account, the secretariat's admin
    action and its page of one person)."""
    response = JsonResponse(
        {"gemaakt": timezone.now().isoformat(), "gegevens": collect(user) if sections is None else sections},
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
