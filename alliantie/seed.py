"""Seed content of the network from the source documents (seeds 001 and 002). Idempotent.

Only what the documents say: organisations named as members, the chair history, and the
documents listed on the old site (without files: the files are not in the sources).
Fields the documents are silent about stay empty.
"""

import datetime

from alliantie.models import ChairTerm, Document, Organisation

L = Organisation.Level
S = Organisation.Sector

# Seed 001 names FNV, CNV, Raad van Kerken, Humanitas, Ieder(in), Cordaid and Samenwerkende
# Fondsen Urgente Noden as national organisations; seed 002 shows their logos and that of
# Kerk in Actie. Seed 004 names the Sociale Alliantie Fryslân (a regional alliance).
ORGANISATIONS = [
    {"name": "CNV", "level": L.LANDELIJK, "sector": S.VAKBEWEGING},
    {"name": "Cordaid", "level": L.LANDELIJK, "sector": ""},
    {"name": "FNV", "level": L.LANDELIJK, "sector": S.VAKBEWEGING},
    {"name": "Humanitas", "level": L.LANDELIJK, "sector": S.HUMANISTEN},
    {"name": "Ieder(in)", "level": L.LANDELIJK, "sector": ""},
    {"name": "Kerk in Actie", "level": "", "sector": S.KERKEN},
    {"name": "Raad van Kerken", "level": L.LANDELIJK, "sector": S.KERKEN},
    {"name": "Samenwerkende Fondsen Urgente Noden", "level": L.LANDELIJK, "sector": S.FONDSEN},
    {"name": "Sociale Alliantie Fryslân", "level": L.REGIONAAL, "sector": ""},
]

# Seed 002, "Voorzitterschap".
CHAIR_TERMS = [
    {
        "person_name": "Kitty de Jong",
        "organisation": "FNV",
        "role": "bestuurslid",
        "start_year": 2018,
        "start_text": "begin 2018",
        "note": "voor twee jaar",
    },
    {
        "person_name": "Willem Jelle Berg",
        "organisation": "CNV",
        "role": "vice-voorzitter van vakcentrale CNV",
        "end_year": 2018,
        "end_text": "begin 2018",
    },
]

K = Document.Kind

