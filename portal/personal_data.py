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
        rows = [
            {str(entry.model._meta.get_field(name).verbose_name): _value(obj, name) for name in entry.privacy.fields}
            for obj in entry.model._default_manager.filter(conditions)
        ]
        if rows:
            sections.append({"wat": str(entry.name), "waarom": str(entry.privacy.purpose), "rijen": rows})
    return sections


def download(user, filename="mijn-gegevens-sociale-alliantie.json"):
    """``collect(user)`` as a JSON file to download (Mijn account, and the secretariat's admin action)."""
    response = JsonResponse(
        {"gemaakt": timezone.now().isoformat(), "gegevens": collect(user)},
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
