"""Seed content: the whole 2018 manifest "Voor meer kwaliteit van leven" (seed document 000).

Every number in the kloof sections is a figure, with unit, period and source as the document gives them.
Where the document gives no period or no number, the field stays empty. Idempotent: natural keys
with update_or_create.
"""

import datetime
from decimal import Decimal

from . import seed_text as t
from .models import Chapter, Figure, Grondrecht, Kantelpunt, Kloof, Manifest, Series

MANIFEST_SLUG = "voor-meer-kwaliteit-van-leven"

# Footnote 1 of the manifest belongs to the first paragraph of the Inkomenskloof (1977-2011).
SALVERDA = {
    "source": "Wiemer Salverda",
    "publication": (
        "Inkomen, herverdeling en huishoudvorming 1977–2011: 35 jaar ongelijkheidsgroei in Nederland, "
        "TPEdigitaal 2012 jaargang 7(1) 66-94"
    ),
}
# The other figures: the manifest only says they come from CPB, CBS and SCP, not which one per figure.
CPB_CBS_SCP = {
    "source": "Centraal Planbureau, Centraal Bureau voor de Statistiek en Sociaal en Cultureel Planbureau",
    "publication": "Manifest ‘Voor meer kwaliteit van leven’, Sociale Alliantie, 11 oktober 2018",
    "note": "Het manifest noemt voor dit cijfer niet welke van de drie planbureaus de bron is.",
}

CHAPTERS = [
    ("I", "De samenleving drijft uit elkaar", t.I, Chapter.Shows.KLOVEN),
    ("II", "Herstel van sociale grondrechten", t.II, Chapter.Shows.GRONDRECHTEN),
    ("III", "Kantelpunten om over na te denken en om aan te werken", t.III, Chapter.Shows.KANTELPUNTEN),
    ("IV", "Zelf taken oppakken die de overheid laat liggen", t.IV, Chapter.Shows.NOTHING),
]

GRONDRECHTEN = [
    ("Een leefbaar inkomen en effectieve schuldsanering", t.G1),
    ("Goed en zeker werk", t.G2),
    ("Gelijke kansen op goede gezondheid", t.G3),
    ("Toegankelijk en praktijkgericht onderwijs", t.G4),
    ("Goede en betaalbare woningen in een veilige omgeving", t.G5),
    ("Gezonde en duurzame leefomgeving", t.G6),
]

KANTELPUNTEN = [
    ("Van economische doeltreffendheid naar ecologische duurzaamheid", t.K1),
    ("Van de ongelijkheid van gelijken naar de gelijkheid van ongelijken", t.K2),
    ("Van los individu naar gebonden zelf", t.K3),
    ("Van een amorele naar een morele economie", t.K4),
    ("Van zorgen als hindernis naar zorgen als kern van de economie", t.K5),
    ("Van consumenten van diensten naar producenten van gemeengoederen", t.K6),
    ("Van een versmald naar een verbreed begrip van politiek en democratie", t.K7),
]


def fig(label, value, unit, period, quote, *, series=None, group="", qualifier="", source=None, note="", key=False):
    return {
        "label": label,
        "value": value,
        "unit": unit,
        "period": period,
        "quote": quote,
        "series": series,
        "group": group,
        "qualifier": qualifier,
        "source": source or CPB_CBS_SCP,
        "note": note,
        "highlighted": key,
    }


U = Figure.Unit

