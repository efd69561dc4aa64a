"""What a request may carry: a body too large is refused before it is read, a NUL never reaches the database."""

import socket
from urllib.parse import urlsplit

import pytest
from django.contrib import admin
from django.urls import reverse

from agenda.tests.factories import EventFactory
from nieuwsbrief.models import Subscriber

MB = 1024 * 1024


def post_headers_only(live_server, path, length):
    """Announce a body of ``length`` bytes, send none of it, and return the status line the server answers."""
    address = urlsplit(live_server.url)
    with socket.create_connection((address.hostname, address.port), timeout=10) as sock:
        sock.sendall(
            f"POST {path} HTTP/1.1\r\nHost: {address.hostname}\r\nContent-Type: multipart/form-data; boundary=x\r\n"
            f"Content-Length: {length}\r\nConnection: close\r\n\r\n".encode()
        )
        return sock.makefile("rb").readline().decode().strip()


@pytest.mark.django_db(transaction=True)
def test_a_200_mb_post_to_the_newsletter_form_is_refused_before_it_is_sent(live_server):
    # The answer comes although not one byte of the 200 MB was sent: nothing was read or spooled.
    status = post_headers_only(live_server, "/nieuwsbrief/aanmelden/", 200 * MB)
    assert status == "HTTP/1.1 413 Request Entity Too Large"


@pytest.mark.django_db
def test_a_public_form_takes_a_long_text_but_not_a_file_sized_body(client):
    long_text = {"email": "lezer@example.org", "consent": "on", "note": "x" * 100_000}
    assert client.post("/nieuwsbrief/aanmelden/", long_text).status_code == 302
    refused = client.post("/nieuwsbrief/aanmelden/", {"email": "ander@example.org", "note": "x" * MB})
    assert refused.status_code == 413
    assert "U stuurde te veel gegevens tegelijk" in refused.content.decode()
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["lezer@example.org"]


@pytest.mark.django_db
def test_the_secretariat_may_upload_larger_files_in_the_admin(admin_client):
    response = admin_client.post("/admin/nieuwsbrief/subscriber/", {"blob": "x" * (3 * MB)})
    assert response.status_code != 413


def admin_lists():
    return [reverse(f"admin:{m._meta.app_label}_{m._meta.model_name}_changelist") for m in admin.site._registry]


@pytest.mark.django_db
def test_nul_in_any_admin_list_filter_or_search_is_a_bad_request_not_a_server_error(admin_client):
    answers = {
        url: (admin_client.get(f"{url}?status__exact=%00").status_code, admin_client.get(f"{url}?q=%00").status_code)
        for url in admin_lists()
    }
    assert set(answers.values()) == {(400, 400)}, answers


@pytest.mark.django_db
def test_nul_in_a_staff_page_search_is_a_bad_request(admin_client):
    event = EventFactory()
    response = admin_client.get(f"/agenda/{event.slug}/binnenkomst/", {"q": "\x00"})
    assert response.status_code == 400
    assert "Dit adres klopt niet helemaal" in response.content.decode()


@pytest.mark.django_db
def test_nul_in_a_form_field_is_a_field_error(client):
    response = client.post("/nieuwsbrief/aanmelden/", {"email": "lezer\x00@example.org", "consent": "on"})
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()
    assert not Subscriber.objects.exists()


@pytest.mark.django_db
def test_nul_in_a_cookie_is_a_bad_request_not_a_server_error(client):
    client.cookies["sessionid"] = "\x00abcdefgh"
    response = client.get("/")
    assert response.status_code == 400
    assert "info@socialealliantie.nl" in response.content.decode()  # the footer has the secretariat's address


@pytest.mark.django_db
def test_a_refused_request_gets_the_same_security_headers_as_any_page(client):
    refusals = [
        client.post("/nieuwsbrief/aanmelden/", {"email": "ander@example.org", "note": "x" * MB}),
        client.get("/zoeken/", {"q": "\x00"}),
    ]
    assert [r.status_code for r in refusals] == [413, 400]
    for refused in refusals:
        assert "default-src" in refused["Content-Security-Policy"]
        assert refused["X-Content-Type-Options"] == "nosniff" and refused["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_only_logged_in_staff_may_send_the_admin_a_large_body(client):
    for path in ["/admin/login/", "/admin/nieuwsbrief/subscriber/"]:
        assert client.post(path, {"blob": "x" * (3 * MB)}).status_code == 413
