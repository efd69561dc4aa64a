"""The portal's public pages, for the cross-app checks (no server errors, reflow at 320px)."""

HTML_PAGES = [
    "/",
    "/manifest/",
    "/kloven/",
    "/cooperaties/",
    "/cooperaties/provincies/",
    "/cooperaties/aanmelden/",
    "/agenda/",
    "/over-ons/",
    "/netwerk/",
    "/documenten/",
    "/nieuwsbrief/",
    "/nieuwsbrief/aanmelden/",
    "/account/login/",
    "/account/signup/",
    "/privacy/",
    "/toegankelijkheid/",
    "/publicaties/",
    "/publicaties/alliantiedagen-2012/",
    "/publicaties/samen-werken-aan-bestaanszekerheid/",
    "/verhalen/",
    "/verhalen/delen/",
    "/zoeken/",
    "/zoeken/?q=voedselbank",
]

DOWNLOADS = [
    "/kloven/cijfers.csv",
    "/kloven/cijfers.json",
    "/cooperaties/export.csv",
    "/cooperaties/export.json",
    "/agenda/agenda.ics",
]
