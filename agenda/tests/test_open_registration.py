"""Alliantiedagen open to everyone: registering without an account, by e-mail or phone only, one registration
per address, and a private link to see, change or cancel it."""

import re

import pytest
from django.urls import reverse

from agenda import services
from agenda.models import Event, Registration
from agenda.services import RegistrationError
from conftest import run_at_once

from .factories import EventFactory, WorkshopFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def open_day():
    event = EventFactory(audience=Event.Audience.IEDEREEN)
    WorkshopFactory(event=event, title="Werk", capacity=1)
    WorkshopFactory(event=event, title="Zorg", capacity=5)
    return event


def form(event, **changes):
    workshop = event.workshops.get(title="Zorg")
    return {
        "guest_name": "Jan Jansen",
        "guest_email": "",
        "guest_phone": "06 12345678",
        "workshop": workshop.pk,
        "access_needs": "",
        "dietary": "",
        "childcare": "0",
    } | changes


def test_a_visitor_without_an_account_registers_with_a_phone_number_only(client, open_day):
    response = client.post(reverse("agenda:register-open", args=[open_day.slug]), form(open_day, travel_costs="on"))

    registration = Registration.objects.get()
    assert response.status_code == 302 and response["Location"] == registration.get_private_url()
    assert (registration.guest_phone, registration.user, registration.travel_costs) == ("0612345678", None, True)
    assert registration.status == Registration.Status.BEVESTIGD


def test_a_members_only_event_has_no_open_form(client):
    event = EventFactory(audience=Event.Audience.LEDEN)
    assert client.get(reverse("agenda:register-open", args=[event.slug])).status_code == 404
    html = client.get(event.get_absolute_url()).content.decode()
    assert "Inloggen om u aan te melden" in html
    assert reverse("agenda:register-open", args=[event.slug]) not in html


def test_the_event_page_of_an_open_day_invites_everyone(client, open_day):
    html = client.get(open_day.get_absolute_url()).content.decode()
    assert f'href="{reverse("agenda:register-open", args=[open_day.slug])}"' in html


def test_a_name_and_a_way_to_reach_you_are_needed(client, open_day):
    response = client.post(
        reverse("agenda:register-open", args=[open_day.slug]), form(open_day, guest_phone="", guest_email="")
    )
    assert "Vul uw e-mailadres of uw telefoonnummer in." in response.content.decode()
    assert not Registration.objects.exists()


def test_one_registration_per_phone_number_however_it_is_typed(open_day):
    services.register(
        event=open_day, guest_name="Jan", guest_phone="06-12 34 56 78", workshop=open_day.workshops.first()
    )
    with pytest.raises(RegistrationError, match="telefoonnummer"):
        services.register(
            event=open_day, guest_name="Piet", guest_phone="0612345678", workshop=open_day.workshops.first()
        )


def test_one_registration_per_email_address_whatever_its_capitals(open_day):
    services.register(
        event=open_day, guest_name="Jan", guest_email="jan@example.org", workshop=open_day.workshops.last()
    )
    with pytest.raises(RegistrationError, match="e-mailadres"):
        services.register(
            event=open_day, guest_name="Jan", guest_email="Jan@Example.org", workshop=open_day.workshops.last()
        )


@pytest.mark.django_db(transaction=True)
def test_ten_tries_at_once_with_one_address_make_one_registration():
    event = EventFactory(audience=Event.Audience.IEDEREEN)
    workshop = WorkshopFactory(event=event, capacity=50)

    def attempt(n):
        return lambda: services.register(
            event=event, guest_name=f"Poging {n}", guest_email="zelfde@example.org", workshop=workshop
        )

    _results, errors = run_at_once([attempt(n) for n in range(10)])

    assert Registration.objects.filter(event=event).count() == 1
    assert len(errors) == 9 and all("Met dit e-mailadres is al iemand aangemeld" in str(error) for error in errors)


