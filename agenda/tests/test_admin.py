"""The secretariat's screens: export for Dutch Excel, attendance lists, marking present."""

import pytest
from django.urls import reverse

from agenda import services
from agenda.models import Event, Registration
from alliantie.tests.factories import MembershipFactory, OrganisationFactory

from .factories import EventFactory, WorkshopFactory, in_days

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, secretariaat_user):
    client.force_login(secretariaat_user)
    return client


@pytest.fixture
def event_with_people():
    event = EventFactory(title="Alliantiedag Test")
    a = WorkshopFactory(event=event, title="Werkgroep werk", capacity=1)
    b = WorkshopFactory(event=event, title="Werkgroep zorg", capacity=5)
    org = OrganisationFactory(name="=Cliëntenraad Zuid; afdeling 1")
    first = MembershipFactory(organisation=org, user__first_name="Anna", user__last_name="Jansen").user
    second = MembershipFactory(user__first_name="Bert", user__last_name="de Vries").user
    third = MembershipFactory(user__first_name="Cor", user__last_name="Bakker").user
    r1 = services.register(event=event, user=first, workshop=a, dietary="vegetarisch", access_needs="ringleiding")
    r2 = services.register(event=event, user=second, workshop=b)
    r3 = services.register(event=event, user=third, workshop=a)
    return event, a, b, [r1, r2, r3]


def test_csv_export_opens_in_dutch_excel(admin_client, event_with_people):
    event, a, b, regs = event_with_people
    response = admin_client.post(
        reverse("admin:agenda_registration_changelist"),
        {"action": "export_csv", "_selected_action": [r.pk for r in regs]},
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    raw = response.content
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].split(";")[:3] == ["Activiteit", "Datum", "Naam"]
    assert len(lines) == 4
    anna = next(line for line in lines if "Anna Jansen" in line)
    assert "vegetarisch" in anna and "ringleiding" in anna
    # The ';' in the name is quoted, and a leading '=' never becomes a formula.
    assert '"\'=Cliëntenraad Zuid; afdeling 1"' in anna
    cor = next(line for line in lines if "Cor Bakker" in line)
    assert ";Op de wachtlijst;1;" in cor


def test_registration_list_filters_by_status_with_few_queries(
    admin_client, event_with_people, django_assert_max_num_queries
):
    url = reverse("admin:agenda_registration_changelist")
    with django_assert_max_num_queries(12):
        html = admin_client.get(url, {"status__exact": "wachtlijst"}).content.decode()
    assert "Cor" in html and "Anna" not in html


def test_attendance_list_per_event_and_per_workshop(admin_client, event_with_people):
    event, a, b, regs = event_with_people
    html = admin_client.get(reverse("admin:agenda_event_attendance", args=[event.pk])).content.decode()
    assert "Presentielijst" in html and "Anna Jansen" in html and "Bert de Vries" in html
    assert "Cor Bakker" not in html  # waiting, so not expected at the door
    assert "@media print" in html
    html = admin_client.get(reverse("admin:agenda_event_attendance_workshop", args=[event.pk, b.pk])).content.decode()
    assert "Bert de Vries" in html and "Anna Jansen" not in html


def test_attendance_list_not_for_members(client, event_with_people):
    event = event_with_people[0]
    client.force_login(MembershipFactory().user)
    response = client.get(reverse("admin:agenda_event_attendance", args=[event.pk]))
    assert response.status_code == 302


def test_mark_present_action(client, secretariaat_user, event_with_people, time_machine):
    regs = event_with_people[3]
    time_machine.move_to(event_with_people[0].starts_at, tick=False)
    client.force_login(secretariaat_user)
    client.post(
        reverse("admin:agenda_registration_changelist"),
        {"action": "mark_present", "_selected_action": [r.pk for r in regs]},
    )
    statuses = dict(Registration.objects.values_list("pk", "status"))
    assert statuses == {regs[0].pk: "aanwezig", regs[1].pk: "aanwezig", regs[2].pk: "wachtlijst"}


def test_cancel_action_promotes_waiting(admin_client, event_with_people):
    regs = event_with_people[3]
    admin_client.post(
        reverse("admin:agenda_registration_changelist"),
        {"action": "cancel_registrations", "_selected_action": [regs[0].pk]},
    )
    regs[2].refresh_from_db()
    assert regs[2].status == "bevestigd"


def test_secretariat_sees_sensitive_fields_and_event_admin_works(admin_client, event_with_people):
    event, a, b, regs = event_with_people
    html = admin_client.get(reverse("admin:agenda_registration_change", args=[regs[0].pk])).content.decode()
    assert "vegetarisch" in html and "ringleiding" in html
    html = admin_client.get(reverse("admin:agenda_event_change", args=[event.pk])).content.decode()
    assert "Werkgroep werk" in html and "sprekers" in html.lower()
    assert admin_client.get(reverse("admin:agenda_event_changelist")).status_code == 200


