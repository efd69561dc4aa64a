"""Upload rules for documents: PDF, DOCX or ODT only, at most 10 MB, judged by content."""

import pytest
from django.core.exceptions import ValidationError

from alliantie.models import Document
from alliantie.tests import files
from alliantie.validators import document_kind


@pytest.mark.parametrize(
    "upload, kind",
    [(files.pdf(), "pdf"), (files.docx(), "docx"), (files.odt(), "odt"), (files.pdf("BRIEF.PDF"), "pdf")],
    ids=["pdf", "docx", "odt", "upper-case extension"],
)
def test_real_documents_are_accepted(upload, kind):
    assert document_kind(upload) == kind


def refusal(upload):
    with pytest.raises(ValidationError) as caught:
        document_kind(upload)
    return " ".join(caught.value.messages).replace("\xa0", " ")


def test_exe_renamed_to_pdf_is_refused():
    message = refusal(files.exe_as_pdf("programma.pdf"))
    assert "De inhoud van dit bestand past niet bij de naam ‘programma.pdf’" in message


def test_20_mb_file_is_refused():
    message = refusal(files.big_pdf(20))
    assert "Dat is te groot: een bestand mag hoogstens 10,0 MB zijn." in message
    assert "20,0 MB" in message


def test_10_mb_is_still_allowed():
    upload = files.big_pdf(0)
    upload.size = 10 * 1024 * 1024
    assert document_kind(upload) == "pdf"


def test_docm_is_refused():
    message = refusal(files.docm())
    assert "Dit Word-bestand bevat macro's (.docm)" in message


def test_docm_renamed_to_docx_is_refused():
    message = refusal(files.docm("gewoon.docx"))
    assert "macro's" in message


def test_docx_with_vba_project_is_refused_even_with_plain_content_type():
    upload = files.docx(extra={"word/vbaProject.bin": b"\x00"})
    assert "macro's" in refusal(upload)


@pytest.mark.parametrize(
    "upload",
    [files.pdf("brief.docx"), files.odt("brief.docx"), files.docx("brief.odt"), files.exe_as_pdf("brief.odt")],
    ids=["pdf as docx", "odt as docx", "docx as odt", "exe as odt"],
)
def test_content_must_match_the_extension(upload):
    assert "past niet bij de naam" in refusal(upload)


@pytest.mark.parametrize("name", ["script.exe", "brief.doc", "foto.jpg", "zonder-extensie"])
def test_other_extensions_are_refused(name):
    upload = files.pdf(name)
    assert "Dit soort bestand kan niet" in refusal(upload)


def test_broken_zip_named_docx_is_refused():
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("kapot.docx", b"PK\x03\x04" + b"rommel" * 20)
    assert "past niet bij de naam" in refusal(upload)


def add_document_in_admin(client, upload):
    return client.post(
        "/admin/alliantie/document/add/",
        {
            "title": "Een brief",
            "slug": "een-brief",
            "kind": Document.Kind.OVERIG,
            "access": Document.Access.LEDEN,
            "file": upload,
        },
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "upload, message",
    [
        (files.exe_as_pdf(), "past niet bij de naam"),
        (files.big_pdf(20), "Dat is te groot"),
        (files.docm(), "bevat macro"),
    ],
    ids=["exe as pdf", "20 MB", "docm"],
)
def test_admin_refuses_bad_upload_with_a_clear_message_and_saves_nothing(client, secretariaat_user, upload, message):
    client.force_login(secretariaat_user)
    response = add_document_in_admin(client, upload)
    assert response.status_code == 200
    content = response.content.decode()
    assert message in content
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_admin_stores_a_good_upload_under_a_random_name(client, secretariaat_user, settings):
    client.force_login(secretariaat_user)
    response = add_document_in_admin(client, files.pdf("Geheime brief aan de Kamer.pdf"))
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.file.name.startswith("documenten/")
    assert "Geheime" not in document.file.name
    assert document.file.name.endswith(".pdf")
    stored = settings.PRIVATE_MEDIA_ROOT / document.file.name
    assert stored.read_bytes() == files.PDF_BYTES
    # The change page links to the download view, not to a public file address.
    change = client.get(f"/admin/alliantie/document/{document.pk}/change/")
    assert change.status_code == 200
    assert document.get_download_url() in change.content.decode()
