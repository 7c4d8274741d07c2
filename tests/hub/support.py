"""Moving a desktop store's rows into the hub for tests that compare the two side by side."""

from __future__ import annotations

import psycopg
import sqlite_utils

from rentan_desktop.hub import load

_REFS = {
    "sponsors": {"opd_id": ("opds", "opd_uid")},
    "workers": {"opd_id": ("opds", "opd_uid"), "sponsor_id": ("sponsors", "sponsor_uid")},
    "payments": {"opd_id": ("opds", "opd_uid"), "worker_id": ("workers", "worker_uid"),
                 "sponsor_id": ("sponsors", "sponsor_uid"), "reverses_id": ("payments", "reverses_uid")},
}
_COLUMNS = {"opds": load.OPD_COLUMNS, "sponsors": load.SPONSOR_COLUMNS, "workers": load.WORKER_COLUMNS,
            "payments": ("month", *(c for c in load.PAYMENT_COLUMNS if c != "reverses_uid"))}


def rows_from_store(db: sqlite_utils.Database) -> dict[str, load.Rows]:
    uids = {t: dict(db.execute(f"SELECT id, uid FROM {t}").fetchall()) for t in _COLUMNS}
    out = {}
    for table, columns in _COLUMNS.items():
        refs = _REFS.get(table, {})
        names = ["uid", *columns, *(uid_col for _t, uid_col in refs.values())]
        select = ", ".join(["uid", *columns, *refs])
        rows = []
        for r in db.execute(f"SELECT {select} FROM {table}").fetchall():
            base = list(r[:1 + len(columns)])
            ref_values = [uids[t].get(v) if v is not None else None
                          for (t, _u), v in zip(refs.values(), r[1 + len(columns):], strict=True)]
            rows.append(base + ref_values)
        out[table] = load.Rows(names, rows)
    return out


def copy_reference_data(db: sqlite_utils.Database, conn: psycopg.Connection) -> None:
    """Settings the reports read and the rate tables, as a city's bundle brings them."""
    for key, value in db.execute("SELECT key, value FROM settings WHERE key IN ('quotas', 'coverage_target')"):
        conn.execute("INSERT INTO hub.settings(key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE "
                     "SET value = excluded.value", [key, value])
    for rid, uid, eff, jkm, jkk, jht, note, created in db.execute(
            "SELECT id, uid, effective_from, jkm_flat, jkk_permille, jht_permille, note, created_at "
            "FROM rate_tables"):
        made = conn.execute(
            "INSERT INTO hub.rate_tables(uid, effective_from, jkm_flat, jkk_permille, jht_permille, note, created_at) "
            "VALUES (%s,%s,%s,%s,%s,%s,%s) ON CONFLICT (effective_from) DO NOTHING RETURNING id",
            [uid, eff, jkm, jkk, jht, note, created]).fetchone()
        if made is None:  # `rentan hub init` seeded the same table
            continue
        new_id = made[0]
        for lo, hi, base in db.execute("SELECT income_from, income_to, base_income FROM rate_brackets "
                                       "WHERE rate_table_id = ?", [rid]):
            conn.execute("INSERT INTO hub.rate_brackets(rate_table_id, income_from, income_to, base_income) "
                         "VALUES (%s,%s,%s,%s)", [new_id, lo, hi, base])
