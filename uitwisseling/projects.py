"""The regional projects of 'collectieve redzaamheid' that the organisation's documents name, per province.

Only what a document says, quoted with its source: seed 001 ("Expeditie Bestaanszekerheid", oktober 2017) names
one, in Limburg. Other provinces have none here; their page asks those who know of one to tell the secretariat.
"""

from cooperaties.models import Province

REGIONAL_PROJECTS = {
    Province.LIMBURG: {
        "quote": (
            "De bedoeling is het om projecten rond collectieve redzaamheid samen op te zetten met een provinciale "
            "organisatie die na een gezamenlijke start kan zorg dragen voor continuïteit. In de provincie Limburg "
            "is intussen het eerste project rond ‘collectieve redzaamheid’ gestart."
        ),
        "source": "Expeditie ‘Bestaanszekerheid’, Nicole Estejé en Raf Janssen, oktober 2017",
        "publication": "expeditie-bestaanszekerheid",
    },
}
