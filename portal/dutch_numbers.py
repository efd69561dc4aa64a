"""Numbers as the secretariat types them: 168.500, 8,2, 1,7 miljoen, −30; and shown back the same way.

Django's own number fields read "168.500" as 168,5 (a decimal point) and show 168500,000. These fields read
the dot as a thousands separator and the comma as the decimal mark, whatever the server's locale, and
refuse what cannot be meant (8.2, 1.50) instead of guessing.
"""

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from manifest.formatting import format_number

NOT_A_NUMBER = _("Typ een getal, bijvoorbeeld 168.500 of 8,2.")
NOT_A_WHOLE_NUMBER = _("Typ een heel getal, zonder komma, bijvoorbeeld 12 of 168.500.")
NO_WORDS_HERE = _("Typ hier alleen het getal, zonder woorden als duizend of miljoen.")

WORDS = {"duizend": Decimal(10) ** 3, "miljoen": Decimal(10) ** 6, "miljard": Decimal(10) ** 9}
# Word processors and phones turn a typed minus into one of these.
MINUS_SIGNS = "−–-"
# Spaces, also the non-breaking ones a copied figure brings along, may separate thousands.
SPACES = re.compile(r"[\s\u00a0\u202f]+")
# Digits with a dot before each group of exactly three (168.500), then an optional decimal comma (8,2).
NUMBER = re.compile(r"(?P<whole>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<fraction>\d+))?")


def parse(text):
    """The number in ``text`` and the word it was multiplied by ('' if none).

    Raises ValueError for text that is not a Dutch number."""
    text = SPACES.sub(" ", str(text)).strip().lower()
    word = ""
    for candidate in WORDS:
        if text.endswith(candidate):
            word = candidate
            text = text[: -len(candidate)].strip()
            break
    text = text.replace(" ", "")
    sign = 1
    if text[:1] in MINUS_SIGNS and text[:1]:
        sign, text = -1, text[1:]
    elif text[:1] == "+":
        text = text[1:]
    match = NUMBER.fullmatch(text)
    if match is None:
        raise ValueError(text)
    number = Decimal(match["whole"].replace(".", "") + "." + (match["fraction"] or "0"))
    if word:
        number *= WORDS[word]
    return sign * number, word


def uses_word(text):
    """Whether ``text`` was typed with a word such as miljoen (forms whose unit does not allow one refuse it)."""
    try:
        return bool(parse(text)[1]) if text not in (None, "") else False
    except ValueError:
        return False


def display(value, *, decimals=None, group_from=1):
    """``value`` as the secretariat reads it: 168.500 and 8,2, never 168500,000.

    ``group_from`` is the smallest number that gets a thousands dot: a year is 2016, not 2.016."""
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        return value  # what was typed, shown again as it was when the form is refused
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    return format_number(number, decimals, grouping=abs(number) >= group_from).replace("−", "-")


class DutchNumberInput(forms.TextInput):
    """A text box, not type=number: the browser's number box refuses 168.500 and "1,7 miljoen"."""

    group_from = 1

    def __init__(self, attrs=None):
        super().__init__({"inputmode": "decimal", "autocomplete": "off", **(attrs or {})})

    def format_value(self, value):
        return display(value, group_from=self.group_from) or None


class DutchIntegerInput(DutchNumberInput):
    # Order numbers and years have at most four digits: those read better without a dot (2016, 1000).
    group_from = 10_000

    def __init__(self, attrs=None):
        super().__init__({"inputmode": "numeric", "class": "vIntegerField", **(attrs or {})})


class _TypedTheDutchWay:
    """What both fields share: words only where allowed, the server's locale never asked."""

    def __init__(self, *, allow_words=False, **kwargs):
        self.allow_words = allow_words
        kwargs.pop("localize", None)
        super().__init__(**kwargs)

    def parsed(self, value, invalid):
        try:
            number, word = parse(value)
        except ValueError:
            raise ValidationError(invalid, code="invalid") from None
        if word and not self.allow_words:
            raise ValidationError(NO_WORDS_HERE, code="word")
        return number, word


class DutchDecimalField(_TypedTheDutchWay, forms.DecimalField):
    """A decimal number typed the Dutch way. ``allow_words``: "1,7 miljoen" is read as 1.700.000."""

    widget = DutchNumberInput
    default_error_messages = {"invalid": NOT_A_NUMBER}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, (int, Decimal)):
            return Decimal(value)
        return self.parsed(value, self.error_messages["invalid"])[0]


class DutchIntegerField(_TypedTheDutchWay, forms.IntegerField):
    """A whole number typed the Dutch way: 168.500 is a hundred and sixty-eight thousand five hundred."""

    widget = DutchIntegerInput
    default_error_messages = {"invalid": NOT_A_WHOLE_NUMBER}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, int):
            return value
        number, word = self.parsed(value, NOT_A_NUMBER)
        if number != number.to_integral_value() or ("," in str(value) and not word):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return int(number)


# For a ModelAdmin (or an inline): ``formfield_overrides = DUTCH_NUMBER_OVERRIDES``. Django looks a model
# field's classes up in order, so IntegerField covers the positive and small ones; BigIntegerField is named
# because the admin's defaults name it too, and would win.
DUTCH_NUMBER_OVERRIDES = {
    models.DecimalField: {"form_class": DutchDecimalField, "widget": DutchNumberInput},
    models.IntegerField: {"form_class": DutchIntegerField, "widget": DutchIntegerInput},
    models.BigIntegerField: {"form_class": DutchIntegerField, "widget": DutchIntegerInput},
}
