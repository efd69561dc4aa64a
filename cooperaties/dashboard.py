"""What the directory asks of the secretariat, for its start page (portal/dashboard.py)."""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.admin_tools import changelist_url

from .models import ChangeRequest, Cooperatie, CorrectionReport, Message


def waiting():
    return [
        {
            "label": _("Wijzigingen die coöperaties voorstellen"),
            "count": ChangeRequest.objects.filter(status=ChangeRequest.Status.OPEN).count(),
            "url": changelist_url(ChangeRequest, status__exact=ChangeRequest.Status.OPEN),
        },
        {
            "label": _("Meldingen over coöperaties"),
            "count": CorrectionReport.objects.filter(handled=False).count(),
            "url": changelist_url(CorrectionReport, handled__exact=0),
        },
        {
            "label": _("Berichten voor coöperaties zonder contactadres (doorsturen of bellen)"),
            "count": Message.objects.waiting_for_secretariat().count(),
            "url": changelist_url(Message, route__exact=Message.Route.SECRETARIAAT, handled__exact=0),
        },
        {
            "label": _("Niet recent bevestigd (coöperaties die niet antwoordden op de jaarlijkse vraag)"),
            "count": Cooperatie.objects.not_recently_verified(
                now=timezone.now(), answer_days=settings.COOPERATIES_CHECK_ANSWER_DAYS
            ).count(),
            "url": changelist_url(Cooperatie, bevestiging="niet-recent"),
        },
    ]
