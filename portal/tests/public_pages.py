"""The portal's public pages, for the cross-app checks (no server errors, reflow at 320px)."""

HTML_PAGES = [
    "/",
    "/manifest/",
    "/manifest/voor-meer-kwaliteit-van-leven/in-gewone-woorden/",
    "/kloven/",
    "/cooperaties/",
    "/cooperaties/provincies/",
    "/cooperaties/?q=Utrecht",
    "/cooperaties/aanmelden/",
    "/cooperaties/fort-vreeswijk/bericht/",
    "/cooperaties/fort-vreeswijk/bericht/verstuurd/",
    "/agenda/",
    "/agenda/stemming/2012/",
    "/over-ons/",
    "/netwerk/",
    "/documenten/",
    "/nieuwsbrief/",
    "/nieuwsbrief/aanmelden/",
    "/account/login/",
    "/account/signup/",
    "/account/password/reset/",
    "/privacy/",
    "/toegankelijkheid/",
    "/publicaties/",
    "/publicaties/alliantiedagen-2012/",
    "/publicaties/samen-werken-aan-bestaanszekerheid/",
    "/verhalen/",
    "/verhalen/delen/",
    "/zoeken/",
    "/uitwisseling/",
    "/uitwisseling/collectief-worden-en-blijven/",
    "/uitwisseling/provincies/limburg/",
    "/zoeken/?q=voedselbank",
    "/vraag-en-aanbod/",
    "/vraag-en-aanbod/?soort=vraag&provincie=utrecht",
    "/gemeenten/",
    "/gemeenten/roermond/",
    "/gemeenten/s-hertogenbosch/",
    "/gemeenten/roermond/tip/",
    "/agenda/voorbeeld-alliantiedag/formulier/",
    "/agenda/voorbeeld-alliantiedag/aanmelden-zonder-account/",
]


def detail_pages():
    """One page of each kind of object (needs the seed with examples)."""
    from agenda.models import Event
    from alliantie.models import Document
    from cooperaties.models import Cooperatie
    from manifest.models import Figure, Kloof, Manifest

    return [
        Manifest.objects.published().first().get_absolute_url(),
        Kloof.objects.get(slug="inkomenskloof").get_absolute_url(),
        Figure.objects.filter(series__isnull=False).first().get_absolute_url(),
        Cooperatie.objects.published().first().get_absolute_url(),
        Event.objects.public().first().get_absolute_url(),
        Event.objects.get(slug="alliantiedag-2012-2-november").get_absolute_url(),  # workgroup reports
        Document.objects.first().get_absolute_url(),
    ]


DOWNLOADS = [
    "/kloven/cijfers.csv",
    "/kloven/cijfers.json",
    "/cooperaties/export.csv",
    "/cooperaties/export.json",
    "/cooperaties/export-essglobal.csv",
    "/agenda/agenda.ics",
]
