"""What vraag en aanbod asks of the secretariat, for its start page (portal/dashboard.py)."""

from django.utils.translation import gettext_lazy as _

from portal.admin_tools import changelist_url

from .models import Posting


def waiting():
    return [
        {
            "label": _("Vragen en aanbod van coöperaties"),
            "count": Posting.objects.awaiting_decision().count(),
            "url": changelist_url(Posting, status__exact=Posting.Status.INGEDIEND),
        },
    ]
