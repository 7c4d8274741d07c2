"""The cities (Pemda) whose Disnaker installs feed the hub."""

from __future__ import annotations

import psycopg

from rentan_desktop.hub import roles, scopes


def register(conn: psycopg.Connection, site_uid: str, name: str, region_code: str | None = None) -> int:
    """The hub id of the city whose Disnaker install is `site_uid`, registered on first sight."""
    row = conn.execute("SELECT id FROM hub.pemda WHERE site_uid = %s", [site_uid]).fetchone()
    if row is not None:
        conn.execute("UPDATE hub.pemda SET name = %s, region_code = coalesce(%s, region_code) WHERE id = %s",
                     [name, region_code, row[0]])
        return row[0]
    pemda_id = conn.execute("INSERT INTO hub.pemda (site_uid, name, region_code) VALUES (%s, %s, %s) "
                            "RETURNING id", [site_uid, name, region_code]).fetchone()[0]
    scopes.ensure_pemda(conn, pemda_id)
    reader = roles.reader_role(conn)
    if reader:  # analysts see a city registered after `rentan hub init`
        roles.grant_schema(conn, scopes.schema_of(pemda_id), reader)
    return pemda_id


def all_cities(conn: psycopg.Connection) -> list[tuple[int, str]]:
    return [tuple(r) for r in conn.execute("SELECT id, name FROM hub.pemda ORDER BY name")]
