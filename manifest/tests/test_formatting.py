from decimal import Decimal

from manifest.formatting import format_figure, format_number, format_plain


def test_dutch_numbers_without_locale():
    assert format_number(Decimal("8.200")) == "8,2"
    assert format_number(Decimal("590000.000")) == "590.000"
    assert format_number(Decimal("1100000")) == "1.100.000"
    assert format_number(Decimal("0.900"), 2) == "0,90"
    assert format_number(Decimal("-30")) == "−30"
    assert format_number(None) == ""


def test_csv_numbers_have_a_decimal_comma_and_no_thousands_dot():
    assert format_plain(Decimal("590000.000")) == "590000"
    assert format_plain(Decimal("8.2")) == "8,2"
    assert format_plain(Decimal("-30")) == "-30"


def test_figure_with_unit_and_qualifier():
    assert format_figure(Decimal("66"), "procent") == "66%"
    assert format_figure(Decimal("780000"), "huishoudens", qualifier="ongeveer") == "ongeveer 780.000 huishoudens"
    assert format_figure(Decimal("5.1"), "keer") == "5,1 keer"