def test_admin_adds_event_with_date_only_and_refuses_reserved_slug(admin_client):
    url = reverse("admin:agenda_event_add")
    data = {
        "kind": "alliantiedag",
        "title": "Alliantiedag Zwolle",
        "slug": "alliantiedag-zwolle",
        "status": "gepland",
        "is_public": "on",
        "date": "2030-10-10",
        "year": "",
        "speakers-TOTAL_FORMS": "0",
        "speakers-INITIAL_FORMS": "0",
        "workshops-TOTAL_FORMS": "0",
        "workshops-INITIAL_FORMS": "0",
        "workshop_choice": "direct",
        "audience": "iedereen",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 302
    from agenda.models import Event

    assert Event.objects.get(slug="alliantiedag-zwolle").year == 2030
    response = admin_client.post(url, {**data, "slug": "mijn-aanmeldingen", "date": "", "year": ""})
    assert response.status_code == 200
    html = response.content.decode()
    assert "al in gebruik" in html and "of in elk geval het jaar" in html
    assert not Event.objects.filter(slug="mijn-aanmeldingen").exists()


@pytest.mark.parametrize("value", ["²", "abc", "9" * 40])
def test_junk_in_the_admin_filters_is_no_error(admin_client, value):
    response = admin_client.get(
        reverse("admin:agenda_registration_changelist"), {"event__id__exact": value, "workshop": value}
    )
    assert response.status_code < 500
    assert admin_client.get("/admin/alliantie/document/", {"year": value}).status_code < 500


def test_the_admin_lists_events_in_the_agendas_order(admin_client):
    year = in_days(0).year
    EventFactory(title="Volgende maand", date=in_days(30))
    EventFactory(title="Morgen", date=in_days(1))
    EventFactory(title="Ooit dit jaar", date=None, year=year + 1, approximate_date="najaar")
    EventFactory(title="Vorige week", date=in_days(-7))
    EventFactory(title="Vorig jaar, zonder datum", date=None, year=year - 1, approximate_date="voorjaar")
    EventFactory(title="Jaren terug", date=in_days(-800))
    response = admin_client.get(reverse("admin:agenda_event_changelist"))
    shown = [event.title for event in response.context["cl"].result_list]
    agenda = [event.title for event in (*Event.objects.upcoming(), *Event.objects.past())]
    assert shown == agenda


def test_presentielijst_carries_access_needs_and_diet(admin_client, event_with_people):
    event = event_with_people[0]
    html = admin_client.get(reverse("admin:agenda_event_attendance", args=[event.pk])).content.decode()
    assert "<td>ringleiding</td><td>vegetarisch</td>" in html


def test_registrations_list_shows_upcoming_events_first(admin_client, event_with_people):
    past = EventFactory(title="Vorige dag", date=in_days(-40))
    Registration.objects.create(event=past, guest_name="Oud Lid", status="bevestigd")
    response = admin_client.get(reverse("admin:agenda_registration_changelist"))
    events = [r.event.title for r in response.context["cl"].result_list]
    assert events == ["Alliantiedag Test"] * 3 + ["Vorige dag"]


def test_a_capacity_typed_with_a_thousands_dot_is_read_as_thousands(rf, secretariaat_user):
    from django.contrib import admin

    request = rf.get("/admin/agenda/event/add/")
    request.user = secretariaat_user
    form_class = admin.site._registry[Event].get_form(request)
    assert form_class.base_fields["capacity"].clean("1.200") == 1200


def _event_filter_choices(admin_client):
    response = admin_client.get(reverse("admin:agenda_registration_changelist"))
    spec = next(
        s for s in response.context["cl"].filter_specs if getattr(s, "parameter_name", "") == "event__id__exact"
    )
    return [str(title) for _value, title in spec.lookup_choices]


def test_the_event_filter_lists_upcoming_then_last_years_then_older(admin_client):
    EventFactory(title="Vorige maand", date=in_days(-30))
    EventFactory(title="Volgende maand", date=in_days(30))
    EventFactory(title="Jaren terug", date=in_days(-800))
    titles = [t.split(" (")[0] for t in _event_filter_choices(admin_client)]
    assert titles == ["Volgende maand", "Vorige maand", "Oudere activiteiten"]


def test_the_older_choice_shows_the_registrations_of_events_over_a_year_ago(admin_client):
    old = EventFactory(title="Jaren terug", date=in_days(-800))
    Registration.objects.create(event=old, guest_name="Oud Lid", status="bevestigd")
    Registration.objects.create(event=EventFactory(date=in_days(30)), guest_name="Nieuw Lid", status="bevestigd")
    response = admin_client.get(reverse("admin:agenda_registration_changelist"), {"event__id__exact": "oudere"})
    assert [r.display_name for r in response.context["cl"].result_list] == ["Oud Lid"]
