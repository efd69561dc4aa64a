"""The secretariat in a real browser, at 1280 px and on a 375 px phone: composing and publishing an event,
then letting a waiting person in at the door. Screenshots in /tmp/agenda-shots/ to look at."""

import datetime
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agenda import services
from agenda.models import Event, Registration
from alliantie.tests.factories import MembershipFactory
from conftest import login

from .factories import EventFactory, WorkshopFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path("/tmp/agenda-shots")
WIDTHS = {"breed": {"width": 1280, "height": 900}, "telefoon": {"width": 375, "height": 812}}
# A fixed morning: the event below is that day, so check-in is open without depending on today's date.
MORNING = datetime.datetime(2030, 5, 14, 8, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))


@pytest.fixture(params=list(WIDTHS))
def screen(request, browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", viewport=WIDTHS[request.param])
    page = context.new_page()
    page.shot = lambda name: (
        SHOTS.mkdir(exist_ok=True),
        page.screenshot(path=SHOTS / f"{request.param}-{name}.png", full_page=True),
    )
    yield page
    context.close()


def test_compose_and_publish_an_event(screen, secretariaat_user, time_machine):
    time_machine.move_to(MORNING)
    page = screen
    login(page, secretariaat_user.email, "geheim-wachtwoord-123")
    page.goto("/admin/agenda/event/add/")
    page.locator("#id_title").fill("Bijeenkomst Zwolle")
    # The link's short name follows the title by itself (the admin's prepopulated field).
    page.locator("#id_date").fill("2030-06-12")
    page.shot("1-nieuw")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    page.wait_for_url(re.compile("/admin/agenda/event/$"))
    event = Event.objects.get(slug="bijeenkomst-zwolle")
    assert event.published_at is None

    page.goto(f"/admin/agenda/event/{event.pk}/change/")
    page.get_by_role("link", name="Publiceren").click()
    assert page.get_by_text("Er is geen plaats of locatie ingevuld.").is_visible()
    page.shot("2-controle")
    page.get_by_role("button", name="Publiceren").click()
    page.get_by_role("alert").wait_for()
    page.shot("3-eerst-vinkje")
    page.get_by_label("Ik heb deze punten gezien en wil toch publiceren.").check()
    page.get_by_role("button", name="Publiceren").click()
    page.get_by_text(re.compile("staat nu op de website")).wait_for()
    page.shot("4-gepubliceerd")
    event.refresh_from_db()
    assert event.published_at is not None and event.registration_opens is not None


def test_let_a_waiting_person_in_at_the_door(screen, secretariaat_user, time_machine):
    time_machine.move_to(MORNING)
    event = EventFactory(title="Alliantiedag Deventer", slug="alliantiedag-deventer", date=MORNING.date())
    workshop = WorkshopFactory(event=event, title="Werkgroep werk", capacity=1)
    seated = MembershipFactory(user__first_name="Annelies", user__last_name="de Boer").user
    waiting = MembershipFactory(user__first_name="Bert", user__last_name="Visser").user
    services.register(event=event, user=seated, workshop=workshop)
    registration = services.register(event=event, user=waiting, workshop=workshop)
    page = screen
    login(page, secretariaat_user.email, "geheim-wachtwoord-123")

    page.goto(f"/agenda/{event.slug}/binnenkomst/")
    assert page.get_by_text("Op de wachtlijst (plaats 1)").is_visible()
    page.shot("5-deur")
    page.get_by_role("button", name=re.compile("^Toelaten.*Bert Visser")).click()
    assert page.get_by_role("heading", name="Even controleren").is_visible()
    page.shot("6-vraag")
    page.get_by_role("button", name="Ja, toch aanwezig melden").click()
    page.get_by_text("Bert Visser is aanwezig.").wait_for()
    page.shot("7-aanwezig")
    registration.refresh_from_db()
    assert registration.status == Registration.Status.AANWEZIG
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