KLOVEN = [
    {
        "name": "Inkomenskloof",
        "slug": "inkomenskloof",
        "summary": (
            "De laagste inkomens gingen er tussen 1977 en 2011 op achteruit. De hoogste inkomens gingen erop vooruit. "
            "In 2016 hadden 590.000 huishoudens een laag inkomen."
        ),
        "text": t.INKOMENSKLOOF,
        "note": "¹ " + t.NOOT_1,
        "series": {
            "reeel": (
                "Verandering van het reële inkomen, 1977-2011",
                "Tussen 1977 en 2011 ging de laagste 10% van de huishoudens er 30% op achteruit. "
                "De groepen daarboven gingen erop vooruit: van 6% tot 23% voor de hoogste 10%.",
            ),
            "verschil": (
                "Hoeveel keer zo veel de hoogste inkomensgroep heeft als de laagste",
                "Het verschil tussen de hoogste en de laagste inkomens werd groter: "
                "van 5,1 keer zo veel in 1977 naar 8,2 keer zo veel in 2011.",
            ),
            "laag": (
                "Huishoudens met een laag inkomen, 2016",
                "In 2016 hadden 590.000 huishoudens een laag inkomen. "
                "Bij 224.000 van hen was dat al minstens vier jaar op rij zo.",
            ),
            "lasten": (
                "Deel van het maandinkomen voor vaste lasten, 2015",
                "Huishoudens met een laag inkomen waren de helft van hun inkomen kwijt aan vaste lasten. "
                "Bij hogere inkomens was dat een derde.",
            ),
            "kinderen": (
                "Kinderen in een huishouden met een laag inkomen, 2016",
                "In 2016 leefden ruim 292.000 kinderen in een huishouden met een laag inkomen. "
                "Voor 117.000 van hen was het al het vierde jaar op rij.",
            ),
        },
        "figures": [
            fig("Verandering reëel inkomen van de laagste 10% huishoudens", "-30", U.PROCENT, "1977-2011",
                "de 10 procent minstverdienende huishoudens er sinds 1977 in reëel inkomen 30 procent op achteruit is gegaan",
                series="reeel", group="laagste 10%", source=SALVERDA),
            fig("Verandering reëel inkomen van de op een na laagste 10%", "6", U.PROCENT, "1977-2011",
                "van 6 procent van de op een na laagste 10 procent inkomensgroep",
                series="reeel", group="op een na laagste 10%", source=SALVERDA),
            fig("Verandering reëel inkomen van de hoogste 10%", "23", U.PROCENT, "1977-2011",
                "tot 23 procent voor de hoogste 10 procent",
                series="reeel", group="hoogste 10%", source=SALVERDA),
            fig("Verschil tussen hoogste en laagste inkomensgroep", "5,1", U.KEER, "1977",
                "van 5,1 keer zo veel in 1977", series="verschil", group="1977", source=SALVERDA),
            fig("Verschil tussen hoogste en laagste inkomensgroep", "8,2", U.KEER, "2011",
                "naar 8,2 keer zoveel in 2011", series="verschil", group="2011", source=SALVERDA, key=True),
            fig("Huishoudens met een laag inkomen", "590000", U.HUISHOUDENS, "2016",
                "In 2016 moesten 590 duizend huishoudens rondkomen van een laag inkomen",
                series="laag", group="laag inkomen"),
            fig("Huishoudens met een laag inkomen, deel van alle huishoudens", "8,2", U.PROCENT, "2016",
                "oftewel 8,2 procent van alle huishoudens"),
            fig("Mensen in een huishouden met een laag inkomen", "1100000", U.PERSONEN, "2016",
                "Dat zijn om en nabij 1,1 miljoen mensen", qualifier="om en nabij"),
            fig("Huishoudens met al minstens vier jaar op rij een laag inkomen", "224000", U.HUISHOUDENS, "2016",
                "224 duizend huishoudens (407 duizend personen) al ten minste vier jaar op rij",
                series="laag", group="minstens vier jaar op rij"),
            fig("Personen met al minstens vier jaar op rij een laag inkomen", "407000", U.PERSONEN, "2016",
                "224 duizend huishoudens (407 duizend personen) al ten minste vier jaar op rij"),
            fig("Toename huishoudens met een langdurig laag inkomen", "15000", U.HUISHOUDENS, "2016 ten opzichte van 2015",
                "Dat zijn er 15 duizend meer dan in 2015"),
            fig("Toename huishoudens met een langdurig risico op armoede", "24000", U.HUISHOUDENS,
                "2015 ten opzichte van 2014",
                "Ook in 2015 nam het aantal huishoudens met langdurig risico op armoede toe vergeleken met het jaar "
                "ervoor, en wel met 24 duizend"),
            fig("Deel van het maandinkomen voor vaste lasten: (langdurig) laag inkomen", "50", U.PROCENT, "2015",
                "waren in 2015 de helft van hun maandelijks inkomen kwijt aan vaste lasten",
                series="lasten", group="(langdurig) laag inkomen",
                note="De tekst zegt ‘de helft’. Het manifest noemt niet welke van de drie planbureaus de bron is."),
            fig("Deel van het maandinkomen voor vaste lasten: hogere inkomens", "33,3", U.PROCENT, "2015",
                "bij huishoudens met hogere inkomens was dat een derde",
                series="lasten", group="hogere inkomens",
                note="De tekst zegt ‘een derde’; afgerond is dat 33,3%. "
                     "Het manifest noemt niet welke van de drie planbureaus de bron is."),
            fig("Huishoudens met problematische en langdurige schulden", "1700000", U.HUISHOUDENS, "",
                "Om en nabij 1,7 miljoen huishoudens hebben problematische en langdurige schulden",
                qualifier="om en nabij"),
            fig("Mensen die afhankelijk zijn van de voedselbank", "130000", U.PERSONEN, "",
                "Meer dan 130.000 mensen zijn afhankelijk van de voedselbank", qualifier="meer dan"),
            fig("Stijging van het aantal mensen bij particuliere armoedebestrijdingsinitiatieven", "18", U.PROCENT,
                "2013-2017", "is tussen 2013 en 2017 met achttien procent gestegen"),
            fig("Minderjarige kinderen in een huishouden met een laag inkomen", "292000", U.KINDEREN, "2016",
                "In 2016 leefden ruim 292 duizend minderjarige kinderen in een huishouden met een laag inkomen",
                series="kinderen", group="laag inkomen", qualifier="ruim"),
            fig("Kinderen voor wie het laag inkomen het vierde jaar achtereen was", "117000", U.KINDEREN, "2016",
                "Voor 117 duizend van hen was dit het vierde jaar achtereen",
                series="kinderen", group="vierde jaar achtereen"),
        ],
    },
    {
        "name": "Vermogenskloof",
        "slug": "vermogenskloof",
        "summary": (
            "Een kleine groep huishoudens heeft het meeste vermogen. "
            "In 2013 had de rijkste 10% van de huishoudens 66% van al het vermogen in handen."
        ),
        "text": t.VERMOGENSKLOOF,
        "series": {
            "top": (
                "Deel van al het vermogen in handen van de meest vermogende huishoudens, 2013",
                "In 2013 had de rijkste 10% van de huishoudens 66% van al het vermogen. "
                "De rijkste 1% had 27%, en de rijkste 0,1% circa 10%.",
            ),
        },
        "figures": [
            fig("Deel van het vermogen in handen van de top 10%", "66", U.PROCENT, "2013",
                "Anno 2013 heeft de tien procent meest vermogende huishoudens in Nederland 66% van het vermogen in handen",
                series="top", group="top 10%", key=True),
            fig("Deel van het vermogen in handen van de top 1%", "27", U.PROCENT, "2013",
                "De top 1% bezit 27%", series="top", group="top 1%"),
            fig("Deel van het vermogen in handen van de top 0,1%", "10", U.PROCENT, "2013",
                "de top 0,1% heeft circa 10% in handen", series="top", group="top 0,1%", qualifier="circa"),
            fig("Gini-coëfficiënt van het vermogen", "0,90", U.COEFFICIENT, "2013",
                "De Gini-coëfficiënt, een populaire maatstaf voor ongelijkheid, bedraagt circa 0,90 in 2013",
                qualifier="circa",
                note="Bij een coëfficiënt van 1 is de ongelijkheid volledig. "
                     "Het manifest noemt niet welke van de drie planbureaus de bron is."),
        ],
    },
    {
        "name": "Opleidingskloof",
        "slug": "opleidingskloof",
        "summary": (
            "Kinderen van ouders die veel geleerd hebben, krijgen meer kansen. Kinderen met een migratieachtergrond, "
            "of van ouders die niet gestudeerd hebben, krijgen vaak een lager advies. Het manifest noemt hier geen cijfers."
        ),
        "text": t.OPLEIDINGSKLOOF,
        "note": "² " + t.NOOT_2,
        "series": {},
        "figures": [],
    },
    {
        "name": "Gezondheidskloof",
        "slug": "gezondheidskloof",
        "summary": (
            "Mensen die weinig opleiding hebben gehad, leven korter. "
            "Bij vrouwen scheelt dat gemiddeld 5,4 jaar, bij mannen 6,5 jaar."
        ),
        "text": t.GEZONDHEIDSKLOOF,
        "series": {
            "leven": (
                "Hoeveel jaar korter ‘laagopgeleiden’ leven dan ‘hoogopgeleiden’",
                "‘Laagopgeleide’ vrouwen leven gemiddeld 5,4 jaar korter dan ‘hoogopgeleide’ vrouwen. "
                "Bij mannen is het verschil 6,5 jaar.",
            ),
            "gezond": (
                "Verschil in jaren gezonde levensverwachting",
                "Het verschil in jaren dat mensen in goede gezondheid leven is nog groter: "
                "14,2 jaar bij mannen en 15,5 jaar bij vrouwen.",
            ),
        },
        "figures": [
            fig("Verschil in levensverwachting tussen ‘laag-’ en ‘hoogopgeleide’ vrouwen", "5,4", U.JAAR, "",
                "‘Laagopgeleide’ vrouwen leven gemiddeld 5,4 jaar korter dan ‘hoogopgeleide’ vrouwen",
                series="leven", group="vrouwen"),
            fig("Verschil in levensverwachting tussen ‘laag-’ en ‘hoogopgeleide’ mannen", "6,5", U.JAAR, "",
                "terwijl het verschil bij mannen zelfs 6,5 jaar bedraagt", series="leven", group="mannen", key=True),
            fig("Verschil in gezonde levensverwachting bij mannen", "14,2", U.JAAR, "",
                "Het verschil in jaren gezonde levensverwachting (bij mannen 14,2 jaar en bij vrouwen 15,5 jaar)",
                series="gezond", group="mannen"),
            fig("Verschil in gezonde levensverwachting bij vrouwen", "15,5", U.JAAR, "",
                "Het verschil in jaren gezonde levensverwachting (bij mannen 14,2 jaar en bij vrouwen 15,5 jaar)",
                series="gezond", group="vrouwen"),
        ],
    },
    {
        "name": "Woonkloof",
        "slug": "woonkloof",
        "summary": (
            "Mensen met een laag inkomen huren vaak een huis. Mensen met meer geld hebben vaker een koophuis. "
            "In 2015 woonde 72% van de huishoudens met een laag inkomen in een sociale huurwoning."
        ),
        "text": t.WOONKLOOF,
        "series": {
            "sociaal": (
                "Huishoudens met een laag inkomen in een sociale huurwoning, 2015",
                "In 2015 woonde 72% van de huishoudens met een laag inkomen in een sociale huurwoning. "
                "Bij huishoudens met al minstens vier jaar een laag inkomen was dat 83%.",
            ),
        },
        "figures": [
            fig("Alleenstaanden onder de bewoners van de huursector", "56", U.PROCENT, "",
                "in de huursector wonen vooral alleenstaanden (56%)"),
            fig("Huishoudens met een laag inkomen in een sociale huurwoning", "72", U.PROCENT, "2015",
                "In 2015 woonde 72 procent van de huishoudens met een laag inkomen in een sociale huurwoning",
                series="sociaal", group="laag inkomen", key=True),
            fig("Huishoudens met minstens vier jaar een laag inkomen in een sociale huurwoning", "83", U.PROCENT,
                "2015",
                "Van de huishoudens die al minstens vier jaar lang van een laag inkomen moesten rondkomen, was dat 83 procent",
                series="sociaal", group="minstens vier jaar laag inkomen"),
        ],
    },
    {
        "name": "Arbeidskloof",
        "slug": "arbeidskloof",
        "summary": (
            "Steeds minder mensen hebben een vaste baan. Ruim 5 miljoen werkenden hebben een vaste baan. "
            "Bijna 3,3 miljoen hebben een flexcontract of werken als zelfstandige."
        ),
        "text": t.ARBEIDSKLOOF,
        "series": {
            "soort": (
                "Werkenden met een vaste baan en met een flexcontract of als zelfstandige",
                "Ruim 5 miljoen werkenden hebben een vaste baan. "
                "Bijna 3,3 miljoen hebben een flexcontract of zijn zelfstandige.",
            ),
            "armoede-procent": (
                "Werkenden met een risico op armoede, in procent",
                "In 2015 had 2,9% van de werkenden een inkomen onder de lage-inkomensgrens. In 2016 was dat 2,8%.",
            ),
            "armoede-aantal": (
                "Werkenden met een risico op armoede, in aantallen",
                "In 2015 liepen 212.000 werkenden risico op armoede. In 2016 waren dat 203.000 personen.",
            ),
            "deelname": (
                "Arbeidsdeelname van mensen met gezondheidsbeperkingen",
                "Van de mensen met gezondheidsbeperkingen had in 2008 56% werk. In 2015 was dat gedaald naar 43%.",
            ),
        },
        "figures": [
            fig("Werkenden met een vaste baan", "5000000", U.PERSONEN, "",
                "Van alle werkende Nederlanders hebben ruim 5 miljoen een vaste baan",
                series="soort", group="vaste baan", qualifier="ruim"),
            fig("Werkenden met een flexcontract of als zelfstandige", "3300000", U.PERSONEN, "",
                "Bijna 3,3 miljoen hebben een flexcontract of zijn zelfstandige",
                series="soort", group="flexcontract of zelfstandige", qualifier="bijna", key=True),
            fig("Verandering van het aantal werkenden met een vast contract", "-500000", U.PERSONEN,
                "de afgelopen tien jaar",
                "In de afgelopen tien jaar nam het aantal werkenden met een vast contract met ongeveer een half miljoen af",
                qualifier="ongeveer"),
            fig("Verandering van het aantal flexibele contracten", "1000000", U.CONTRACTEN, "de afgelopen tien jaar",
                "het aantal flexibele contracten nam in dezelfde periode met een miljoen toe"),
            fig("Werkenden in een huishouden onder de lage-inkomensgrens, deel van alle werkenden", "2,9", U.PROCENT,
                "2015", "toen 212 duizend werkenden risico op armoede liepen (2,9 procent)",
                series="armoede-procent", group="2015"),
            fig("Werkenden in een huishouden onder de lage-inkomensgrens, deel van alle werkenden", "2,8", U.PROCENT,
                "2016", "Van de werkende bevolking maakte in 2016 2,8 procent (203 duizend personen) deel uit van een "
                "huishouden met een inkomen onder de lage-inkomensgrens",
                series="armoede-procent", group="2016"),
            fig("Werkenden in een huishouden onder de lage-inkomensgrens", "212000", U.PERSONEN, "2015",
                "toen 212 duizend werkenden risico op armoede liepen (2,9 procent)",
                series="armoede-aantal", group="2015"),
            fig("Werkenden in een huishouden onder de lage-inkomensgrens", "203000", U.PERSONEN, "2016",
                "in 2016 2,8 procent (203 duizend personen)", series="armoede-aantal", group="2016"),
            fig("Arbeidsdeelname van mensen met gezondheidsbeperkingen", "56", U.PROCENT, "2008",
                "daalde van 56 procent in 2008", series="deelname", group="2008"),
            fig("Arbeidsdeelname van mensen met gezondheidsbeperkingen", "43", U.PROCENT, "2015",
                "naar 43 procent in 2015", series="deelname", group="2015"),
        ],
    },
    {
        "name": "Klimaatkloof",
        "slug": "klimaatkloof",
        "summary": (
            "Energie wordt duurder. Mensen met weinig geld kunnen hun huis niet zelf zuiniger maken. "
            "In 10% van de huishoudens is er nu al energiearmoede: ongeveer 780.000 huishoudens."
        ),
        "text": t.KLIMAATKLOOF,
        "series": {},
        "figures": [
            fig("Huishoudens met energiearmoede, deel van alle huishoudens", "10", U.PROCENT, "",
                "In 10% van de Nederlandse huishoudens is nu al sprake van energiearmoede",
                note="De tekst zegt ‘nu al’; het manifest is van oktober 2018. "
                     "Het manifest noemt niet welke van de drie planbureaus de bron is."),
            fig("Huishoudens met energiearmoede", "780000", U.HUISHOUDENS, "",
                "Dat zijn ongeveer 780.000 huishoudens", qualifier="ongeveer", key=True,
                note="De tekst zegt ‘nu al’; het manifest is van oktober 2018. "
                     "Het manifest noemt niet welke van de drie planbureaus de bron is."),
        ],
    },
    {
        "name": "Informatiekloof",
        "slug": "informatiekloof",
        "summary": (
            "Veel zaken met de overheid gaan nu via internet. Tweeënhalf miljoen mensen zijn laaggeletterd. "
            "Nog eens één miljoen mensen vinden digitale middelen moeilijk."
        ),
        "text": t.INFORMATIEKLOOF,
        "series": {
            "digitaal": (
                "Laaggeletterd, of moeite met digitale middelen",
                "In Nederland zijn tweeënhalf miljoen mensen laaggeletterd. "
                "Nog eens één miljoen mensen heeft moeite met digitale middelen.",
            ),
        },
        "figures": [
            fig("Mensen die laaggeletterd zijn", "2500000", U.PERSONEN, "",
                "In Nederland zijn tweeënhalf miljoen mensen laaggeletterd", series="digitaal", group="laaggeletterd",
                key=True),
            fig("Mensen die daarnaast moeite hebben met digitale middelen", "1000000", U.PERSONEN, "",
                "nog eens één miljoen mensen heeft moeite met het gebruik van digitale middelen",
                series="digitaal", group="moeite met digitale middelen"),
            fig("Mensen met financiële problemen die laaggeletterd zijn", "50", U.PROCENT, "",
                "de helft van de mensen met financiële problemen is laaggeletterd",
                note="De tekst zegt ‘de helft’. Het manifest noemt niet welke van de drie planbureaus de bron is."),
        ],
    },
]


