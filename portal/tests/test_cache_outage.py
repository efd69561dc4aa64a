"""The shared page store on a real Redis: stopped or hung, it costs speed only; and page traffic never pushes a
login-failure counter out."""

import pytest
from django.core.cache import caches
from django.test import Client
from django.urls import reverse

from nieuwsbrief.models import Subscriber
from portal.caching import versions
from portal.tests.redis_server import RedisServer
from verhalen.models import Story

pytestmark = pytest.mark.django_db

STORY = {"text": "Aan het eind van de maand is er geen geld meer voor eten.", "naming": "anoniem", "consent": "on"}


@pytest.fixture
def redis_pages(settings):
    """The pages store on a Redis of this test's own, as in production with REDIS_URL."""
    server = RedisServer()
    settings.PAGE_CACHE_SECONDS = 300
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "portal.caching.backends.ResilientRedisCache",
            "LOCATION": server.url,
            "OPTIONS": {"socket_timeout": 0.25, "socket_connect_timeout": 0.25},
        },
    }
    caches["local"].clear()
    versions.forget()
    yield server
    server.stop()


def test_with_redis_working_a_page_comes_from_it(client, seeded, redis_pages):
    client.get("/kloven/")
    caches["local"].clear()  # another worker
    versions.forget()
    assert client.get("/kloven/")["X-Page-Cache"] == "hit"


def test_with_redis_stopped_the_forms_save_what_was_typed(client, seeded, redis_pages, secretariaat_user):
    client.get("/kloven/")
    redis_pages.stop()
    caches["local"].clear()
    versions.forget()
    assert client.get("/kloven/").status_code == 200
    story = client.post(reverse("verhalen:story-share"), STORY)
    signup = client.post(reverse("nieuwsbrief:subscribe"), {"email": "lezer@example.org", "name": "Lezer"})
    login = Client().post(
        reverse("account_login"), {"login": secretariaat_user.email, "password": "geheim-wachtwoord-123"}
    )
    assert (story.status_code, signup.status_code, login.status_code) == (302, 302, 302)
    assert Story.objects.filter(text=STORY["text"]).exists()
    assert Subscriber.objects.filter(email="lezer@example.org").exists()


def test_with_redis_hung_pages_answer_and_the_store_is_left_alone(client, seeded, redis_pages):
    client.get("/kloven/")
    redis_pages.hang()
    caches["local"].clear()
    versions.forget()
    answers = [client.get(path).status_code for path in ("/kloven/", "/", "/cooperaties/", "/agenda/") * 5]
    assert set(answers) == {200}
    # One call waited for the socket timeout; the others did not ask the hung store at all.
    assert not caches["pages"].available


def test_page_traffic_never_pushes_a_login_failure_counter_out(client, seeded, settings, secretariaat_user):
    settings.PAGE_CACHE_SECONDS = 300
    # A small pages store, so that the culling 100,000 distinct search addresses would cause happens here
    # after a few dozen: culling empties the pages table only, never the table of the counters.
    settings.CACHES = {**settings.CACHES, "pages": {**settings.CACHES["pages"], "OPTIONS": {"MAX_ENTRIES": 10}}}
    login = reverse("account_login")
    for _ in range(4):
        Client().post(login, {"login": secretariaat_user.email, "password": "fout"})
    before = set(_counter_keys())
    assert before
    versions.current()
    for number in range(60):
        client.get("/zoeken/", {"q": f"woord{number}"})
    assert set(_counter_keys()) == before


def _counter_keys():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM django_cache WHERE cache_key LIKE %s", ["%allauth%"])
        return [row[0] for row in cursor.fetchall()]


def test_healthz_says_degraded_not_down_while_redis_is_stopped(client, redis_pages):
    assert client.get("/healthz").content == b"ok\n"
    redis_pages.stop()
    response = client.get("/healthz")
    assert response.status_code == 200
    assert b"cache degraded" in response.content
