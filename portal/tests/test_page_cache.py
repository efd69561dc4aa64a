"""Anonymous visitors get public pages from the shared cache; a change shows at once; nothing personal is kept."""

import re

import pytest
from django.core.cache import caches
from django.urls import URLResolver, get_resolver

from agenda.models import Event
from agenda.tests.factories import EventFactory
from cooperaties.models import Cooperatie
from cooperaties.tests.factories import CooperatieFactory
from manifest import services
from manifest.models import Figure
from portal.caching import pages, versions
from portal.models import ContentVersion

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


def test_the_second_anonymous_visit_comes_from_the_cache_without_a_query(client, seeded, django_assert_num_queries):
    first = client.get("/kloven/inkomenskloof/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):  # this worker's own copy, and its copy of the content versions
        second = client.get("/kloven/inkomenskloof/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_a_page_stored_by_another_worker_is_served_from_the_shared_cache(client, seeded):
    first = client.get("/kloven/")
    caches["local"].clear()  # as a worker that never served the page
    versions.forget()
    second = client.get("/kloven/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_a_change_made_in_another_worker_shows_once_the_versions_are_read_again(client, seeded):
    client.get("/kloven/")
    ContentVersion.objects.filter(area="manifest").update(version="bumped-by-another-worker")  # a bump there
    versions.forget()  # this worker's second of trust has passed
    assert client.get("/kloven/")["X-Page-Cache"] == "miss"


def test_a_cached_page_tells_browsers_and_proxies_how_long_and_answers_304(client, seeded):
    response = client.get("/kloven/")
    assert "public" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]
    assert "stale-while-revalidate=300" in response["Cache-Control"]
    assert client.get("/kloven/", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_a_logged_in_visitor_never_gets_or_leaves_a_cached_page(client, seeded, secretariaat_user):
    client.get("/kloven/")  # stored for anonymous visitors
    client.force_login(secretariaat_user)
    response = client.get("/kloven/")
    assert "X-Page-Cache" not in response
    assert "Mijn account" in response.content.decode()
    assert "private" in response["Cache-Control"]
    client.get("/manifest/")  # rendered for the logged-in visitor: not stored
    client.logout()
    assert client.get("/manifest/")["X-Page-Cache"] == "miss"


def test_a_changed_cooperatie_shows_on_the_next_anonymous_visit(client, secretariaat_user):
    cooperatie = CooperatieFactory(name="Buurtkracht", status=Cooperatie.Status.GEPUBLICEERD)
    assert "Buurtkracht" in client.get("/cooperaties/").content.decode()
    cooperatie.name = "Buurtkracht Noord"
    cooperatie.save()
    html = client.get("/cooperaties/").content.decode()
    assert "Buurtkracht Noord" in html


def test_a_changed_figure_shows_on_the_next_anonymous_visit(client, seeded):
    assert "8,2 keer" in client.get("/kloven/inkomenskloof/").content.decode()
    figure = Figure.objects.get(label="Verschil tussen hoogste en laagste inkomensgroep", period="2011")
    figure.value = 9.4
    services.save_figure(figure=figure)
    assert "9,4 keer" in client.get("/kloven/inkomenskloof/").content.decode()


def test_a_changed_event_shows_on_the_next_anonymous_visit(client):
    event = EventFactory(title="Alliantiedag Drachten")
    client.get(event.get_absolute_url())
    client.get("/agenda/")
    event.title = "Alliantiedag Drachten (nieuwe zaal)"
    event.save()
    assert "nieuwe zaal" in client.get(event.get_absolute_url()).content.decode()
    assert "nieuwe zaal" in client.get("/agenda/").content.decode()


def test_a_page_with_a_form_that_posts_carries_a_fresh_csrf_token_each_time(client):
    tokens = []
    for _ in range(2):
        response = client.get("/cooperaties/aanmelden/")
        assert "X-Page-Cache" not in response
        tokens.append(re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode()).group(1))
    assert tokens[0] != tokens[1]


def test_a_parameter_the_page_does_not_read_neither_makes_a_variant_nor_skips_the_cache(client, seeded):
    stored = client.get("/kloven/")
    tagged = client.get("/kloven/?utm_source=nieuwsbrief")
    assert tagged["X-Page-Cache"] == "hit" and tagged.content == stored.content
    client.get("/cooperaties/?province=utrecht")
    assert client.get("/cooperaties/?fbclid=abc&province=utrecht")["X-Page-Cache"] == "hit"


def test_a_misspelt_filter_gets_the_whole_list_from_the_cache(client):
    for number in range(25):
        CooperatieFactory(name=f"Coöperatie {number:02d}", status=Cooperatie.Status.GEPUBLICEERD)
    client.get("/cooperaties/")
    response = client.get("/cooperaties/", {"provincie": "limburg", "fbclid": "geheim-123"})
    assert response["X-Page-Cache"] == "hit"
    assert "geheim-123" not in response.content.decode()  # no visitor's parameters in another's links


def test_the_home_page_with_its_newsletter_field_comes_from_the_cache(client, seeded):
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"


def test_a_page_from_the_cache_keeps_its_security_headers(client, seeded):
    client.get("/kloven/")
    hit = client.get("/kloven/")
    assert hit["X-Page-Cache"] == "hit"
    assert "default-src 'self'" in hit["Content-Security-Policy"]
    assert hit["X-Content-Type-Options"] == "nosniff"


def test_a_plain_http_request_still_gets_the_https_redirect(client, seeded, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/kloven/", secure=True).status_code == 200  # stored for https
    assert client.get("/kloven/", secure=True)["X-Page-Cache"] == "hit"
    assert client.get("/kloven/").status_code == 301


def test_klopt_nog_shows_on_the_cached_profile_at_once(client):
    from cooperaties import profile_links

    cooperatie = CooperatieFactory(status=Cooperatie.Status.GEPUBLICEERD, contact_address="info@example.org")
    client.get(cooperatie.get_absolute_url())
    assert client.get(cooperatie.get_absolute_url())["X-Page-Cache"] == "hit"
    link = profile_links.url(cooperatie, profile_links.CONFIRM, days=42)
    client.post("/" + link.split("://", 1)[1].split("/", 1)[1])
    html = client.get(cooperatie.get_absolute_url()).content.decode()
    assert "Laatst bevestigd" in html


def test_a_repeated_parameter_keeps_the_order_of_its_values(client):
    client.get("/cooperaties/?province=zeeland&province=utrecht")
    response = client.get("/cooperaties/?province=utrecht&province=zeeland")
    assert response.get("X-Page-Cache") != "hit"


def test_a_listed_page_that_used_a_csrf_token_is_never_stored(client, monkeypatch):
    form, marked = "/cooperaties/aanmelden/", pages.rule
    monkeypatch.setattr(pages, "rule", lambda path: ((), ("cooperaties",), "local") if path == form else marked(path))
    client.get("/cooperaties/aanmelden/")
    assert client.get("/cooperaties/aanmelden/").get("X-Page-Cache") != "hit"


def test_logging_in_does_not_empty_the_cache(client, seeded, secretariaat_user):
    from django.test import Client

    client.get("/kloven/")
    Client().post("/account/login/", {"login": secretariaat_user.email, "password": "geheim-wachtwoord-123"})
    assert client.get("/kloven/")["X-Page-Cache"] == "hit"


def test_saving_a_cooperatie_renews_its_pages_and_leaves_a_kloof_page_cached(client, seeded):
    cooperatie = CooperatieFactory(name="Buurtkracht", status=Cooperatie.Status.GEPUBLICEERD)
    for path in ("/cooperaties/", cooperatie.get_absolute_url(), "/kloven/inkomenskloof/"):
        client.get(path)
    cooperatie.name = "Buurtkracht Noord"
    cooperatie.save()
    assert "Buurtkracht Noord" in client.get("/cooperaties/").content.decode()
    assert "Buurtkracht Noord" in client.get(cooperatie.get_absolute_url()).content.decode()
    assert client.get("/kloven/inkomenskloof/")["X-Page-Cache"] == "hit"


def test_a_registration_renews_the_agenda_only(client, seeded, mail_delivered):
    from django.test import Client
    from django.urls import reverse

    from agenda.tests.factories import WorkshopFactory
    from alliantie.tests.factories import MembershipFactory

    event = EventFactory()
    WorkshopFactory(event=event, capacity=4)
    for path in (event.get_absolute_url(), "/kloven/"):
        client.get(path)
    member = Client()
    member.force_login(MembershipFactory().user)
    with mail_delivered():
        member.post(reverse("agenda:register", args=[event.slug]), {"workshop": event.workshops.get().pk})
    assert "nog 3 plaatsen" in client.get(event.get_absolute_url()).content.decode()
    assert client.get("/kloven/")["X-Page-Cache"] == "hit"


def test_search_results_are_kept_apart_from_the_hot_pages(client, seeded, settings):
    local = {**settings.CACHES["local"], "OPTIONS": {"MAX_ENTRIES": 10}}
    settings.CACHES = {**settings.CACHES, "local": local}  # a small worker memory, to fill it quickly
    client.get("/kloven/")
    for number in range(30):  # three times what the worker keeps of other pages
        client.get("/zoeken/", {"q": f"woord{number}"})
    caches["pages"].clear()  # only this worker's own copies are left
    versions.current()
    assert client.get("/kloven/")["X-Page-Cache"] == "hit"


def test_a_new_release_of_the_static_files_never_serves_a_page_of_the_old_one(client, seeded, settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    (tmp_path / "staticfiles.json").write_text('{"paths": {"css/site.css": "css/site.111.css"}}')
    pages.release.cache_clear()
    client.get("/kloven/")
    assert client.get("/kloven/")["X-Page-Cache"] == "hit"
    (tmp_path / "staticfiles.json").write_text('{"paths": {"css/site.css": "css/site.222.css"}}')
    pages.release.cache_clear()  # a new process of the new release
    assert client.get("/kloven/")["X-Page-Cache"] == "miss"
    pages.release.cache_clear()


@pytest.mark.django_db(transaction=True)
def test_many_rows_changed_in_one_transaction_renew_their_area_once():
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    for number in range(30):
        EventFactory(title=f"Bijeenkomst {number}")
    with CaptureQueriesContext(connection) as queries, transaction.atomic():
        for event in Event.objects.all():
            event.delete()  # a signal each
    writes = [q["sql"] for q in queries if "portal_contentversion" in q["sql"] and "'agenda'" in q["sql"]]
    assert len([sql for sql in writes if sql.startswith(("INSERT", "UPDATE"))]) == 1


def marked_pages(patterns, namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from marked_pages(pattern.url_patterns, pattern.namespace or namespace)
        elif hasattr(pattern.callback, "public_page"):
            yield pattern, namespace


def test_every_page_marked_public_shows_content_areas_that_exist():
    # An app left out of versions.AREAS would need areas=… on its pages; without them its page would fail.
    known = {*versions.ALL, "all"}
    unknown = []
    for pattern, namespace in marked_pages(get_resolver().url_patterns):
        areas = pattern.callback.public_page[1]
        if not set((versions.AREAS.get(namespace),) if areas is None else areas) <= known:
            unknown.append(pattern.name)
    assert unknown == []
