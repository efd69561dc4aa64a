"""The home page shows what is going on, asked of each app, in a fixed number of queries."""

import datetime
import re
import zoneinfo

import pytest

from agenda.tests.factories import EventFactory, in_days
from cooperaties.models import Cooperatie
from cooperaties.tests.factories import CooperatieFactory
from manifest.tests.factories import FigureFactory, KloofFactory

pytestmark = pytest.mark.django_db

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


def test_the_next_alliantiedag_is_shown_not_a_later_one_or_a_past_one(client):
    EventFactory(title="Alliantiedag Zwolle", date=in_days(40))
    EventFactory(title="Alliantiedag Breda", date=in_days(10))
    EventFactory(title="Alliantiedag Gouda", date=in_days(-5))
    html = client.get("/").content.decode()
    assert "Alliantiedag Breda" in html
    assert "Alliantiedag Zwolle" not in html and "Alliantiedag Gouda" not in html


def test_without_a_planned_alliantiedag_the_page_says_so(client):
    EventFactory(title="Alliantiedag Gouda", date=in_days(-5))
    assert "Er staat nu geen Alliantiedag gepland" in client.get("/").content.decode()


def test_a_kloof_with_its_key_figure_and_the_newest_cooperaties(client):
    FigureFactory(kloof=KloofFactory(name="Woonkloof"), label="Huurders met te hoge huur", highlighted=True)
    CooperatieFactory(name="Oude coöperatie", status=Cooperatie.Status.GEPUBLICEERD)
    for name in ["Nieuw Een", "Nieuw Twee", "Nieuw Drie"]:
        CooperatieFactory(name=name, status=Cooperatie.Status.GEPUBLICEERD)
    CooperatieFactory(name="Nog niet beoordeeld", status=Cooperatie.Status.VOORGESTELD)
    html = client.get("/").content.decode()
    assert "Woonkloof" in html and "Huurders met te hoge huur" in html
    assert all(name in html for name in ["Nieuw Een", "Nieuw Twee", "Nieuw Drie"])
    assert "Oude coöperatie" not in html and "Nog niet beoordeeld" not in html


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_newsletter_field_on_the_home_page_signs_up_without_javascript(page_no_js):
    from nieuwsbrief.models import Subscriber

    page_no_js.goto("/")
    page_no_js.get_by_label("E-mailadres").fill("lezer@example.org")
    page_no_js.get_by_role("button", name="Aanmelden voor de nieuwsbrief").click()
    assert page_no_js.locator("h1").inner_text() == "Kijk in uw e-mail"
    assert Subscriber.objects.filter(email="lezer@example.org").exists()


def test_home_page_queries_do_not_grow_with_content(client, django_assert_max_num_queries):
    for _ in range(2):
        FigureFactory(kloof=KloofFactory(), highlighted=True)
        CooperatieFactory(status=Cooperatie.Status.GEPUBLICEERD)
        EventFactory()
    with django_assert_max_num_queries(6) as few:
        client.get("/")
    for _ in range(10):
        FigureFactory(kloof=KloofFactory(), highlighted=True)
        CooperatieFactory(status=Cooperatie.Status.GEPUBLICEERD)
        EventFactory()
    with django_assert_max_num_queries(len(few)):
        client.get("/")


def test_the_kloof_of_the_day_changes_at_midnight_in_amsterdam_also_on_a_leap_day(client, seeded, time_machine):
    def kloof_at(moment):
        time_machine.move_to(moment.replace(tzinfo=AMSTERDAM), tick=False)
        return re.search(r'<h2 id="kloof-kop">(.*?)</h2>', client.get("/").content.decode()).group(1)

    # 00:30 in Amsterdam is still the day before in UTC: the day must be Amsterdam's.
    leap_day = kloof_at(datetime.datetime(2028, 2, 29, 0, 30))
    assert kloof_at(datetime.datetime(2028, 2, 29, 23, 30)) == leap_day
    assert kloof_at(datetime.datetime(2028, 3, 1, 0, 30)) != leap_day
    assert kloof_at(datetime.datetime(2028, 2, 28, 23, 30)) != leap_day


@pytest.mark.browser
def test_on_a_phone_the_three_things_people_come_for_are_within_two_screens(narrow_page, seeded):
    # A coöperatie near them, the next Alliantiedag and the kloven (320 × 640: two screens are 1,280 px).
    narrow_page.goto("/")
    tops = [
        narrow_page.locator(selector).bounding_box()["y"]
        for selector in ("#home-plaats", "#alliantiedag-kop", "#kloof-kop")
    ]
    assert max(tops) < 2 * 640, tops


def test_the_cooperatie_finder_on_the_home_page_asks_the_list_by_place(client, seeded):
    page = client.get("/").content.decode()
    assert '<form method="get" action="/cooperaties/#resultaten"' in page and 'name="q"' in page
