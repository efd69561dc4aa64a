import pytest

pytestmark = pytest.mark.django_db


def test_login_page_says_inloggen_not_aanmelden(client):
    """'Aanmelden' means registering for an event here; logging in must not be called that."""
    html = client.get("/account/login/").content.decode()
    assert "<h1>Inloggen</h1>" in html
    assert ">Aanmelden<" not in html
    assert 'href="/account/password/reset/"' in html
    assert 'href="/account/signup/"' in html


def test_failed_login_shows_error_summary(client):
    html = client.post("/account/login/", {"login": "niemand@example.org", "password": "fout"}).content.decode()
    assert 'class="error-summary"' in html
    assert 'value="niemand@example.org"' in html
