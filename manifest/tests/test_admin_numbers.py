"""The secretariat types figures the Dutch way (168.500, 8,2, 1,7 miljoen) and reads them back the same way."""

from decimal import Decimal

import pytest

from manifest.models import Figure
from manifest.tests.factories import FigureFactory, KloofFactory, ManifestFactory
from manifest.tests.test_admin import new_kloof_with_figure

pytestmark = pytest.mark.django_db


def figure_data(kloof, value, *, unit="personen", is_change=False):
    return {
        **({"is_change": "on"} if is_change else {}),
        "kloof": kloof.pk,
        "label": "Mensen met schulden",
        "order": "1",
        "value": value,
        "unit": unit,
        "qualifier": "",
        "period": "2016",
        "group": "",
        "source": "CBS",
        "publication": "",
        "quote": "",
        "note": "",
    }


@pytest.fixture
def staff_client(client, secretariaat_user):
    client.force_login(secretariaat_user)
    return client


def add_figure(client, value, *, unit="personen", is_change=False):
    return client.post(
        "/admin/manifest/figure/add/", figure_data(KloofFactory(), value, unit=unit, is_change=is_change)
    )


def test_thousands_dot_is_stored_as_thousands(staff_client):
    add_figure(staff_client, "168.500")
    assert Figure.objects.get().value == Decimal("168500")


def test_stored_figure_is_shown_in_the_admin_form_with_a_thousands_dot(staff_client):
    figure = FigureFactory(value=Decimal("168500"), unit="personen")
    html = staff_client.get(f"/admin/manifest/figure/{figure.pk}/change/").content.decode()
    assert 'name="value" value="168.500"' in html


def test_figure_typed_with_a_thousands_dot_reads_the_same_on_the_public_kloof_page(staff_client):
    response = add_figure(staff_client, "168.500")
    assert response.status_code == 302
    figure = Figure.objects.get()
    html = staff_client.get(figure.kloof.get_absolute_url()).content.decode()
    assert "168.500 personen" in html


def test_decimal_comma_is_stored_as_a_decimal(staff_client):
    add_figure(staff_client, "8,2", unit="keer")
    assert Figure.objects.get().value == Decimal("8.2")


def test_stored_decimal_is_shown_with_a_comma_and_no_trailing_zeros(staff_client):
    figure = FigureFactory(value=Decimal("8.200"), unit="keer")
    html = staff_client.get(f"/admin/manifest/figure/{figure.pk}/change/").content.decode()
    assert 'name="value" value="8,2"' in html


def test_millions_in_words_are_stored_for_a_count(staff_client):
    add_figure(staff_client, "1,7 miljoen")
    assert Figure.objects.get().value == Decimal("1700000")


def test_millions_in_words_are_refused_for_a_percentage(staff_client):
    response = add_figure(staff_client, "1,7 miljoen", unit="procent")
    assert "Een woord als miljoen past alleen bij een aantal" in response.content.decode()


def test_a_negative_count_is_refused(staff_client):
    response = add_figure(staff_client, "−168500")
    assert "Een aantal kan niet kleiner zijn dan nul" in response.content.decode()


def test_a_negative_count_that_is_a_change_is_stored(staff_client):
    add_figure(staff_client, "−500.000", is_change=True)
    assert Figure.objects.get().value == Decimal("-500000")


def test_a_percentage_over_100_is_refused(staff_client):
    response = add_figure(staff_client, "120", unit="procent")
    assert "Een percentage ligt tussen 0 en 100" in response.content.decode()


def test_a_change_of_minus_30_percent_with_a_unicode_minus_is_stored_as_negative(staff_client):
    add_figure(staff_client, "−30", unit="procent", is_change=True)
    assert Figure.objects.get().value == Decimal("-30")


def test_text_is_refused_with_an_example_of_a_number(staff_client):
    response = add_figure(staff_client, "abc")
    assert "Typ een getal, bijvoorbeeld 168.500 of 8,2." in response.content.decode()


def test_a_refused_value_is_shown_again_as_it_was_typed(staff_client):
    response = add_figure(staff_client, "−168.500")
    assert 'name="value" value="−168.500"' in response.content.decode()


def test_database_refuses_a_negative_count():
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        FigureFactory(value=Decimal("-5"), unit="huishoudens")


def test_figure_in_the_kloof_inline_reads_a_thousands_dot(staff_client):
    staff_client.post("/admin/manifest/kloof/add/", new_kloof_with_figure(ManifestFactory(), "590.000"))
    assert Figure.objects.get(kloof__slug="nieuwe-kloof").value == Decimal("590000")
