"""The read-only role analysts use to browse the hub with any PostgreSQL client.

`rentan hub init` creates it (a group role, or a login role when given a password), grants it
read access to the province and every city schema, and sets default privileges so partitions
and city schemas made later are readable too. Nothing it can reach writes.
"""

from __future__ import annotations

import json

import psycopg
from psycopg import sql

from rentan_desktop.hub import scopes

READER_SETTING = "reader_role"


def reader_role(conn: psycopg.Connection) -> str | None:
    row = conn.execute("SELECT value FROM hub.settings WHERE key = %s", [READER_SETTING]).fetchone()
    return json.loads(row[0]) if row else None


def create_reader(conn: psycopg.Connection, name: str, password: str | None = None) -> None:
    role = sql.Identifier(name)
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [name]).fetchone()
    if exists is None:
        if password:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(role, sql.Literal(password)))
        else:
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(role))
    conn.execute(sql.SQL("ALTER ROLE {} SET default_transaction_read_only = on").format(role))
    conn.execute(sql.SQL("ALTER ROLE {} SET search_path = province, hub").format(role))
    for schema in ("hub", "province"):
        grant_schema(conn, schema, name)
        conn.execute(sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA {} GRANT SELECT ON TABLES TO {}").format(
            sql.Identifier(schema), role))
    for (pemda_id,) in conn.execute("SELECT id FROM hub.pemda").fetchall():
        grant_schema(conn, scopes.schema_of(pemda_id), name)
    conn.execute("INSERT INTO hub.settings (key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE "
                 "SET value = excluded.value", [READER_SETTING, json.dumps(name)])


def grant_schema(conn: psycopg.Connection, schema: str, name: str) -> None:
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(schema), sql.Identifier(name)))
    conn.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}").format(
        sql.Identifier(schema), sql.Identifier(name)))
