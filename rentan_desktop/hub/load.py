"""Writing a city's verified rows into the hub: ids resolved in Python, new rows by COPY.

The rows come from a city Disnaker's bundle after the sync code verified, decrypted and
checked it; references travel as uids (`opd_uid`, `sponsor_uid`, `worker_uid`,
`reverses_uid`). Per table:
- the uids already present are found with one query over a temporary table of the incoming
  uids (COPY), so a first load pays nothing for the check;
- new rows get ids from a block reserved on the table's sequence and go in by COPY, the floor
  of a PostgreSQL bulk load;
- rows already present (a later bundle changing a worker, a payment reversed) are updated
  from a staging table in one UPDATE ... FROM.
Payments go to their month's partition (made first by `partitions.ensure_months`).
Everything runs in the caller's transaction: a failed load leaves the hub as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import psycopg

from rentan_desktop.errors import UserError
from rentan_desktop.hub import partitions
from rentan_desktop.i18n import translate

# Stored columns per table, in the hub's order (references resolved from uids separately).
OPD_COLUMNS = ("code", "name", "head_name", "head_nip", "contact", "address", "asn_count", "active",
               "created_at", "updated_at")
SPONSOR_COLUMNS = ("kind", "nip", "name", "position", "position_level", "eselon", "gender", "birth_date",
                   "phone", "status", "ended_on", "end_reason", "created_at", "updated_at")
WORKER_COLUMNS = ("relationship", "nik", "name", "birth_place", "birth_date", "gender", "mother_name", "phone",
                  "street", "rt", "rw", "village", "district", "regency", "occupation", "work_location",
                  "declared_income", "jht", "heir_name", "heir_relationship", "start_month", "kpj",
                  "submitted_on", "bpjs_status", "bpjs_reason", "bpjs_start_date", "status",
                  "status_changed_on", "ended_on", "end_reason", "age_override_reason", "paid_through",
                  "created_at", "updated_at")
PAYMENT_COLUMNS = ("amount", "jkk", "jkm", "jht", "method", "reference", "paid_on", "kind", "reverses_uid",
                   "reason", "reversed_at", "batch", "recorded_by", "recorded_at")
DEFAULTS = {"declared_income": 1_000_000, "jht": 0, "active": 1, "position_level": "staff", "status": None,
            "jkk": 0, "jkm": 0, "kind": "payment"}


@dataclass
class Rows:
    """One table's rows as the bundle carries them: column names and value lists."""

    columns: Sequence[str]
    rows: list[Sequence[Any]]

    def dicts(self) -> Iterable[dict[str, Any]]:
        cols = list(self.columns)
        for row in self.rows:
            yield dict(zip(cols, row, strict=False))


@dataclass
class LoadResult:
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.inserted.values()) + sum(self.updated.values())


def _value(row: dict[str, Any], column: str) -> Any:
    value = row.get(column)
    if value is None and DEFAULTS.get(column) is not None:
        return DEFAULTS[column]
    return value


def _present(conn: psycopg.Connection, table: str, uids: list[str]) -> dict[str, int]:
    """uid -> id of the rows of `table` already in the hub, found through a COPY of the uids."""
    if not uids:
        return {}
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS incoming_uids (uid text) ON COMMIT DROP")
    conn.execute("TRUNCATE incoming_uids")
    with conn.cursor().copy("COPY incoming_uids (uid) FROM STDIN") as copy:
        for uid in uids:
            copy.write_row((uid,))
    return dict(conn.execute(f"SELECT t.uid, t.id FROM hub.{table} t JOIN incoming_uids i ON i.uid = t.uid"))


def _reserve_ids(conn: psycopg.Connection, table: str, count: int) -> int:
    """The first of `count` consecutive ids reserved on the table's identity sequence."""
    seq = conn.execute("SELECT pg_get_serial_sequence(%s, 'id')", [f"hub.{table}"]).fetchone()[0]
    last = conn.execute("SELECT setval(%s, nextval(%s) + %s - 1)", [seq, seq, count]).fetchone()[0]
    return last - count + 1


def _write(conn: psycopg.Connection, table: str, columns: Sequence[str], new: list[tuple],
           changed: list[tuple], key: str = "id") -> tuple[int, int]:
    """COPY the new rows in; UPDATE the changed ones from a staging table. Rows start with the key."""
    cols = ", ".join((key, *columns))
    if new:
        with conn.cursor().copy(f"COPY hub.{table} ({cols}) FROM STDIN") as copy:
            for row in new:
                copy.write_row(row)
    if changed:
        conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS upd_{table} (LIKE hub.{table}) ON COMMIT DROP")
        conn.execute(f"TRUNCATE upd_{table}")
        with conn.cursor().copy(f"COPY upd_{table} ({cols}) FROM STDIN") as copy:
            for row in changed:
                copy.write_row(row)
        sets = ", ".join(f"{c} = u.{c}" for c in columns)
        conn.execute(f"UPDATE hub.{table} t SET {sets} FROM upd_{table} u WHERE t.{key} = u.{key}")
    return len(new), len(changed)


