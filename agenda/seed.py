"""Events from the source documents: Alliantiedagen 2012 (seed 004) and Agenda 2014 (seed 002).

Only what the documents say. Seed 004 gives dates for Drachten (5 oktober), Bergen op Zoom
(9 november) and René Gabriëls's lecture (2 november, place not named); Deventer, Amsterdam and
Roermond have no date there, so they get "najaar 2012" (the article says "afgelopen najaar").
The five named workgroups come with the part of the article about the 2 november day and its
afternoon; Drachten had six workshops whose names the article does not give.
Speakers get no talk title unless the document gives one.
"""

import datetime

from django.utils import timezone

from alliantie.models import Organisation

from .models import Event, Speaker, VoteYearSummary, Workshop
from .seed_2012 import REPORTS_2012, VOTE_2012

SOURCE_2012 = "Bron: 'Alliantiedagen 2012: een terugblik' (Ger Ramaekers)."
SOURCE_2014 = "Bron: Agenda 2014 op de website van de Sociale Alliantie."
MOTTO_2012 = "Het moet en kan anders"

EVENTS = [
    {
        "slug": "alliantiedag-2012-drachten",
        "kind": Event.Kind.ALLIANTIEDAG,
        "title": "Alliantiedag Drachten",
        "motto": "Samenwerken en kansen benutten",
        "date": datetime.date(2012, 10, 5),
        "year": 2012,
        "city": "Drachten",
        "region": "noord",
        "host": "Sociale Alliantie Fryslân",
        "description": (
            "De Sociale Alliantie Fryslân trapte de Alliantiedagen 2012 af. Na een toelichting op het project "
            "Integrale Armoede Aanpak en 'de Kanskaart-methode' gingen de deelnemers aan de slag in zes "
            "workshops. Vanuit de workshops kwamen aanbevelingen voor de (in)formateur(s) om de positie van "
            "mensen in armoede te verbeteren.\n\n" + SOURCE_2012
        ),
        "speakers": [{"name": "Alex Brenninkmeijer", "role": "Nationale ombudsman"}],
    },
    {
        "slug": "alliantiedag-2012-deventer",
        "kind": Event.Kind.ALLIANTIEDAG,
        "title": "Alliantiedag Deventer",
        "motto": MOTTO_2012,
        "approximate_date": "najaar 2012",
        "year": 2012,
        "city": "Deventer",
        "region": "oost",
        "description": "Het verslag noemt de datum van deze Alliantiedag niet.\n\n" + SOURCE_2012,
    },
    {
        "slug": "alliantiedag-2012-amsterdam",
        "kind": Event.Kind.ALLIANTIEDAG,
        "title": "Alliantiedag Amsterdam",
        "motto": MOTTO_2012,
        "approximate_date": "najaar 2012",
        "year": 2012,
        "city": "Amsterdam",
        "region": "west",
        "description": "Het verslag noemt de datum van deze Alliantiedag niet.\n\n" + SOURCE_2012,
    },
    {
        "slug": "alliantiedag-2012-roermond",
        "kind": Event.Kind.ALLIANTIEDAG,
        "title": "Alliantiedag Roermond",
        "motto": MOTTO_2012,
        "approximate_date": "najaar 2012",
        "year": 2012,
        "city": "Roermond",
        "region": "zuidoost",
        "description": "Het verslag noemt de datum van deze Alliantiedag niet.\n\n" + SOURCE_2012,
    },
    {
        "slug": "alliantiedag-2012-2-november",
        "kind": Event.Kind.ALLIANTIEDAG,
        "title": "Alliantiedag met René Gabriëls: 'Vertwijfelde woede'",
        "motto": MOTTO_2012,
        "date": datetime.date(2012, 11, 2),
        "year": 2012,
        "description": (
            "Op 2 november hield filosoof René Gabriëls een inleiding onder de titel 'Vertwijfelde woede'. "
            "Het verslag noemt de plaats van deze dag niet. Daarna gaf Raf Janssen een blik op de "
            "ontwikkelingen in de samenleving en stemde de zaal met stickers: 'Verweer' of 'Vernieuwing'. "
            "Bernadette van Os wijdde de zaal in in de Japanse dichtvorm haiku, en Ans Nachtegaal (cabaretière "
            "Riet Karsenbarg) vertelde het verhaal van kapsalon De (W)arme Watergolf. "
            "Na de lunchpauze konden de deelnemers meedoen aan een werkgroep.\n\n" + SOURCE_2012
        ),
        "speakers": [
            {
                "name": "René Gabriëls",
                "role": "filosoof, Maastricht University",
                "talk_title": "Vertwijfelde woede",
            },
            {"name": "Raf Janssen", "role": "", "talk_title": ""},
            {"name": "Bernadette van Os", "role": "", "talk_title": ""},
            {"name": "Riet Karsenbarg", "role": "cabaretière, als Ans Nachtegaal", "talk_title": ""},
        ],
        "workshops": [
            {"title": "Werkgroep 'werk'", "time_slot": "middag", "report": REPORTS_2012["werk"]},
            {
                "title": "Werkgroep 'inkomen'",
                "time_slot": "middag",
                "description": "Met de publicatie 'De Boodschappenmand 2012'.",
                "report": REPORTS_2012["inkomen"],
            },
            {"title": "Werkgroep 'zorg'", "time_slot": "middag", "report": REPORTS_2012["zorg"]},
            {
                "title": "Werkgroep 'de toekomst van cliëntenparticipatie'",
                "time_slot": "middag",
                "report": REPORTS_2012["cliëntenparticipatie"],
            },
            {
                "title": "Werkgroep 'Lokale Alternatieven'",
                "time_slot": "middag",
                "report": REPORTS_2012["lokale alternatieven"],
            },
        ],
    },
    {
        "slug": "alliantiedag-2012-bergen-op-zoom",
        "kind": Event.Kind.ALLIANTIEDAG,
        "title": "Alliantiedag Bergen op Zoom",
        "motto": MOTTO_2012,
        "date": datetime.date(2012, 11, 9),
        "year": 2012,
        "city": "Bergen op Zoom",
        "description": "De laatste van de Alliantiedagen 2012.\n\n" + SOURCE_2012,
    },
    {
        "slug": "agendacommissie-2014-09-04",
        "kind": Event.Kind.AGENDACOMMISSIE,
        "title": "Agendacommissie",
        "date": datetime.date(2014, 9, 4),
        "year": 2014,
        "description": SOURCE_2014,
    },
    {
        "slug": "alliantiedag-2014-rotterdam",
        "kind": Event.Kind.ALLIANTIEDAG,
        "title": "Alliantiedag Rotterdam",
        "date": datetime.date(2014, 10, 10),
        "year": 2014,
        "city": "Rotterdam",
        "description": SOURCE_2014,
    },
    {
        "slug": "alliantiedag-2014-roermond",
        "kind": Event.Kind.ALLIANTIEDAG,
        "title": "Alliantiedag Roermond",
        "date": datetime.date(2014, 10, 31),
        "year": 2014,
        "city": "Roermond",
        "description": SOURCE_2014,
    },
    {
        "slug": "alliantiedag-2014-beilen",
        "kind": Event.Kind.ALLIANTIEDAG,
        "title": "Alliantiedag Beilen",
        "date": datetime.date(2014, 11, 5),
        "year": 2014,
        "city": "Beilen",
        "description": SOURCE_2014,
    },
    {
        "slug": "alliantiedag-2014-friesland",
        "kind": Event.Kind.ALLIANTIEDAG,
        "title": "Alliantiedag Friesland",
        "date": datetime.date(2014, 11, 14),
        "year": 2014,
        "region": "Friesland",
        "description": "De agenda noemt de provincie, niet de plaats.\n\n" + SOURCE_2014,
    },
    {
        "slug": "agendacommissie-2014-11-27",
        "kind": Event.Kind.AGENDACOMMISSIE,
        "title": "Agendacommissie",
        "date": datetime.date(2014, 11, 27),
        "year": 2014,
        "description": SOURCE_2014,
    },
    {
        "slug": "gesprek-staatssecretaris-klijnsma-2014",
        "kind": Event.Kind.OVERLEG_BEWINDSPERSOON,
        "title": "Gesprek met staatssecretaris Jetta Klijnsma",
        "approximate_date": "najaar 2014",
        "year": 2014,
        "description": "De agenda noemt geen datum, alleen 'najaar'.\n\n" + SOURCE_2014,
        "speakers": [{"name": "Jetta Klijnsma", "role": "staatssecretaris"}],
    },
]

