"""The secretariat's registrations list and Terug naar concept in a real browser at 1280 px: the key columns
fit without sideways scrolling. Screenshots in /tmp/agenda-shots/ to look at."""

import datetime
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agenda import services
from agenda.models import Event
from alliantie.tests.factories import MembershipFactory
from conftest import login

from .factories import EventFactory, WorkshopFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path("/tmp/agenda-shots")
MORNING = datetime.datetime(2030, 5, 14, 8, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))


@pytest.fixture
def wide(browser, live_server, secretariaat_user, time_machine):
    time_machine.move_to(MORNING)
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    login(page, secretariaat_user.email, "geheim-wachtwoord-123")
    yield page
    context.close()


def _shot(page, name):
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SHOTS / f"breed-{name}.png", full_page=True)


def test_the_registrations_list_fits_at_1280_px(wide):
    event = EventFactory(
        title="Alliantiedag Deventer: samen tegen armoede en voor bestaanszekerheid", date=MORNING.date()
    )
    workshop = WorkshopFactory(event=event, title="Werkgroep schulden en incasso door de overheid", capacity=1)
    for first, last in [("Annelies", "van den Boogaard-de Vries"), ("Bert", "Visser"), ("Cor", "Bakker")]:
        membership = MembershipFactory(
            user__first_name=first, user__last_name=last, organisation__name="Stichting Armoedebestrijding Overijssel"
        )
        services.register(event=event, user=membership.user, workshop=workshop)
    wide.goto("/admin/agenda/registration/")
    header = wide.locator("#result_list thead").inner_text().casefold()
    assert all(word in header for word in ("naam", "activiteit", "werkgroep", "status", "organisatie"))
    _shot(wide, "aanmeldingen")
    # The admin scrolls a table too wide for its box inside the box: the page itself would not show it.
    results = wide.locator("#changelist .results")
    assert results.evaluate("box => box.scrollWidth <= box.clientWidth")
    assert wide.evaluate("document.documentElement.scrollWidth") <= 1280


def test_back_to_draft_in_the_browser(wide):
    event = EventFactory(title="Alliantiedag Deventer", date=MORNING.date() + datetime.timedelta(days=30))
    services.register(event=event, user=MembershipFactory().user)
    wide.goto(f"/admin/agenda/event/{event.pk}/change/")
    wide.get_by_role("link", name="Terug naar concept").click()
    assert wide.get_by_text("Er is 1 persoon aangemeld.").is_visible()
    _shot(wide, "terug-naar-concept")
    wide.get_by_role("button", name="Terug naar concept").click()
    wide.get_by_text(re.compile("is weer een concept")).wait_for()
    assert Event.objects.get(pk=event.pk).published_at is None
