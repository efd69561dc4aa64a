"""The consent text shown next to the subscribe button. Change the text → raise the version,
so that every consent record tells which words the subscriber agreed to."""

from django.utils.translation import gettext_lazy as _

CONSENT_TEXT_VERSION = "1"
CONSENT_TEXT = _(
    "Wij sturen u de digitale nieuwsbrief van de Sociale Alliantie. "
    "Wij gebruiken uw e-mailadres, naam en organisatie alleen daarvoor. "
    "U kunt zich altijd weer afmelden, met de link onder elke nieuwsbrief."
)