def parse_value(text):
    """'0,90' → (Decimal('0.90'), 2): the number and the decimals the document writes."""
    decimal = Decimal(text.replace(",", "."))
    decimals = len(text.split(",", 1)[1]) if "," in text else None
    return decimal, decimals


def load(*, examples: bool, stdout) -> None:
    manifest, _ = Manifest.objects.update_or_create(
        slug=MANIFEST_SLUG,
        defaults={
            "title": "Voor meer kwaliteit van leven",
            "subtitle": "Alles en iedereen bewegen voor een samenleving zonder armoede",
            "place": "Amersfoort",
            "date": datetime.date(2018, 10, 11),
            "summary": t.INTRO,
            "published": True,
        },
    )
    for order, (number, title, text, shows) in enumerate(CHAPTERS, start=1):
        Chapter.objects.update_or_create(
            manifest=manifest, order=order, defaults={"number": number, "title": title, "text": text, "shows": shows}
        )
    for order, (title, text) in enumerate(GRONDRECHTEN, start=1):
        Grondrecht.objects.update_or_create(manifest=manifest, order=order, defaults={"title": title, "text": text})
    for order, (title, text) in enumerate(KANTELPUNTEN, start=1):
        Kantelpunt.objects.update_or_create(manifest=manifest, order=order, defaults={"title": title, "text": text})

    figure_count = 0
    for order, data in enumerate(KLOVEN, start=1):
        kloof, _ = Kloof.objects.update_or_create(
            slug=data["slug"],
            defaults={
                "manifest": manifest,
                "name": data["name"],
                "order": order,
                "summary": data["summary"],
                "text": data["text"],
                "note": data.get("note", ""),
            },
        )
        series = {}
        for key, (title, message) in data["series"].items():
            series[key], _ = Series.objects.update_or_create(kloof=kloof, title=title, defaults={"message": message})
        for figure_order, item in enumerate(data["figures"], start=1):
            value, decimals = parse_value(item["value"])
            source = item["source"]
            Figure.objects.update_or_create(
                kloof=kloof,
                label=item["label"],
                period=item["period"],
                defaults={
                    "order": figure_order,
                    "value": value,
                    "decimals": decimals,
                    "unit": item["unit"],
                    "qualifier": item["qualifier"],
                    "series": series.get(item["series"]),
                    "group": item["group"],
                    "source": source["source"],
                    "publication": source["publication"],
                    "quote": item["quote"],
                    "note": item["note"] or source.get("note", ""),
                    "highlighted": item["highlighted"],
                },
            )
            figure_count += 1
    stdout.write(f"Manifest: {len(KLOVEN)} kloven, {figure_count} cijfers, {len(GRONDRECHTEN)} grondrechten, "
                 f"{len(KANTELPUNTEN)} kantelpunten.")
