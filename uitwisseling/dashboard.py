"""What the exchange asks of the secretariat, for its start page (portal/dashboard.py)."""

from django.utils.translation import gettext_lazy as _

from portal.admin_tools import changelist_url

from .models import Answer


def waiting():
    return [
        {
            "label": _("Antwoorden van coöperaties in de uitwisseling"),
            "count": Answer.objects.waiting().count(),
            "url": changelist_url(Answer, status__exact=Answer.Status.INGEDIEND),
        },
    ]
