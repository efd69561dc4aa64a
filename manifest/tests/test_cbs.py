"""Then and now: a figure linked to a CBS table, its newest number fetched, checked, and shown beside the
manifest's. CBS is played by a local server with a recorded answer (see cbs_fixture/README.md)."""

from decimal import Decimal

import pytest
from django.core.management import call_command
from django.urls import reverse

from manifest.models import CbsLink, CbsObservation, Figure

from .factories import FigureFactory

pytestmark = pytest.mark.django_db
LINKS = reverse("admin:manifest_cbslink_changelist")
OBSERVATIONS = reverse("admin:manifest_cbsobservation_changelist")


@pytest.fixture
def link():
    figure = FigureFactory(
        label="Huishoudens met een laag inkomen", value=Decimal(590000), unit=Figure.Unit.HUISHOUDENS, decimals=0
    )
    return CbsLink.objects.create(
        figure=figure, table_id="99999TST", filters="Populatie eq 'T001'", measure="Huishoudens_1"
    )


def fetch_in_admin(client, link):
    return client.post(LINKS, {"action": "fetch", "_selected_action": [link.pk]}, follow=True)


def test_fetching_asks_cbs_for_the_selection_and_stores_the_newest_period(client, secretariaat_user, cbs_server, link):
    client.force_login(secretariaat_user)
    fetch_in_admin(client, link)

    observation = CbsObservation.objects.get()
    # 523 in a column 'x 1 000': 523.000 households, in 2024 (CBS marks it provisional with *, the page in words).
    assert (observation.value, observation.period, observation.status) == (
        Decimal(523000),
        "2024, voorlopig",
        CbsObservation.Status.TE_CONTROLEREN,
    )
    [(_path, query)] = [(path, query) for path, query in cbs_server.asked if path.endswith("/TypedDataSet")]
    assert query["$filter"] == ["Populatie eq 'T001'"]


def test_a_fetched_number_shows_only_after_the_secretariat_confirmed_it(client, secretariaat_user, cbs_server, link):
    page = link.figure.kloof.get_absolute_url()
    client.force_login(secretariaat_user)
    fetch_in_admin(client, link)
    client.logout()
    assert "523.000" not in client.get(page).content.decode()

    client.force_login(secretariaat_user)
    client.post(OBSERVATIONS, {"action": "confirm", "_selected_action": [CbsObservation.objects.get().pk]})
    client.logout()

    html = client.get(page).content.decode()
    then_and_now = (
        "In het manifest (2016): 590.000 huishoudens. Nu (2024, voorlopig): <strong>523.000 huishoudens</strong>."
    )
    assert then_and_now in html


def test_fetching_again_finds_the_same_number_and_stores_it_once(cbs_server, link):
    call_command("cbs_ophalen")
    call_command("cbs_ophalen")
    assert CbsObservation.objects.count() == 1


def test_the_command_says_what_it_fetched(cbs_server, link, capsys):
    call_command("cbs_ophalen")
    assert capsys.readouterr().out == (
        "Huishoudens met een laag inkomen: 523.000 huishoudens (2024, voorlopig), te controleren\n"
    )


def test_confirming_a_newer_number_sets_the_older_one_aside(client, secretariaat_user, link):
    older = CbsObservation.objects.create(
        link=link, period_key="2023JJ00", period="2023", value=512000, retrieved_at="2026-01-05T10:00Z"
    )
    newer = CbsObservation.objects.create(
        link=link, period_key="2024JJ00", period="2024", value=523000, retrieved_at="2026-06-01T10:00Z"
    )
    client.force_login(secretariaat_user)
    for observation in (older, newer):
        client.post(OBSERVATIONS, {"action": "confirm", "_selected_action": [observation.pk]})

    assert list(CbsObservation.objects.confirmed()) == [newer]
    older.refresh_from_db()
    assert older.status == CbsObservation.Status.VERVANGEN


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({}, "CBS was niet bereikbaar. Probeer het later nog eens."),
        ({"table_id": "12345XYZ"}, "CBS kent tabel 12345XYZ niet (meer)."),
        ({"measure": "Huishoudens_2"}, "De kolom ‘Huishoudens_2’ staat niet (meer) in tabel 99999TST."),
    ],
    ids=["geen-verbinding", "tabel-weg", "kolom-veranderd"],
)
def test_a_failed_fetch_is_told_to_the_secretariat_and_never_to_visitors(
    client, secretariaat_user, request, link, change, problem
):
    request.getfixturevalue("cbs_unreachable" if not change else "cbs_server")
    CbsLink.objects.filter(pk=link.pk).update(**change)
    client.force_login(secretariaat_user)

    html = fetch_in_admin(client, link).content.decode()
    assert problem in html
    assert problem in client.get(LINKS).content.decode()
    assert not CbsObservation.objects.exists()

    client.logout()
    response = client.get(link.figure.kloof.get_absolute_url())
    assert response.status_code == 200
    assert "CBS" not in response.content.decode()


def test_a_table_number_is_checked_when_typed(client, secretariaat_user, link):
    client.force_login(secretariaat_user)
    url = reverse("admin:manifest_cbslink_change", args=[link.pk])
    data = {
        "figure": link.figure.pk,
        "table_id": "83839",
        "filters": "",
        "measure": "X",
        "period_dimension": "Perioden",
    }
    response = client.post(url, data)
    assert "vijf cijfers en drie letters" in response.content.decode()


def test_the_start_page_counts_numbers_to_check_and_failed_links(client, secretariaat_user, link, cbs_unreachable):
    CbsObservation.objects.create(
        link=link, period_key="2024JJ00", period="2024", value=1, retrieved_at="2026-01-05T10:00Z"
    )
    call_command("cbs_ophalen")
    client.force_login(secretariaat_user)
    html = client.get(reverse("admin:index")).content.decode()
    assert "Nieuwe cijfers van CBS om te controleren</a></th><td>1</td>" in html
    assert "Koppelingen met CBS waarbij het ophalen misging</a></th><td>1</td>" in html
