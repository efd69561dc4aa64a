"""What the manifest asks of the secretariat, for its start page (portal/dashboard.py)."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.admin_tools import changelist_url

from .models import CbsLink, CbsObservation


def waiting():
    return [
        {
            "label": _("Nieuwe cijfers van CBS om te controleren"),
            "count": CbsObservation.objects.to_check().count(),
            "url": changelist_url(CbsObservation, status__exact=CbsObservation.Status.TE_CONTROLEREN),
        },
        {
            "label": _("Koppelingen met CBS waarbij het ophalen misging"),
            "count": CbsLink.objects.filter(~Q(last_error="")).count(),
            "url": changelist_url(CbsLink),
        },
    ]
