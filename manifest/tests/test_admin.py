"""The secretariat edits manifests, kloven and figures in the admin; bad figures are refused whole."""

from decimal import Decimal

import pytest

from manifest.models import Figure, Kloof
from manifest.tests.factories import FigureFactory, KloofFactory, ManifestFactory

pytestmark = pytest.mark.django_db


def inline_management(prefix, total=0, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def new_kloof_with_figure(manifest, value):
    data = {
        "manifest": manifest.pk,
        "name": "Nieuwe kloof",
        "slug": "nieuwe-kloof",
        "order": "9",
        "summary": "Korte tekst.",
        "text": "Lange tekst.",
        "note": "",
        **inline_management("series"),
        **inline_management("figures", total=1),
        "figures-0-label": "Huishoudens met schulden",
        "figures-0-order": "1",
        "figures-0-value": value,
        "figures-0-unit": "huishoudens",
        "figures-0-qualifier": "",
        "figures-0-period": "2016",
        "figures-0-group": "",
        "figures-0-source": "CBS",
        "figures-0-publication": "",
        "figures-0-quote": "",
        "figures-0-note": "",
    }
    return data


def test_figure_with_unit_but_no_value_gets_a_form_error_and_nothing_is_saved(client, secretariaat_user):
    client.force_login(secretariaat_user)
    manifest = ManifestFactory()
    response = client.post("/admin/manifest/kloof/add/", new_kloof_with_figure(manifest, ""))
    assert response.status_code == 200
    assert "Een cijfer met een eenheid heeft een waarde nodig" in response.content.decode()
    # Not half-saved: the kloof itself was not stored either.
    assert not Kloof.objects.filter(slug="nieuwe-kloof").exists()
    assert not Figure.objects.exists()


def test_figure_value_in_dutch_notation_is_saved_as_a_number(client, secretariaat_user):
    client.force_login(secretariaat_user)
    manifest = ManifestFactory()
    response = client.post("/admin/manifest/kloof/add/", new_kloof_with_figure(manifest, "8,2"))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Figure.objects.get(kloof__slug="nieuwe-kloof").value == Decimal("8.2")


def test_text_in_the_value_field_is_a_form_error(client, secretariaat_user):
    client.force_login(secretariaat_user)
    kloof = KloofFactory()
    data = {
        "kloof": kloof.pk,
        "label": "Test",
        "order": "1",
        "value": "veel",
        "unit": "procent",
        "qualifier": "",
        "period": "",
        "group": "",
        "source": "CBS",
        "publication": "",
        "quote": "",
        "note": "",
    }
    response = client.post("/admin/manifest/figure/add/", data)
    assert response.status_code == 200
    assert "errornote" in response.content.decode()
    assert not Figure.objects.exists()


def test_database_refuses_a_unit_without_value():
    from django.db import IntegrityError, transaction

    figure = FigureFactory()
    figure.value = None
    with pytest.raises(IntegrityError), transaction.atomic():
        figure.save()


def test_admin_lists_with_filters_and_search(client, secretariaat_user):
    client.force_login(secretariaat_user)
    FigureFactory(label="Huishoudens met energiearmoede")
    FigureFactory(label="Iets anders")
    html = client.get("/admin/manifest/figure/", {"q": "energiearmoede"}).content.decode()
    assert "Huishoudens met energiearmoede" in html and "Iets anders" not in html
    assert client.get("/admin/manifest/kloof/").status_code == 200
    assert client.get("/admin/manifest/manifest/add/").status_code == 200


def test_admin_csv_export_of_selected_figures(client, secretariaat_user):
    client.force_login(secretariaat_user)
    figure = FigureFactory(value=Decimal("590000"), unit="huishoudens")
    response = client.post("/admin/manifest/figure/", {"action": "export_csv", "_selected_action": [figure.pk]})
    assert response.status_code == 200
    assert "590000" in response.content.decode("utf-8-sig")