# Seed 002, "Documenten". A date only where the text gives the day.
DOCUMENTS = [
    {
        "slug": "brief-kamer-knelpunten-armoedebeleid",
        "title": "Brief Sociale Alliantie aan Kamer over knelpunten armoedebeleid",
        "kind": K.BRIEF_KAMER,
        "year": 2016,
        "period_text": "Najaarsactie 2016",
        "summary": (
            "De Sociale Alliantie heeft de Vaste Kamercommissie voor Sociale Zaken en Werkgelegenheid een brief "
            "gestuurd om aandacht te vragen voor knelpunten rond armoede, bij de behandeling van de begroting 2017 "
            "van SZW.\n\n"
            "Rond de volgende hoofdpunten wordt aangegeven waar de zorgen liggen en welke voorstellen de Sociale "
            "Alliantie doet:\n"
            "1. Een leefbaar inkomen\n"
            "2. Effectiever én socialer schuldenbeleid\n"
            "3. Integraal armoedebeleid\n"
            "4. Voor- en naschoolse opvang voor ieder kind\n"
            "5. Werkende armen"
        ),
    },
    {
        "slug": "verbeterpunten-schuldhulpverlening",
        "title": "Verbeterpunten schuldhulpverlening",
        "kind": K.VERBETERVOORSTELLEN,
        "date": datetime.date(2015, 9, 21),
        "period_text": "Najaarsactie 2015",
        "summary": (
            "De Sociale Alliantie signaleert een toenemende omvang en intensiteit van problematische schulden. En "
            "concludeert dat voor een effectievere hulpverlening de regelgeving moet worden aangepast, landelijk en "
            "lokaal. Met het oog op een Algemeen Overleg in de Tweede Kamer heeft de Sociale Alliantie op 21 september "
            "2015 enkele verbetervoorstellen gestuurd naar de leden van de vaste Kamercommissie SZW. Met de achterban "
            "zijn de voorstellen voorbereid en vervolgens besproken in de AlliantieRaad van 14 oktober. De "
            "fractiespecialisten in de Tweede Kamer zijn benaderd om met de Sociale Alliantie in gesprek te gaan over "
            "de voorstellen."
        ),
    },
    {
        "slug": "projectplan-2015-2017",
        "title": "Projectplan 2015-2017: De kracht van verbinden en versterken",
        "kind": K.PROJECTPLAN,
        "period_text": "2015-2017",
        "summary": (
            "Er ontstaan nieuwe vormen van samenwerking tussen mensen (sociale coöperaties) en er komen "
            "burgerinitiatieven of (nieuwe) vormen van publiek private samenwerking. Kenmerk van veel initiatieven is "
            "dat zij lokaal steunen op een aantal enthousiaste vrijwilligers en de verbinding missen met de regio of "
            "het landelijke niveau. De potentie van dergelijke initiatieven van onderop blijft vaak steken op lokaal "
            "niveau. De kunst is om deze initiatieven te ondersteunen en te verspreiden. Hieraan wil dit project van "
            "de Sociale Alliantie een actieve bijdrage leveren. Als geen ander kan de Sociale Alliantie de rol van "
            "landelijke verbinder vervullen, omdat zij de expertise, relaties en toegang tot groepen van de "
            "afzonderlijke organisaties in het netwerk kan benutten."
        ),
    },
    {
        "slug": "verslag-overleg-staatssecretaris-2015-02-24",
        "title": "Verslag van het overleg met staatssecretaris Klijnsma",
        "kind": K.VERSLAG,
        "date": datetime.date(2015, 2, 24),
        "summary": (
            "Op 24 februari 2015 vond een overleg plaats met staatssecretaris Klijnsma van Sociale Zaken en "
            "Werkgelegenheid. Jaarlijks voert de Sociale Alliantie één of twee gesprekken met de verantwoordelijke "
            "bewindspersoon. Van het overleg wordt telkens een verslag gemaakt."
        ),
    },
    {
        "slug": "voorstellenbrief-gesprek-2014-06-17",
        "title": "Voorstellenbrief voor het gesprek met Jetta Klijnsma",
        "kind": K.VOORSTELLENBRIEF,
        "date": datetime.date(2014, 6, 17),
        "summary": (
            "Op 17 juni 2014 vond er een gesprek plaats met Jetta Klijnsma. Voor dit overleg is een voorstellenbrief "
            "gemaakt. Ter voorbereiding van het overleg met de verantwoordelijke bewindspersoon maakt de Alliantie "
            "een voorstellenbrief."
        ),
    },
    {
        "slug": "werkprogramma-2015",
        "title": "Aanpak 2015 - Werkprogramma van de Sociale Alliantie",
        "kind": K.WERKPROGRAMMA,
        "year": 2015,
        "summary": (
            "Ondanks de geringe financiële en organisatorische middelen blijft de Sociale Alliantie in 2015 actief "
            "als landelijk netwerk voor een samenleving zonder armoede. Er worden inhoudelijk inspirerende en "
            "vernieuwende bijdragen geleverd aan het maatschappelijk debat rond verarming, verrijking en verschulding."
        ),
    },
    {
        "slug": "reactie-concept-nhp-2014",
        "title": "Reactie op concept NHP 2014",
        "kind": K.REACTIE,
        "summary": (
            "De jaarlijkse voortgang op de EU2020 doelstellingen is gepubliceerd in het NHP (Nationaal "
            "Hervormingsprogramma) 2014. De Sociale Alliantie schreef eerder haar reactie bij paragraaf 4.5 over de "
            "armoededoelstelling. Ook de Nationale Sociale Rapportage 2014 is nu beschikbaar."
        ),
    },
    {
        "slug": "reactie-maatregelen-wwb",
        "title": "Reactie op Maatregelen WWB",
        "kind": K.REACTIE,
        "date": datetime.date(2013, 11, 28),
        "summary": (
            "Op 28 november 2013 schoof de Alliantie aan bij rondetafelgesprekken over de Wet maatregelen WWB. Op "
            "verzoek van het ministerie heeft de Sociale Alliantie haar inbreng verwoord in een commentaar."
        ),
    },
]


def load(*, examples: bool, stdout) -> None:
    organisations = {}
    for data in ORGANISATIONS:
        fields = dict(data)
        name = fields.pop("name")
        organisations[name], _ = Organisation.objects.update_or_create(name=name, defaults=fields)

    for data in CHAIR_TERMS:
        fields = {"start_year": None, "start_text": "", "end_year": None, "end_text": "", "note": "", **data}
        organisation = organisations[fields.pop("organisation")]
        person_name = fields.pop("person_name")
        ChairTerm.objects.update_or_create(person_name=person_name, organisation=organisation, defaults=fields)

    for data in DOCUMENTS:
        fields = {"date": None, "year": None, "period_text": "", "access": Document.Access.OPENBAAR, **data}
        slug = fields.pop("slug")
        Document.objects.update_or_create(slug=slug, defaults=fields)

    stdout.write(
        f"alliantie: {len(ORGANISATIONS)} organisaties, {len(CHAIR_TERMS)} voorzitterschappen, "
        f"{len(DOCUMENTS)} documenten"
    )
