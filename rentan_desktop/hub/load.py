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



@dataclass
class LoadResult:
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.inserted.values()) + sum(self.updated.values())


_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_COPY_CHUNK = 5_000  # rows per write: a few hundred KB of text


def _field(value: Any) -> str:
    if value is None:
        return "\\N"
    if isinstance(value, str):
        return value.translate(_ESCAPES)
    return str(int(value)) if isinstance(value, bool) else str(value)


def copy_rows(conn: psycopg.Connection, statement: str, rows: Iterable[Sequence[Any]]) -> None:
    """COPY rows in PostgreSQL's text format, written in chunks: several times faster than
    psycopg's row-by-row `write_row` from Python, which would otherwise bound the load."""
    with conn.cursor().copy(statement) as copy:
        lines: list[str] = []
        for row in rows:
            lines.append("\t".join(map(_field, row)))
            if len(lines) >= _COPY_CHUNK:
                copy.write("\n".join(lines) + "\n")
                lines.clear()
        if lines:
            copy.write("\n".join(lines) + "\n")


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
        copy_rows(conn, f"COPY hub.{table} ({cols}) FROM STDIN", new)
    if changed:
        conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS upd_{table} (LIKE hub.{table}) ON COMMIT DROP")
        conn.execute(f"TRUNCATE upd_{table}")
        copy_rows(conn, f"COPY upd_{table} ({cols}) FROM STDIN", changed)
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


class _Picker:
    """Builds hub rows from bundle rows by column position (no dict per row: loads are millions)."""

    def __init__(self, rows: Rows, columns: Sequence[str]):
        names = list(rows.columns)
        self.uid = names.index("uid")
        self.positions = [names.index(c) if c in names else None for c in columns]
        self.defaults = [DEFAULTS.get(c) for c in columns]
        self._names = names

    def position(self, name: str) -> int | None:
        return self._names.index(name) if name in self._names else None

    def values(self, row: Sequence[Any]) -> list[Any]:
        out = []
        for pos, default in zip(self.positions, self.defaults, strict=True):
            value = row[pos] if pos is not None else None
            out.append(default if value is None and default is not None else value)
        return out


def _ref_getters(picker: _Picker, refs: Sequence[tuple[str, str, dict[str, int], str]]):
    return [(picker.position(uid_col), ref_map, what) for _col, uid_col, ref_map, what in refs]


def _load_keyed(conn: psycopg.Connection, table: str, pemda_id: int, rows: Rows, columns: Sequence[str],
                refs: Sequence[tuple[str, str, dict[str, int], str]], known: dict[str, int]) -> tuple[int, int]:
    """Insert or update rows with an integer id; `refs` are (id column, uid column, map, what).
    `known` (uid -> id of this pemda's rows) is extended with the new ids."""
    pick = _Picker(rows, columns)
    getters = _ref_getters(pick, refs)
    fresh = [row for row in rows.rows if row[pick.uid] not in known]
    first = _reserve_ids(conn, table, len(fresh)) if fresh else 0
    fresh_uids = set()
    for offset, row in enumerate(fresh):
        known[row[pick.uid]] = first + offset
        fresh_uids.add(row[pick.uid])

    def as_row(row: Sequence[Any]) -> tuple:
        uid = row[pick.uid]
        ref_values = [_resolve(m, row[pos] if pos is not None else None, what) for pos, m, what in getters]
        return (known[uid], uid, pemda_id, *ref_values, *pick.values(row))

    new = [as_row(row) for row in rows.rows if row[pick.uid] in fresh_uids]
    changed = [as_row(row) for row in rows.rows if row[pick.uid] not in fresh_uids]
    ref_cols = tuple(r[0] for r in refs)
    return _write(conn, table, ("uid", "pemda_id", *ref_cols, *columns), new, changed)


def _present_payments(conn: psycopg.Connection, keys: Iterable[tuple[str, str]]) -> set[str]:
    """uids of incoming payments already in the hub, found through a COPY of their (month, uid)."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS incoming_keys (month text, uid text) ON COMMIT DROP")
    conn.execute("TRUNCATE incoming_keys")
    copy_rows(conn, "COPY incoming_keys (month, uid) FROM STDIN", keys)
    return {r[0] for r in conn.execute(
        "SELECT p.uid FROM hub.payments p JOIN incoming_keys k ON k.month = p.month AND k.uid = p.uid")}


def _load_payments(conn: psycopg.Connection, pemda_id: int, rows: Rows, refs: Sequence[tuple[str, str, dict, str]],
                   first_load: bool) -> tuple[int, int]:
    """Payments by (month, uid). On a city's first load nothing of it can be present (its
    payments name its workers, which were not there), so the presence check is skipped."""
    if not rows.rows:
        return 0, 0
    pick = _Picker(rows, PAYMENT_COLUMNS)
    month_at = pick.position("month")
    getters = _ref_getters(pick, refs)
    partitions.ensure_months(conn, {row[month_at] for row in rows.rows})
    present = set() if first_load else _present_payments(
        conn, ((row[month_at], row[pick.uid]) for row in rows.rows))

    def as_row(row: Sequence[Any]) -> tuple:
        ref_values = [_resolve(m, row[pos] if pos is not None else None, what) for pos, m, what in getters]
        return (row[pick.uid], row[month_at], pemda_id, *ref_values, *pick.values(row))

    new = [as_row(row) for row in rows.rows if row[pick.uid] not in present]
    changed = [as_row(row) for row in rows.rows if row[pick.uid] in present]
    columns = ("month", "pemda_id", *(r[0] for r in refs), *PAYMENT_COLUMNS)
    return _write(conn, "payments", columns, new, changed, key="uid")


def load_city(conn: psycopg.Connection, pemda_id: int, tables: dict[str, Rows]) -> LoadResult:
    """Write one city's rows (OPDs, sponsors, workers, payments) in the caller's transaction."""
    result = LoadResult()
    opds = _uid_map(conn, "opds", pemda_id)
    sponsors = _uid_map(conn, "sponsors", pemda_id)
    workers = _uid_map(conn, "workers", pemda_id)
    first_load = not workers
    steps = [
        ("opds", lambda r: _load_keyed(conn, "opds", pemda_id, r, OPD_COLUMNS, (), opds)),
        ("sponsors", lambda r: _load_keyed(conn, "sponsors", pemda_id, r, SPONSOR_COLUMNS,
                                           (("opd_id", "opd_uid", opds, "OPD"),), sponsors)),
        ("workers", lambda r: _load_keyed(conn, "workers", pemda_id, r, WORKER_COLUMNS,
                                          (("opd_id", "opd_uid", opds, "OPD"),
                                           ("sponsor_id", "sponsor_uid", sponsors, "sponsor")), workers)),
        ("payments", lambda r: _load_payments(
            conn, pemda_id, r, (("opd_id", "opd_uid", opds, "OPD"), ("worker_id", "worker_uid", workers, "worker"),
                                ("sponsor_id", "sponsor_uid", sponsors, "sponsor")), first_load)),
    ]
    for name, step in steps:
        rows = tables.get(name)
        if rows is None or not rows.rows:
            continue
        result.inserted[name], result.updated[name] = step(rows)
    return result
