"""For content dated as precisely as its source allows: a full date, or only a year."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


class YearFromDate:
    """A model with an optional ``date`` and a ``year``: with a date, the year is the date's year."""

    def save(self, *args, **kwargs):
        if self.date:
            self.year = self.date.year
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.date and self.year and self.year != self.date.year:
            raise ValidationError({"year": _("Het jaar past niet bij de datum.")})