def test_the_private_link_changes_the_workshop_and_cancels_and_the_first_waiting_moves_up(client, open_day):
    werk = open_day.workshops.get(title="Werk")
    first = services.register(event=open_day, guest_name="Eerste", guest_email="een@example.org", workshop=werk)
    waiting = services.register(event=open_day, guest_name="Tweede", guest_email="twee@example.org", workshop=werk)
    assert waiting.status == Registration.Status.WACHTLIJST

    page = first.get_private_url()
    zorg = open_day.workshops.get(title="Zorg")
    assert client.post(page, {"workshop": zorg.pk}).status_code == 302
    first.refresh_from_db()
    waiting.refresh_from_db()
    assert first.workshop == zorg
    assert waiting.status == Registration.Status.BEVESTIGD  # Werk had a seat again

    client.post(page, {"afmelden": "ja"})
    first.refresh_from_db()
    assert first.status == Registration.Status.GEANNULEERD


def test_the_code_read_out_with_its_dash_and_in_small_letters_finds_the_page(client, open_day):
    registration = services.register(
        event=open_day, guest_name="Jan", guest_email="jan@example.org", workshop=open_day.workshops.last()
    )
    url = reverse("agenda:guest-registration", args=[registration.access_code_display.lower()])
    assert "Jan" in client.get(url).content.decode()


def test_a_wrong_code_finds_nothing(client, open_day):
    services.register(
        event=open_day, guest_name="Jan", guest_email="jan@example.org", workshop=open_day.workshops.last()
    )
    assert client.get(reverse("agenda:guest-registration", args=["ABCDEFGHJK"])).status_code == 404


def test_the_confirmation_mail_carries_the_private_link_and_the_code(open_day, mailoutbox, mail_delivered):
    with mail_delivered():
        registration = services.register(
            event=open_day, guest_name="Jan", guest_email="jan@example.org", workshop=open_day.workshops.last()
        )
    [mail] = mailoutbox
    assert f"http://127.0.0.1:8000{registration.get_private_url()}" in mail.body
    assert registration.access_code_display in mail.body
    assert re.fullmatch(r"[A-HJ-NP-Z2-9]{10}", registration.access_code)


def test_the_secretariat_registers_a_caller_with_a_phone_number_and_no_email(client, secretariaat_user, open_day):
    client.force_login(secretariaat_user)
    url = reverse("admin:agenda_event_phone", args=[open_day.pk])
    data = form(open_day, guest_phone="06 98765432", organisation="", childcare="0")
    response = client.post(url, data, follow=True)
    registration = Registration.objects.get()
    assert registration.guest_phone == "0698765432"
    assert registration.access_code_display in response.content.decode()


def test_travel_costs_are_marked_paid_and_go_to_the_bookkeeper_as_csv(client, secretariaat_user, open_day):
    asked = services.register(
        event=open_day,
        guest_name="Jan Jansen",
        guest_phone="0612345678",
        travel_costs=True,
        workshop=open_day.workshops.last(),
    )
    services.register(
        event=open_day, guest_name="Piet", guest_email="piet@example.org", workshop=open_day.workshops.last()
    )
    client.force_login(secretariaat_user)
    changelist = reverse("admin:agenda_registration_changelist")

    client.post(
        changelist, {"action": "mark_travel_paid", "_selected_action": [r.pk for r in Registration.objects.all()]}
    )
    response = client.post(
        changelist, {"action": "export_travel_csv", "_selected_action": [r.pk for r in Registration.objects.all()]}
    )

    asked.refresh_from_db()
    assert asked.travel_costs_paid_at is not None
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0] == "Activiteit;Datum;Naam;E-mailadres;Telefoon;Betaald op"
    assert len(lines) == 2 and "Jan Jansen;;0612345678;" in lines[1]


def test_the_paper_form_lists_the_workshops_and_where_to_send_it(client, open_day):
    html = client.get(open_day.get_absolute_url()).content.decode()
    paper = reverse("agenda:paper-form", args=[open_day.slug])
    assert f'href="{paper}"' in html
    html = client.get(paper).content.decode()
    assert "Werk" in html and "Zorg" in html
    assert "Postbus 2758, 3500 GT Utrecht" in html
    assert "Ik vraag een vergoeding van mijn reiskosten" in html