EXAMPLE_SLUG = "voorbeeld-alliantiedag"


def _save_event(data):
    data = dict(data)
    speakers = data.pop("speakers", [])
    workshops = data.pop("workshops", [])
    host_name = data.pop("host", "")
    host = Organisation.objects.filter(name__iexact=host_name).first() if host_name else None
    defaults = {
        "approximate_date": "",
        "date": None,
        "motto": "",
        "city": "",
        "region": "",
        # Alliantiedagen are open to everyone; the network's own meetings to its members.
        "audience": Event.Audience.IEDEREEN if data.get("kind") == Event.Kind.ALLIANTIEDAG else Event.Audience.LEDEN,
        **data,
        "host": host,
        "host_name": "" if host else host_name,
    }
    # The organisation's own record of its meetings: live at once, and a second seed leaves that alone.
    event, created = Event.objects.update_or_create(
        slug=data["slug"], defaults=defaults, create_defaults={**defaults, "published_at": timezone.now()}
    )
    for order, speaker in enumerate(speakers):
        Speaker.objects.update_or_create(event=event, name=speaker["name"], defaults={**speaker, "order": order})
    for order, workshop in enumerate(workshops):
        if workshop.get("report"):
            workshop = {**workshop, "report_source": SOURCE_2012}
        Workshop.objects.update_or_create(event=event, title=workshop["title"], defaults={**workshop, "order": order})
    return event, created


