"""With the database unreachable, every page answers a clear 503 with Retry-After, never a 500.

A real gunicorn in production mode is pointed at a closed port: nothing is mocked.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

CSRF = "a" * 32


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    closed_port, port = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "DJANGO_SECRET_KEY": "k" * 50,
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_SECURE_SSL_REDIRECT": "0",
            "DATABASE_URL": f"postgres://portal@127.0.0.1:{closed_port}/portal",
            "DJANGO_STATIC_ROOT": str(tmp_path_factory.mktemp("static")),
        }
    )
    # As in production: the hashed static files exist (collectstatic needs no database).
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], env=env, check=True)
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind", f"127.0.0.1:{port}", "-w", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2)
        except urllib.error.HTTPError:
            break  # answering (503: the database is down, as intended)
        except OSError:
            time.sleep(0.1)
    yield base
    process.terminate()
    process.wait(timeout=10)


def fetch(url, data=None):
    request = urllib.request.Request(url, data=data, headers={"Cookie": f"csrftoken={CSRF}"})
    try:
        response = urllib.request.urlopen(request, timeout=10)
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()
    return response.status, response.headers, response.read().decode()


@pytest.mark.parametrize("path", ["/cooperaties/", "/kloven/", "/agenda/", "/documenten/"])
def test_a_page_that_needs_the_database_says_the_site_is_briefly_unavailable(server, path):
    status, headers, html = fetch(server + path)
    assert (status, headers["Retry-After"]) == (503, "120")
    assert "De website is even niet beschikbaar" in html


def test_a_form_that_could_not_be_saved_says_so(server):
    body = f"csrfmiddlewaretoken={CSRF}&email=piet%40example.org&consent=on".encode()
    status, headers, html = fetch(server + "/nieuwsbrief/aanmelden/", data=body)
    assert status == 503
    assert "niet opgeslagen" in html
