import datetime

import pytest
from django.utils import timezone

from .factories import TODAY


@pytest.fixture
def today(time_machine):
    """The clock at noon on the tests' fixed day, Dutch time."""
    time_machine.move_to(timezone.make_aware(datetime.datetime.combine(TODAY, datetime.time(12))), tick=False)
    return TODAY