def _load_example(stdout):
    """A day in the near future so that a developer can try registering. Clearly marked as an example."""
    now = timezone.now()
    existing = Event.objects.filter(slug=EXAMPLE_SLUG).first()
    # Keep the date while it is still ahead, so a second run changes nothing.
    if existing and existing.date and existing.date > timezone.localdate() + datetime.timedelta(days=7):
        day = existing.date
    else:
        day = timezone.localdate() + datetime.timedelta(days=60)
    opens = (
        existing.registration_opens if existing and existing.registration_opens else now - datetime.timedelta(days=1)
    )
    event, created = Event.objects.update_or_create(
        slug=EXAMPLE_SLUG,
        defaults={
            "kind": Event.Kind.ALLIANTIEDAG,
            "title": "Voorbeeld: Alliantiedag (om aanmelden te proberen)",
            "motto": "Voorbeeld",
            "date": day,
            "year": day.year,
            "approximate_date": "",
            "start_time": datetime.time(10, 0),
            "end_time": datetime.time(16, 0),
            "city": "",
            "venue": "",
            "description": (
                "Voorbeeld. Deze Alliantiedag bestaat niet. Hij staat alleen in de ontwikkelversie van de "
                "portal, zodat u kunt proberen hoe aanmelden werkt."
            ),
            "is_public": True,
            "published_at": existing.published_at if existing and existing.published_at else now,
            "registration_opens": opens,
            "registration_closes": timezone.make_aware(datetime.datetime.combine(day, datetime.time(0, 0))),
            "capacity": None,
            "status": Event.Status.GEPLAND,
            "is_example": True,
        },
    )
    for order, (title, capacity) in enumerate([("Voorbeeldwerkgroep A", 20), ("Voorbeeldwerkgroep B", 15)]):
        Workshop.objects.update_or_create(
            event=event,
            title=title,
            defaults={
                "description": "Voorbeeld. Deze werkgroep bestaat niet.",
                "capacity": capacity,
                "time_slot": "middag",
                "order": order,
            },
        )
    stdout.write(f"  agenda: voorbeeld-Alliantiedag {'aangemaakt' if created else 'bijgewerkt'} ({day:%d-%m-%Y})")


def load(*, examples: bool, stdout) -> None:
    created = sum(_save_event(data)[1] for data in EVENTS)
    stdout.write(f"  agenda: {len(EVENTS)} activiteiten uit de bronnen ({created} nieuw)")
    _summary, new = VoteYearSummary.objects.update_or_create(year=2012, defaults={**VOTE_2012, "source": SOURCE_2012})
    stdout.write(f"  agenda: samenvatting stemming Verweer/Vernieuwing 2012 {'aangemaakt' if new else 'bijgewerkt'}")
    if examples:
        _load_example(stdout)
