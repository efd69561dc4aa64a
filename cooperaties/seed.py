"""The nine sociale coöperaties of the werkboek (seed 001), with what seeds 000 and 001 say of each.

Only facts from the documents: where they give no place, year, legal form or website, the field
stays empty. Whether a coöperatie is open to new members is not in the documents: unknown (None).
The documents do not say which basisdocument themes each one exchanges on, so no themes are set.
Domains are only set where the text names them (quoted in the comments).
"""

from django.core.management import call_command

from .models import Cooperatie, Domain, LegalForm, Province

COOPERATIES = [
    {
        "slug": "lucas-community",
        "name": "Lucas Community",
        "summary": "Waar mensen weer greep krijgen op de leefomstandigheden in de eigen buurt.",
        "description": (
            "Een groep buurtbewoners uit de Amsterdamse wijk Osdorp heeft enkele jaren geleden de Lucas Community "
            "opgezet om voor en met buurtbewoners de kwaliteit van leven in de wijk te verbeteren. Intussen levert "
            "de community een breed scala van producten en diensten op het gebied van zorg, welzijn, leefbaarheid "
            "en sociaal-economische ontwikkeling.\n\n"
            "De community startte als een tegenbeweging. Tegen de gevestigde orde en haar instellingen. Met energie "
            "en overtuiging wilden de initiatiefnemers laten zien dat ze konden overleven en zelfs beter in staat "
            "waren aansluiting te vinden bij de bewoners. Dit zorgde niet voor een goede verstandhouding met de "
            "gevestigde instellingen, maar was wel noodzakelijk om een plek te veroveren in de lokale samenleving. "
            "Vanuit een positie van eigen kracht konden ze de relatie en samenwerking met anderen verbeteren en "
            "intensiveren. Intussen zijn ze een betrouwbare partner geworden voor de gemeente, het stadsdeel, de "
            "corporaties en maatschappelijke instellingen.\n\n"
            "De Lucas Community is een gemeenschap van gelijken, zonder formele rechtsvorm en leiding. Ieder brengt "
            "zijn of haar specifieke ervaringen, kennis en vaardigheden in. Er zijn geen betaalde professionals in "
            "dienst van de Community."
        ),
        "place": "Amsterdam",
        "province": Province.NOORD_HOLLAND,
        "legal_form": LegalForm.INFORMEEL,  # "zonder formele rechtsvorm"
        "domains": ["zorg-en-gezondheid", "leefomgeving"],  # "zorg, welzijn, leefbaarheid"
    },
    {
        "slug": "fort-vreeswijk",
        "name": "Fort Vreeswijk",
        "summary": "Waar mensen zorgvoorzieningen in hun eigen buurt houden.",
        "domains": ["zorg-en-gezondheid"],  # "zorgvoorzieningen"
    },
    {
        "slug": "duurzaam-soesterkwartier",
        "name": "Duurzaam Soesterkwartier",
        "summary": "Waar wijkbewoners elkaar ontmoeten en waar buurtinitiatieven worden ondersteund.",
        "domains": ["leefomgeving"],  # "wijkbewoners", "buurtinitiatieven"
    },
    {
        "slug": "bewonersbedrijf-heechterp-schieringen",
        "name": "Bewonersbedrijf Heechterp-Schieringen",
        "summary": "Waar mensen een plek krijgen om mee te doen in de samenleving en zich te ontplooien.",
        "description": (
            "In de Leeuwarder wijk Heechterp-Schieringen was lange tijd sprake van armoede en werkloosheid. Ook was "
            "het gevoel ‘een wijk zijn’ afwezig, waardoor veel bewoners wegtrokken. Om een einde aan deze "
            "problematiek te maken, heeft een aantal buurtbewoners in 2012 het BewonersBedrijf Heechterp-Schieringen "
            "gestart – als eerste Bewonersbedrijf in Nederland. Voor en door wijkbewoners.\n\n"
            "In de wijk lopen verschillende projecten, zoals schoonmaak, groenonderhoud en buurtpreventie. Deze "
            "werkzaamheden worden uitgevoerd door vrijwilligers uit de wijk die hiermee werkervaring op kunnen doen "
            "en een vrijwilligersvergoeding verdienen. Daarnaast kunnen zij via het BewonersBedrijf een opleiding of "
            "cursus volgen, waarmee zij hun stappen richting de arbeidsmarkt vergroten.\n\n"
            "Op deze manier verbetert het BewonersBedrijf de leefbaarheid in de wijk en dringt het tegelijkertijd de "
            "armoede terug. Het geld dat de wijk binnenkomt, wordt direct geïnvesteerd in de wijk. Daardoor wordt er "
            "goed geluisterd naar initiatieven en ideeën van de buurtbewoners: zij voelen zich weer betrokken bij de "
            "wijk."
        ),
        "place": "Leeuwarden",
        "province": Province.FRIESLAND,
        "founding_year": 2012,
        # "werkervaring", "een opleiding of cursus", "de leefbaarheid in de wijk"
        "domains": ["werk", "onderwijs", "leefomgeving"],
    },
    {
        "slug": "weggeefwinkel",
        "name": "Weggeefwinkel",
        "summary": "Waar mensen verbondenheid vinden onderling en met de buurt.",
        "domains": ["leefomgeving"],  # "met de buurt"
    },
    {
        "slug": "mijn-gereedschapskist",
        "name": "Mijn Gereedschapskist",
        "summary": "Waar mensen samen gereedschap kunnen gebruiken en praktische ervaring opdoen met deeleconomie.",
    },
    {
        "slug": "future-of-fame",
        "name": "Future of Fame",
        "summary": "Waar kwetsbare mensen ruimte en tijd krijgen om hun talenten te ontdekken en te ontwikkelen.",
    },
    {
        "slug": "de-vrije-uitloop",
        "name": "De Vrije Uitloop",
        "summary": "Waar mensen door samenwerken de kans krijgen in eigen tempo een zelfstandig bestaan op te bouwen.",
        "description": (
            "Door een burgercollectief is in Breda een regel-arme ruimte gecreëerd waar mensen via parttime "
            "ondernemerschap (een deel van) hun uitkering zelf verdienen. In de coöperatie vinden leden steun en "
            "inspiratie bij elkaar om hun vaardigheden en passies te ontwikkelen en daarmee zelfstandig inkomen te "
            "verwerven.\n\n"
            "Leden zetten hun tijd en talenten in voor elkaar en met elkaar. Zo ontstaan nieuwe kansen en hervinden "
            "mensen hun eigenwaarde. In de coöperatie bouwen mensen aan een nieuw fundament voor een zelfstandig en "
            "waardevol leven."
        ),
        "place": "Breda",
        "province": Province.NOORD_BRABANT,
        "domains": ["werk", "inkomen"],  # "parttime ondernemerschap", "zelfstandig inkomen"
    },
    {
        "slug": "vereniging-kies-en-co",
        "name": "Vereniging Kies&Co",
        "summary": (
            "Geeft steun aan het opzetten van kinderwijkraden voor en door kinderen die opgroeien in schaarste."
        ),
        "description": (
            "Kies & Co is een landelijke vereniging van en voor begeleiders van kinderwijkraden in kwetsbare wijken. "
            "In Nederland moeten 300.000 kinderen opgroeien in armoede. Ze worden dagelijks geconfronteerd met de "
            "gevolgen van geldgebrek, zoals sociale uitsluiting en beperkte ontwikkelingsmogelijkheden. Daardoor "
            "lopen ze een verhoogde kans om later zelf ook weer in armoede terecht te komen. Kies&Co wil deze cirkel "
            "doorbreken.\n\n"
            "Tijdens democratielessen op de basisscholen in de wijk werken kinderen aan hun eigen plannen voor de "
            "wijk. De kinderen weten namelijk heel goed wat er nodig is in hun buurt en zijn heel goed in staat om "
            "daar zelf praktische oplossingen voor te bedenken. Die gaan ze daarna via hun eigen kinderwijkraad ook "
            "zélf realiseren. Met een kinderwijkraad krijgen kinderen zelf een heft in handen om hun situatie te "
            "verbeteren, voor zichzelf en alle andere kinderen in de wijk.\n\n"
            "Ze worden daarbij begeleid door bewoners uit de eigen wijk, die daar weer in worden bijgestaan via "
            "Kies&Co. De kinderwijkraad kan de financiële armoede van individuele kinderen niet direct oplossen maar "
            "de contactarmoede die daar vaak aan ten grondslag ligt wel: jong geleerd, oud gedaan!"
        ),
        "province": Province.LANDELIJK,  # "een landelijke vereniging"
        "legal_form": LegalForm.VERENIGING,
        "domains": ["onderwijs", "leefomgeving"],  # "democratielessen op de basisscholen", "plannen voor de wijk"
    },
]

FIELDS = ("name", "summary", "description", "place", "province", "founding_year", "legal_form")


def load(*, examples: bool, stdout) -> None:
    call_command("load_gemeenten", stdout=stdout)
    domains = {domain.slug: domain for domain in Domain.objects.all()}
    new = 0
    for entry in COOPERATIES:
        defaults = {field: entry.get(field, Cooperatie._meta.get_field(field).get_default()) for field in FIELDS}
        defaults["status"] = Cooperatie.Status.GEPUBLICEERD
        # Created once, never overwritten: after that the coöperatie and the secretariat keep the profile
        # (a place filled in through the edit link must survive the next `make run`).
        cooperatie, created = Cooperatie.objects.get_or_create(slug=entry["slug"], defaults=defaults)
        if created:
            cooperatie.domains.set([domains[slug] for slug in entry.get("domains", []) if slug in domains])
            new += 1
    stdout.write(f"  {len(COOPERATIES)} sociale coöperaties uit het werkboek ({new} nieuw)")