_WHAT = {
    "OPD": lambda: "OPD",
    "sponsor": lambda: translate("hub", "sponsor"),
    "worker": lambda: translate("hub", "worker"),
}


def _uid_map(conn: psycopg.Connection, table: str, pemda_id: int) -> dict[str, int]:
    return dict(conn.execute(f"SELECT uid, id FROM hub.{table} WHERE pemda_id = %s", [pemda_id]))


def _resolve(ref_map: dict[str, int], uid: str | None, what: str) -> int | None:
    if uid is None:
        return None
    found = ref_map.get(uid)
    if found is None:
        raise UserError(translate("hub", "A row refers to a record that is neither in the hub nor in this "
                                         "bundle ({what} {uid}). Import the city's earlier bundles first, or ask "
                                         "the city for a full bundle.").format(what=_WHAT[what](), uid=uid))
    return found


def _load_keyed(conn: psycopg.Connection, table: str, pemda_id: int, rows: Rows, columns: Sequence[str],
                refs: Sequence[tuple[str, str, dict[str, int], str]], known: dict[str, int]) -> tuple[int, int]:
    """Insert or update rows with an integer id; `refs` are (id column, uid column, map, what).
    `known` (uid -> id of this pemda's rows) is extended with the new ids."""
    dicts = list(rows.dicts())
    new_dicts = [d for d in dicts if d["uid"] not in known]
    first = _reserve_ids(conn, table, len(new_dicts)) if new_dicts else 0
    for offset, d in enumerate(new_dicts):
        known[d["uid"]] = first + offset
    ref_cols = tuple(r[0] for r in refs)

    def as_row(d: dict[str, Any]) -> tuple:
        ref_values = tuple(_resolve(m, d.get(uid_col), what) for _col, uid_col, m, what in refs)
        return (known[d["uid"]], d["uid"], pemda_id, *ref_values, *(_value(d, c) for c in columns))

    new_set = {d["uid"] for d in new_dicts}
    new = [as_row(d) for d in dicts if d["uid"] in new_set]
    changed = [as_row(d) for d in dicts if d["uid"] not in new_set]
    return _write(conn, table, ("uid", "pemda_id", *ref_cols, *columns), new, changed)


def _load_payments(conn: psycopg.Connection, pemda_id: int, rows: Rows, opds: dict[str, int],
                   sponsors: dict[str, int], workers: dict[str, int]) -> tuple[int, int]:
    dicts = list(rows.dicts())
    if not dicts:
        return 0, 0
    partitions.ensure_months(conn, {d["month"] for d in dicts})
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS incoming_keys (month text, uid text) ON COMMIT DROP")
    conn.execute("TRUNCATE incoming_keys")
    with conn.cursor().copy("COPY incoming_keys (month, uid) FROM STDIN") as copy:
        for d in dicts:
            copy.write_row((d["month"], d["uid"]))
    present = {r[0] for r in conn.execute(
        "SELECT p.uid FROM hub.payments p JOIN incoming_keys k ON k.month = p.month AND k.uid = p.uid")}
    columns = ("month", "pemda_id", "opd_id", "worker_id", "sponsor_id", *PAYMENT_COLUMNS)

    def as_row(d: dict[str, Any]) -> tuple:
        return (d["uid"], d["month"], pemda_id, _resolve(opds, d.get("opd_uid"), "OPD"),
                _resolve(workers, d.get("worker_uid"), "worker"), _resolve(sponsors, d.get("sponsor_uid"), "sponsor"),
                *(_value(d, c) for c in PAYMENT_COLUMNS))

    new = [as_row(d) for d in dicts if d["uid"] not in present]
    changed = [as_row(d) for d in dicts if d["uid"] in present]
    return _write(conn, "payments", columns, new, changed, key="uid")


def load_city(conn: psycopg.Connection, pemda_id: int, tables: dict[str, Rows]) -> LoadResult:
    """Write one city's rows (OPDs, sponsors, workers, payments) in the caller's transaction."""
    result = LoadResult()
    opds = _uid_map(conn, "opds", pemda_id)
    sponsors = _uid_map(conn, "sponsors", pemda_id)
    workers = _uid_map(conn, "workers", pemda_id)
    steps = [
        ("opds", lambda r: _load_keyed(conn, "opds", pemda_id, r, OPD_COLUMNS, (), opds)),
        ("sponsors", lambda r: _load_keyed(conn, "sponsors", pemda_id, r, SPONSOR_COLUMNS,
                                           (("opd_id", "opd_uid", opds, "OPD"),), sponsors)),
        ("workers", lambda r: _load_keyed(conn, "workers", pemda_id, r, WORKER_COLUMNS,
                                          (("opd_id", "opd_uid", opds, "OPD"),
                                           ("sponsor_id", "sponsor_uid", sponsors, "sponsor")), workers)),
        ("payments", lambda r: _load_payments(conn, pemda_id, r, opds, sponsors, workers)),
    ]
    for name, step in steps:
        rows = tables.get(name)
        if rows is None or not rows.rows:
            continue
        result.inserted[name], result.updated[name] = step(rows)
    return result
