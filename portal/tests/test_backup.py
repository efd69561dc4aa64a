"""A backup is one archive that restores whole: database rows and both upload folders, checked."""

import psycopg
import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command

from alliantie.models import Document
from alliantie.tests.factories import DocumentFactory
from alliantie.tests.files import PDF_BYTES
from portal.backup import BackupError, database_params, make_backup, restore_backup, row_counts

pytestmark = pytest.mark.django_db(transaction=True)

RESTORED = "alliantie_restore_test"


@pytest.fixture
def empty_database():
    params = database_params()
    admin = {**params, "dbname": "postgres"}
    with psycopg.connect(**admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{RESTORED}"')
        connection.execute(f'CREATE DATABASE "{RESTORED}"')
    yield {**params, "dbname": RESTORED}
    with psycopg.connect(**admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{RESTORED}" WITH (FORCE)')


@pytest.fixture
def uploads(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    (settings.MEDIA_ROOT / "cooperaties").mkdir(parents=True)
    (settings.MEDIA_ROOT / "cooperaties" / "foto.png").write_bytes(b"\x89PNG\r\n\x1a\nbeeld")
    return tmp_path


def test_backup_and_restore_round_trip(uploads, empty_database, tmp_path):
    call_command("seed", stdout=None)
    document = DocumentFactory(access=Document.Access.LEDEN)
    document.file.save("notulen.pdf", ContentFile(PDF_BYTES))

    archive = make_backup(tmp_path / "backups")
    target = {"media": tmp_path / "terug" / "media", "private-media": tmp_path / "terug" / "private-media"}
    manifest = restore_backup(archive, params=empty_database, folders=target)

    assert row_counts(empty_database) == manifest["rows"] == row_counts(database_params())
    assert manifest["rows"]["manifest_figure"] == 45
    assert (target["private-media"] / document.file.name).read_bytes() == PDF_BYTES
    assert (target["media"] / "cooperaties" / "foto.png").exists()


def test_restore_refuses_a_database_that_is_not_empty(uploads, tmp_path):
    archive = make_backup(tmp_path / "backups")
    with pytest.raises(BackupError, match="niet leeg"):
        restore_backup(archive, folders={"media": tmp_path / "a", "private-media": tmp_path / "b"})


def test_the_archive_is_readable_by_its_owner_only(uploads, tmp_path):
    archive = make_backup(tmp_path / "backups")
    assert oct(archive.stat().st_mode & 0o777) == "0o600"
