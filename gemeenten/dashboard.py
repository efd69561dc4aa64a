"""What the municipal pages ask of the secretariat, for its start page (portal/dashboard.py)."""

from django.utils.translation import gettext_lazy as _

from portal.admin_tools import changelist_url

from .models import LocalLink


def waiting():
    return [
        {
            "label": _("Tips voor de pagina's van gemeenten"),
            "count": LocalLink.objects.waiting().count(),
            "url": changelist_url(LocalLink, status__exact=LocalLink.Status.INGEDIEND),
        },
    ]
