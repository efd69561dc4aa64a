"""Dutch number formatting (8,2 and 590.000) that does not depend on the server's locale.

Charts, tables, CSV and pages all use these functions, so a figure reads the same everywhere.
"""

from decimal import ROUND_HALF_UP, Decimal

UNIT_SUFFIX = {
    "procent": "%",
    "coëfficiënt": "",
}


def format_number(value, decimals=None, *, grouping=True):
    """Format a number the Dutch way: '.' between thousands, ',' before decimals.

    ``decimals`` None shows as many decimals as the value needs (8.200 → 8,2).
    """
    if value is None:
        return ""
    number = Decimal(value)
    if decimals is None:
        number = number.normalize()
        # normalize() writes 590000 as 5.9E+5; quantize back to a whole number.
        if number == number.to_integral_value():
            number = number.quantize(Decimal(1))
    else:
        number = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign = "−" if number < 0 else ""
    text = f"{abs(number):f}"
    whole, _, fraction = text.partition(".")
    if grouping:
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        whole = ".".join(groups)
    return sign + whole + ("," + fraction if fraction else "")


def format_plain(value, decimals=None):
    """For CSV: a comma as decimal mark and no thousands separator, so Dutch Excel reads a number."""
    return format_number(value, decimals, grouping=False).replace("−", "-")


def format_figure(value, unit, *, decimals=None, qualifier=""):
    """'circa 0,90', '590.000 huishoudens', '66%', '8,2 keer'."""
    if value is None:
        return ""
    number = format_number(value, decimals)
    if unit in UNIT_SUFFIX:
        text = number + UNIT_SUFFIX[unit]
    elif unit:
        text = f"{number} {unit}"
    else:
        text = number
    return f"{qualifier} {text}" if qualifier else text


def period_phrase(periods):
    """How old the numbers are, said plainly, so nobody takes a 2016 figure for today's.

    ['2016'] → 'Cijfer uit 2016'; ['1977', '2011'] → 'Cijfers uit 1977 en 2011';
    ['1977-2011'] → 'Cijfers over 1977-2011'; no period → 'De bron noemt geen jaar'.
    """
    distinct = list(dict.fromkeys(period for period in periods if period))
    if not distinct:
        return "De bron noemt geen jaar"
    if len(distinct) == 1 and distinct[0].isdigit():
        return f"Cijfer{'s' if len(periods) > 1 else ''} uit {distinct[0]}"
    if all(period.isdigit() for period in distinct):
        return f"Cijfers uit {', '.join(distinct[:-1])} en {distinct[-1]}"
    word = "Cijfers" if len(periods) > 1 else "Cijfer"
    return f"{word} over {' en '.join(distinct)}"
