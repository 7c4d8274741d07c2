"""Which rows a report on the hub sees: the whole province or one city (Pemda).

The desktop's report code names its tables plainly (`workers`, `payments`, `opds`...). On the
hub those names resolve through the search_path: `province, hub` for the province, and
`pemda_N, hub` for city N, whose schema holds views of that city's rows only. The views carry
the city's id as a constant, so PostgreSQL plans them as an ordinary filter on an indexed column.
"""

from __future__ import annotations

import psycopg

SCOPED_TABLES = ("opds", "sponsors", "workers", "payments")
PEOPLE_ROLLUPS = ("report_worker_status", "report_sponsor_levels", "report_shared_nips", "report_shared_niks")


def schema_of(pemda_id: int | None) -> str:
    return "province" if pemda_id is None else f"pemda_{int(pemda_id)}"


def ensure_pemda(conn: psycopg.Connection, pemda_id: int) -> None:
    """Create city N's schema of views (once, when the city is registered)."""
    schema = schema_of(pemda_id)
    conn.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    for table in SCOPED_TABLES:
        conn.execute(f"CREATE OR REPLACE VIEW {schema}.{table} AS "
                     f"SELECT * FROM hub.{table} WHERE pemda_id = {int(pemda_id)}")
    conn.execute(f"CREATE OR REPLACE VIEW {schema}.report_worker_groups AS "
                 f"SELECT * FROM hub.report_worker_groups_of({int(pemda_id)})")  # hub step h003
    conn.execute(f"CREATE OR REPLACE VIEW {schema}.report_paid_days AS "
                 f"SELECT * FROM hub.report_paid_days_of({int(pemda_id)})")  # hub step h004
    for rollup in PEOPLE_ROLLUPS:  # hub step h007
        conn.execute(f"CREATE OR REPLACE VIEW {schema}.{rollup} AS "
                     f"SELECT * FROM hub.{rollup} WHERE pemda_id = {int(pemda_id)}")
    # A city's reports read the city's own settings (from its bundles), else the province's.
    conn.execute(f"CREATE OR REPLACE VIEW {schema}.settings AS "
                 f"SELECT key, value FROM hub.pemda_settings WHERE pemda_id = {int(pemda_id)} UNION ALL "
                 f"SELECT key, value FROM hub.settings s WHERE NOT EXISTS (SELECT 1 FROM hub.pemda_settings c "
                 f"WHERE c.pemda_id = {int(pemda_id)} AND c.key = s.key)")


def use(conn: psycopg.Connection, pemda_id: int | None) -> None:
    """Point the connection's table names at the province or at one city."""
    conn.execute(f"SET search_path = {schema_of(pemda_id)}, hub")
