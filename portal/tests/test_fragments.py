"""Parts of pages kept by Django's {% cache %} tag under their area's version: a change still shows at once."""

import pytest

from agenda.tests.factories import EventFactory
from cooperaties.models import Cooperatie, Domain
from cooperaties.tests.factories import CooperatieFactory
from manifest import services
from manifest.models import Figure

pytestmark = pytest.mark.django_db


def test_a_renamed_cooperatie_and_domain_show_on_the_next_list(client):
    domain = Domain.objects.create(slug="buurthulp", name="Buurthulp")
    cooperatie = CooperatieFactory(name="Buurtkracht", status=Cooperatie.Status.GEPUBLICEERD)
    cooperatie.domains.add(domain)
    assert "Buurtkracht" in client.get("/cooperaties/").content.decode()
    cooperatie.name = "Buurtkracht Noord"
    cooperatie.save()
    domain.name = "Hulp in de buurt"
    domain.save()
    html = client.get("/cooperaties/").content.decode()
    assert "Buurtkracht Noord" in html and '<span class="tag">Hulp in de buurt</span>' in html


def test_a_changed_event_shows_on_the_next_agenda(client):
    event = EventFactory(title="Alliantiedag Drachten")
    client.get("/agenda/")
    event.title = "Alliantiedag Drachten (nieuwe zaal)"
    event.save()
    assert "nieuwe zaal" in client.get("/agenda/").content.decode()


def test_a_changed_figure_shows_in_the_next_chart(seeded):
    from django.test import Client

    client = Client()
    assert "8,2 keer" in client.get("/kloven/inkomenskloof/").content.decode()
    figure = Figure.objects.get(label="Verschil tussen hoogste en laagste inkomensgroep", period="2011")
    figure.value = 9.4
    services.save_figure(figure=figure)
    html = client.get("/kloven/inkomenskloof/").content.decode()
    assert "9,4 keer" in html and "8,2 keer" not in html  # the chart, its bars and its table


def test_the_menu_marks_the_page_a_visitor_is_on(client):
    assert '<a href="/agenda/" aria-current="page">' in client.get("/agenda/").content.decode()
    assert 'aria-current="page"' not in client.get("/privacy/").content.decode()


def test_the_event_page_keeps_each_visitors_own_sign_up_apart(client, mail_delivered):
    from django.test import Client
    from django.urls import reverse

    from agenda.tests.factories import WorkshopFactory
    from alliantie.tests.factories import MembershipFactory

    event = EventFactory()
    workshop = WorkshopFactory(event=event, capacity=4)
    anonymous = Client()
    assert "nog 4 plaatsen" in anonymous.get(event.get_absolute_url()).content.decode()
    client.force_login(MembershipFactory().user)
    with mail_delivered():
        client.post(reverse("agenda:register", args=[event.slug]), {"workshop": workshop.pk})
    assert "U bent aangemeld." in client.get(event.get_absolute_url()).content.decode()
    html = anonymous.get(event.get_absolute_url()).content.decode()
    assert "U bent aangemeld" not in html and "Inloggen om u aan te melden" in html
    assert "nog 3 plaatsen" in html  # the seats follow the registration


def test_the_agenda_remembers_members_only_events_for_members_alone(client):
    from django.test import Client

    from alliantie.tests.factories import MembershipFactory

    EventFactory(title="Ledenvergadering Utrecht", is_public=False)
    anonymous = Client()
    assert "Ledenvergadering Utrecht" not in anonymous.get("/agenda/").content.decode()
    client.force_login(MembershipFactory().user)
    assert "Ledenvergadering Utrecht" in client.get("/agenda/").content.decode()
    assert "Ledenvergadering Utrecht" not in anonymous.get("/agenda/").content.decode()


def test_a_new_cooperatie_is_found_by_the_next_anonymous_search(client):
    cooperatie = CooperatieFactory(name="Buurtkracht", status=Cooperatie.Status.VOORGESTELD)
    link = f'href="{cooperatie.get_absolute_url()}"'
    assert link not in client.get("/zoeken/", {"q": "Buurtkracht"}).content.decode()
    cooperatie.status = Cooperatie.Status.GEPUBLICEERD
    cooperatie.save()
    assert link in client.get("/zoeken/", {"q": "Buurtkracht"}).content.decode()


def test_a_part_of_a_page_is_kept_per_version_and_names_no_one(client):
    """The card of a coöperatie is kept; a renamed coöperatie gets a new version and so a new card."""
    from django.core.cache import caches

    CooperatieFactory(name="Buurtkracht", status=Cooperatie.Status.GEPUBLICEERD)
    client.get("/cooperaties/")
    kept = caches["template_fragments"]._cache  # LocMemCache's own dict: what the worker keeps
    assert any(key.startswith(":1:template.cache.cooperatie-card.") for key in kept)
