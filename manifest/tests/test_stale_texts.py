"""A changed figure never leaves a sentence on the page that still states the old number."""

import pytest

from manifest import services
from manifest.models import Figure, Kloof, Series

pytestmark = pytest.mark.django_db


def change_in_admin(client, figure, value):
    """Post the figure's admin form as the secretariat would, with only the value changed."""
    data = {
        "kloof": figure.kloof_id,
        "label": figure.label,
        "order": figure.order,
        "value": value,
        "decimals": figure.decimals or "",
        "qualifier": figure.qualifier,
        "unit": figure.unit,
        "period": figure.period,
        "series": figure.series_id or "",
        "group": figure.group,
        "source": figure.source,
        "publication": figure.publication,
        "quote": figure.quote,
        "note": figure.note,
        "highlighted": "on" if figure.highlighted else "",
        "loaded_version": figure.version,
    }
    return client.post(f"/admin/manifest/figure/{figure.pk}/change/", data, follow=True)


def test_changing_a_figure_leaves_no_old_number_on_the_kloof_page(client, seeded, secretariaat_user):
    client.force_login(secretariaat_user)
    figure = Figure.objects.get(label="Verschil tussen hoogste en laagste inkomensgroep", period="2011")
    response = change_in_admin(client, figure, "9,4")
    assert "staan nu niet op de site, tot u ze controleert" in response.content.decode()
    client.logout()
    html = client.get("/kloven/inkomenskloof/").content.decode()
    assert "9,4 keer" in html
    assert "8,2 keer" not in html  # not in the chart's message, the bar, the key figure or the table


def test_a_summary_that_states_the_old_number_is_hidden_until_reviewed(client, seeded):
    figure = Figure.objects.get(label="Huishoudens met een laag inkomen")
    figure.value = 600_000
    services.save_figure(figure=figure)
    assert "590.000" not in client.get("/kloven/inkomenskloof/").content.decode()

    kloof = Kloof.objects.get(slug="inkomenskloof")
    kloof.summary = kloof.summary.replace("590.000", "600.000")
    kloof.summary_stale = False
    kloof.save()
    html = client.get(kloof.get_absolute_url()).content.decode()
    assert "In 2016 hadden 600.000 huishoudens een laag inkomen" in html


def test_a_change_elsewhere_in_the_kloof_keeps_the_texts_that_do_not_state_it(client, seeded):
    figure = Figure.objects.get(label="Mensen die afhankelijk zijn van de voedselbank")
    figure.value = 140_000
    services.save_figure(figure=figure)
    html = client.get("/kloven/inkomenskloof/").content.decode()
    assert "In 2016 hadden 590.000 huishoudens een laag inkomen" in html
    assert not Series.objects.filter(message_stale=True).exists()


@pytest.mark.parametrize(
    ("text", "value", "quoted"),
    [
        ("naar 8,2 keer zo veel", "8.2", True),
        ("18,2 procent", "8.2", False),
        ("8,25 keer", "8.2", False),
        ("590.000 huishoudens", "590000", True),
        ("590 duizend huishoudens", "590000", True),
        ("om en nabij 1,1 miljoen mensen", "1100000", True),
        ("er 30% op achteruit", "-30", True),
    ],
)
def test_a_text_quotes_a_number_in_the_ways_dutch_writes_it(text, value, quoted):
    assert services.quotes(text, value) is quoted
