"""Seed 004 in its own words: the Verweer/Vernieuwing vote of 2012 and the five afternoon workgroups.

The article describes the method and sums up the outcome (four concerns under Verweer, four
possibilities under Vernieuwing). It does not list the ten developments that were voted on and
gives no counts, so no developments or tallies are loaded: only the published summary.
"""

VOTE_2012 = {
    "method": (
        "Eerst kreeg ieder de gelegenheid haar of zijn ‘stem’ uit te brengen: 2 keer een stikker plakken bij "
        "telkens 10 ontwikkelingen met aan de ene kant 'Verweer' en aan de andere kant 'Vernieuwing'. Verweer "
        "richt zich op de positie en de rol van de overheid als regisseur van de markt en als toezichthouder op "
        "een eerlijke verdeling van de welvaart en beschermer van grondrechten. Vernieuwing probeert zicht te "
        "krijgen op maatschappelijke onderstromen en zoekt naar aansluitingsmogelijkheden.\n\n"
        "Deze input wordt meegenomen bij het opstellen van een strijdschrift voor behoud van solidariteit en "
        "zekerheid. Zo leveren de bij de Sociale Alliantie betrokken organisaties en mensen ook een bijdrage in "
        "de koersbepaling van de Sociale Alliantie. Deze manier van werken werd zeer gewaardeerd. De resultaten "
        "verschilden per bijeenkomst en regio. Heel kort samengevat:"
    ),
    "verweer": "\n".join(
        [
            "Van verzorgingsstaat naar participatiestad",
            "Toename van inkomens- en vermogensongelijkheid",
            "Verschraling van sociale voorzieningen",
            "Meer beroep op eigen verantwoordelijkheid",
        ]
    ),
    "vernieuwing": "\n".join(
        [
            "Hogere inkomens aanspreken op solidariteit i.v.m. groeiende tekorten op overheidsfinanciën",
            "Aansluiting zoeken bij solidariteitsinitiatieven in de samenleving",
            "Normaal maken van meedoen van arbeidsgehandicapten",
            "Gelijkgestemden en belanghebbenden mobiliseren (sociale coöperaties) als antwoord op meer beroep op "
            "eigen verantwoordelijkheid",
        ]
    ),
    "is_published": True,
}

REPORTS_2012 = {
    "werk": (
        "De boodschap is niet echt vrolijk: werk als de koninklijke weg uit de armoede gaat eigenlijk sinds 2008 "
        "niet meer op. De kans dat je met arbeid uit armoede komt is wel groter dan zonder werk. Er worden "
        "vraagtekens gesteld bij wat er in het verleden gewerkt heeft en wat we nu weer zouden kunnen oppakken, "
        "maar dan wel met duidelijker randvoorwaarden."
    ),
    "inkomen": (
        "In de werkgroep wordt gebruik gemaakt van de publicatie 'De Boodschappenmand 2012'. De belangrijkste "
        "(huidige en verwachte) financiële knelpunten werden geformuleerd, maar ook suggesties voor armoedebeleid "
        "gedeeld en diverse tips geformuleerd. Zo kun je van elkaar leren omdat er nogal verschillen zijn tussen "
        "gemeentes. Met ‘Delen achter de duinen’ werd een voorbeeld gegeven hoe op lokaal niveau een vuist te maken."
    ),
    "zorg": (
        "De deelnemers benoemden een hele rits aan te verwachten problemen met de overgang van een deel van de "
        "AWBZ naar de WMO. Vanuit praktijkvoorbeelden werden ook diverse aanknopingspunten getoond om op het "
        "lokale vlak iets te bereiken. Kijk goed naar wat er al is en zoek vooral de samenwerking. Dat kan "
        "misschien de klappen van de bezuinigingen verlichten."
    ),
    "cliëntenparticipatie": (
        "De deelnemers formuleerden een grote verscheidenheid aan aandachtspunten bij het samengaan en bij het "
        "samenwerken van cliëntenraden WWB met WMO-raden. De conclusie was wel eenduidig: samenwerken is "
        "noodzakelijk, maar aan samengaan kleven (nog) te veel haken en ogen. Eind dit jaar komen de Landelijke "
        "Cliëntenraad (LCR) en de landelijke Koepel van WMO-raden met een Handreiking (met dank aan de inbreng "
        "van de Alliantiedagen)."
    ),
    "lokale alternatieven": (
        "Het sociaal beleid wordt door de landelijke overheid met flinke kortingen op het bord geschoven van de "
        "lokale overheid. Daarnaast staan sociale voorzieningen onder druk. Er zijn heel veel verschillende "
        "lokale initiatieven, waarvan de overeenkomst is te omschrijven als: randverschijnselen die toch een kern "
        "raken. Ze worden gedragen door relatief kleine groepen burgers en organisaties. Ze raken wel kernen van "
        "de wijzen waarop de samenleving en de economie zijn georganiseerd. Willen lokale initiatieven ruimte "
        "krijgen om zich te ontplooien, dan is het nodig dat er bij overheden, bij instellingen en bij burgers "
        "andere denkbeelden groeien over de eigen positie en rol die men inneemt."
    ),
}
