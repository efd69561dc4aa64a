"""Writes of the manifest app that have side effects, called by the admin and the tests alike."""

import re
from decimal import Decimal

from django.db.models import F
from django.utils.translation import gettext as _

from portal.locking import locking_transaction

from .formatting import format_number
from .models import Figure, Kloof, Series


def _ways_of_writing(value):
    """How a text may quote this number: '8,2', '590.000', '590 duizend', '1,1 miljoen', '30' for −30."""
    if value is None:
        return []
    number = abs(Decimal(value))
    ways = {format_number(number)}
    for word, size in (("duizend", 1_000), ("miljoen", 1_000_000)):
        if number >= size:
            ways.add(f"{format_number(number / size)} {word}")
    return sorted(ways, key=len, reverse=True)


def quotes(text, value):
    """Whether ``text`` states ``value`` as a number of its own (8,2 is not quoted by 18,2 or 8,25)."""
    return any(re.search(rf"(?<![\d,.]){re.escape(way)}(?![\d]|[,.]\d)", text or "") for way in _ways_of_writing(value))


@locking_transaction()
def save_figure(*, figure: Figure) -> list:
    """Save a figure; if its number changed, hide every text that still states the old number.

    A chart's message speaks about all its figures, so it is held back whenever one of them changes; the
    figure's quote and the kloof's summary and text only when they state the old number. They stay hidden
    until the secretariat has read them again (the ``*_stale`` flags), so the page never contradicts its own
    chart. Returns the texts held back, for the admin to name.
    """
    previous = Figure.objects.filter(pk=figure.pk).select_for_update().first() if figure.pk else None
    changed = previous is not None and (previous.value, previous.decimals, previous.qualifier, previous.unit) != (
        figure.value,
        figure.decimals,
        figure.qualifier,
        figure.unit,
    )
    held_back = []
    if changed and quotes(figure.quote, previous.value):
        figure.quote_stale = True
        held_back.append(_("tekst in de bron bij ‘%s’") % figure.label)
    figure.save()
    if not changed:
        return held_back
    if figure.series_id:
        # The version goes up too: a chart's form opened before this must not put the flag back unseen.
        Series.objects.filter(pk=figure.series_id).update(message_stale=True, version=F("version") + 1)
        held_back.append(_("boodschap bij de grafiek ‘%s’") % figure.series.title)
    kloof = Kloof.objects.select_for_update().get(pk=figure.kloof_id)
    for field, name in (("summary", _("samenvatting van de %s")), ("text", _("volledige tekst van de %s"))):
        if quotes(getattr(kloof, field), previous.value):
            setattr(kloof, f"{field}_stale", True)
            held_back.append(name % kloof.name)
    kloof.save(update_fields=["summary_stale", "text_stale"])
    return held_back
