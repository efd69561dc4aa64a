"""Who gets a document's file: everyone for public files, approved members for members-only files."""

import pytest
from django.core.files.base import ContentFile

from alliantie.models import Document, Membership
from alliantie.tests.factories import DocumentFactory, MembershipFactory, UserFactory
from alliantie.tests.files import PDF_BYTES

pytestmark = pytest.mark.django_db


def with_file(**kwargs):
    document = DocumentFactory(slug="notulen", **kwargs)
    document.file.save("notulen.pdf", ContentFile(PDF_BYTES))
    return document


@pytest.fixture
def members_only():
    return with_file(access=Document.Access.LEDEN)


def assert_is_the_file(response):
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert response["Content-Disposition"] == 'attachment; filename="notulen.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"


def test_public_file_is_downloaded_by_anyone(client):
    document = with_file(access=Document.Access.OPENBAAR)
    assert_is_the_file(client.get(document.get_download_url()))


def test_anonymous_visitor_is_sent_to_login_for_members_only_file(client, members_only):
    url = members_only.get_download_url()
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"/account/login/?next={url}"


def test_logged_in_person_without_organisation_gets_403(client, members_only):
    client.force_login(UserFactory())
    response = client.get(members_only.get_download_url())
    assert response.status_code == 403
    assert "alleen voor leden van wie de aanmelding is goedgekeurd" in response.content.decode()


@pytest.mark.parametrize("status", [Membership.Status.AANGEVRAAGD, Membership.Status.BEEINDIGD])
def test_member_not_approved_gets_403(client, members_only, status):
    membership = MembershipFactory(status=status)
    client.force_login(membership.user)
    assert client.get(members_only.get_download_url()).status_code == 403


def test_approved_member_gets_the_file(client, members_only):
    membership = MembershipFactory()
    client.force_login(membership.user)
    response = client.get(members_only.get_download_url())
    assert_is_the_file(response)
    assert "no-store" in response["Cache-Control"]


def test_secretariat_gets_the_file(client, members_only, secretariaat_user):
    client.force_login(secretariaat_user)
    assert_is_the_file(client.get(members_only.get_download_url()))


def test_document_without_file_has_no_download(client):
    document = DocumentFactory()
    assert client.get(document.get_download_url()).status_code == 404


def test_detail_page_offers_login_to_anonymous_and_download_to_member(client, members_only):
    page = client.get(members_only.get_absolute_url()).content.decode()
    assert "Dit document is alleen voor leden." in page
    assert f"/account/login/?next={members_only.get_download_url()}" in page
    assert f'href="{members_only.get_download_url()}"' not in page

    client.force_login(MembershipFactory().user)
    page = client.get(members_only.get_absolute_url()).content.decode()
    assert f'href="{members_only.get_download_url()}"' in page


def test_detail_page_tells_unapproved_member_why(client, members_only):
    client.force_login(MembershipFactory(status=Membership.Status.AANGEVRAAGD).user)
    page = client.get(members_only.get_absolute_url()).content.decode()
    assert "Uw account is nog niet goedgekeurd" in page
    assert f'href="{members_only.get_download_url()}"' not in page


def test_unknown_document_is_404(client):
    assert client.get("/documenten/bestaat-niet/").status_code == 404
    assert client.get("/documenten/bestaat-niet/bestand/").status_code == 404
