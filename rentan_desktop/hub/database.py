"""Reaching the hub's PostgreSQL database: connect by a standard connection string, migrate.

psycopg 3 is imported here and in the hub modules only, so the desktop app never loads it.
"""

from __future__ import annotations

import logging
from typing import Any

import psycopg

from rentan_desktop.errors import UserError
from rentan_desktop.hub.schema import STEPS
from rentan_desktop.i18n import translate

MIGRATIONS_TABLE = "public.hub_migrations"
log = logging.getLogger(__name__)


def connect(dsn: str, **kwargs: Any) -> psycopg.Connection:
    """A connection to the hub database; a clear message when the server cannot be reached.

    In autocommit mode, so each `with conn.transaction()` block (one bundle's rows and its import
    record) is committed when it ends: otherwise the first plain statement opens a transaction
    that turns every later block into a savepoint, and a folder of bundles would stay uncommitted
    until the connection closed while the keystore recorded each import at once."""
    kwargs.setdefault("autocommit", True)
    try:
        return psycopg.connect(dsn, **kwargs)
    except psycopg.OperationalError as exc:
        log.warning("hub database not reachable: %s", str(exc).strip().splitlines()[:1])
        raise UserError(translate(
            "hub", "Cannot reach the PostgreSQL server of the hub. Check the connection string "
                   "(--dsn or RENTAN_HUB_DSN), that the server is running and that the user may log in; "
                   "the log has the server's answer.")) from exc


def applied(conn: psycopg.Connection) -> list[str]:
    exists = conn.execute("SELECT to_regclass(%s)", [MIGRATIONS_TABLE]).fetchone()[0]
    if exists is None:
        return []
    return [r[0] for r in conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY name")]


def migrate(conn: psycopg.Connection) -> list[str]:
    """Apply the steps not yet applied, each in its own transaction; returns their names."""
    with conn.transaction():
        conn.execute(f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} ("
                     "name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
    done = set(applied(conn))
    ran = []
    for name, sql in STEPS:
        if name in done:
            continue
        with conn.transaction():
            conn.execute(sql)
            conn.execute(f"INSERT INTO {MIGRATIONS_TABLE} (name) VALUES (%s)", [name])
        ran.append(name)
    return ran


def schema_version(conn: psycopg.Connection) -> int:
    return len(applied(conn))
