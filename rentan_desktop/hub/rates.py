"""Rate tables on the hub: the payments area's default until a city's bundle brings its own."""

from __future__ import annotations

import psycopg

from rentan_desktop.payments.rates import DEFAULT_TABLE
from rentan_desktop.store.clock import new_uid, now_iso


def seed_default(conn: psycopg.Connection) -> bool:
    """Insert the default BPU table when the hub has none; True when it did."""
    if conn.execute("SELECT 1 FROM hub.rate_tables LIMIT 1").fetchone():
        return False
    table_id = conn.execute(
        "INSERT INTO hub.rate_tables (uid, effective_from, jkm_flat, jkk_permille, jht_permille, note, created_at) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
        [new_uid(), DEFAULT_TABLE["effective_from"], DEFAULT_TABLE["jkm_flat"], DEFAULT_TABLE["jkk_permille"],
         DEFAULT_TABLE["jht_permille"], DEFAULT_TABLE["note"], now_iso()]).fetchone()[0]
    with conn.cursor().copy("COPY hub.rate_brackets (rate_table_id, income_from, income_to, base_income) "
                            "FROM STDIN") as copy:
        for low, high, base in DEFAULT_TABLE["brackets"]:
            copy.write_row((table_id, low, high, base))
    return True
