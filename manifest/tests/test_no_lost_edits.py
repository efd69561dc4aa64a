"""No lost edits on figures, on their own page and in their kloof's page."""

from decimal import Decimal

import pytest

from manifest.models import Figure, Kloof, Series
from portal.tests.admin_forms import form_as_sent

from .factories import FigureFactory, KloofFactory, SeriesFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client, secretariaat_user):
    client.force_login(secretariaat_user)
    return client


def loaded(staff, obj):
    url = f"/admin/manifest/{obj._meta.model_name}/{obj.pk}/change/"
    return url, form_as_sent(staff.get(url), type(obj))


def test_a_fresh_save_of_a_figure_works(staff):
    figure = FigureFactory(value=Decimal("12.5"))
    url, form = loaded(staff, figure)
    staff.post(url, form | {"value": "13,1"})
    assert Figure.objects.get(pk=figure.pk).value == Decimal("13.1")


def test_a_stale_save_of_a_figure_keeps_the_other_persons_value(staff):
    figure = FigureFactory(value=Decimal("12.5"))
    url, sams_form = loaded(staff, figure)
    _, kims_form = loaded(staff, figure)
    staff.post(url, kims_form | {"value": "13,1"})
    staff.post(url, sams_form | {"value": "14,0"})
    assert Figure.objects.get(pk=figure.pk).value == Decimal("13.1")


def test_a_fresh_save_of_a_figure_in_its_kloof_works(staff):
    figure = FigureFactory(value=Decimal("12.5"))
    url, form = loaded(staff, figure.kloof)
    staff.post(url, form | {"figures-0-value": "13,1"})
    assert Figure.objects.get(pk=figure.pk).value == Decimal("13.1")


def test_a_stale_save_of_a_figure_in_its_kloof_keeps_the_other_persons_value(staff):
    figure = FigureFactory(value=Decimal("12.5"))
    kloof_url, sams_form = loaded(staff, Kloof.objects.get(pk=figure.kloof_id))
    figure_url, kims_form = loaded(staff, figure)
    staff.post(figure_url, kims_form | {"value": "13,1"})
    staff.post(kloof_url, sams_form | {"figures-0-value": "14,0"})
    assert Figure.objects.get(pk=figure.pk).value == Decimal("13.1")


def test_a_stale_save_of_a_kloof_is_refused(staff):
    kloof = KloofFactory(summary="Eerste samenvatting.")
    url, sams_form = loaded(staff, kloof)
    _, kims_form = loaded(staff, kloof)
    staff.post(url, kims_form | {"summary": "Kims samenvatting."})
    response = staff.post(url, sams_form | {"summary": "Sams samenvatting."})
    assert "Iemand anders heeft dit intussen gewijzigd" in response.content.decode()
    assert Kloof.objects.get(pk=kloof.pk).summary == "Kims samenvatting."


def test_a_stale_save_of_a_series_is_refused(staff):
    series = SeriesFactory(message="Eerste boodschap.")
    url, sams_form = loaded(staff, series)
    _, kims_form = loaded(staff, series)
    staff.post(url, kims_form | {"message": "Kims boodschap."})
    staff.post(url, sams_form | {"message": "Sams boodschap."})
    assert Series.objects.get(pk=series.pk).message == "Kims boodschap."
