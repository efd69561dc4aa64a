"""Numbers typed the Dutch way: what each field reads, refuses and shows back."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from portal.dutch_numbers import DutchDecimalField, DutchIntegerField, DutchIntegerInput, DutchNumberInput


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("168.500", Decimal("168500")),
        ("8,2", Decimal("8.2")),
        ("1.000,25", Decimal("1000.25")),
        ("168 500", Decimal("168500")),
        ("168\u00a0500", Decimal("168500")),
        ("−30", Decimal("-30")),
        ("-0,5", Decimal("-0.5")),
        ("+12", Decimal("12")),
    ],
)
def test_decimal_field_reads_dutch_notation(typed, number):
    assert DutchDecimalField(required=False).clean(typed) == number


@pytest.mark.parametrize("typed", ["abc", "8.2", "168.50", "1,2,3", "--5", "12 procent", "1e5"])
def test_decimal_field_refuses_what_cannot_be_meant(typed):
    with pytest.raises(ValidationError, match="Typ een getal, bijvoorbeeld 168.500 of 8,2."):
        DutchDecimalField().clean(typed)


def test_words_are_read_only_where_allowed():
    assert DutchDecimalField(allow_words=True).clean("1,7 miljoen") == Decimal("1700000")


def test_words_are_refused_by_default():
    with pytest.raises(ValidationError, match="zonder woorden als duizend of miljoen"):
        DutchDecimalField().clean("1,7 miljoen")


def test_integer_field_reads_a_thousands_dot():
    assert DutchIntegerField().clean("168.500") == 168500


def test_integer_field_refuses_a_decimal_comma():
    with pytest.raises(ValidationError, match="Typ een heel getal"):
        DutchIntegerField().clean("8,2")


def test_integer_field_keeps_its_lower_bound():
    with pytest.raises(ValidationError):
        DutchIntegerField(min_value=0).clean("−1")


def test_decimal_widget_shows_a_stored_value_the_dutch_way():
    assert DutchNumberInput().format_value(Decimal("168500.000")) == "168.500"


def test_integer_widget_shows_a_year_without_a_dot():
    assert DutchIntegerInput().format_value(2016) == "2016"


@pytest.fixture
def staff_client(client, secretariaat_user):
    client.force_login(secretariaat_user)
    return client


@pytest.mark.django_db
def test_founding_year_of_a_cooperatie_is_shown_as_a_year(staff_client):
    from cooperaties.tests.factories import CooperatieFactory

    cooperatie = CooperatieFactory(founding_year=1999)
    html = staff_client.get(f"/admin/cooperaties/cooperatie/{cooperatie.pk}/change/").content.decode()
    assert 'name="founding_year" value="1999"' in html
