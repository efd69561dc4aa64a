"""The consent text next to the "Deel uw verhaal" button. Each story stores the exact words its
writer agreed to, so changing this text never changes what an earlier writer consented to."""

from django.utils.translation import gettext_lazy as _

CONSENT_TEXT = _(
    "Ik geef de Sociale Alliantie toestemming om mijn verhaal op deze website te zetten, "
    "met mijn naam zoals ik hierboven koos. Het secretariaat mag het verhaal korter maken of "
    "namen weglaten; als het meer wil veranderen, vraagt het mij eerst. Ik kan mijn verhaal "
    "altijd laten weghalen met de link die ik krijg."
)
