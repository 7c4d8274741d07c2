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
Payments go to their month's partition (made first by `partitions.ensure_months`); the city's
report rollups are recomputed last (hub/rollups.py).
Everything runs in the caller's transaction: a failed load leaves the hub as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import itemgetter
from typing import Any

import psycopg

from rentan_desktop.errors import UserError
from rentan_desktop.hub import partitions, rollups
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
# Rows per COPY part (see _chunked): large enough that per-part statements cost nothing, small
# enough that the working copies of a part stay tens of megabytes.
CHUNK_ROWS = 50_000
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


def copy_rows(conn: psycopg.Connection, statement: str, rows: Iterable[Sequence[Any]]) -> None:
    """COPY rows through psycopg's `write_row`, whose C implementation (psycopg[binary]) formats
    and escapes each value: the cheapest way from Python objects to PostgreSQL's COPY stream
    (about 5x faster here than formatting the text in Python)."""
    with conn.cursor().copy(statement) as copy:
        for row in rows:
            copy.write_row(row)


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


def _transposed(rows: Rows) -> dict[str, Sequence[Any]]:
    """The bundle's rows column by column, by name: one C-level transpose per part instead of
    Python work per value (loads are millions of rows)."""
    if not rows.rows:
        return {n: () for n in rows.columns}
    return dict(zip(rows.columns, zip(*rows.rows, strict=True), strict=True))


def _columns(by_name: dict[str, Sequence[Any]], count: int, wanted: Sequence[str]) -> list[Sequence[Any]]:
    """The wanted columns (see _transposed); a missing column or a null where the hub has a default
    takes the default."""
    out: list[Sequence[Any]] = []
    for name in wanted:
        default = DEFAULTS.get(name)
        column = by_name.get(name)
        if column is None:
            column = [default] * count
        elif default is not None and None in column:
            column = [default if v is None else v for v in column]
        out.append(column)
    return out


def _resolved(ref_map: dict[str, int], uids: Sequence[str | None], what: str) -> list[int | None]:
    """Each uid's id in `ref_map` (None stays None); a uid found nowhere refuses the load."""
    try:
        return [None if uid is None else ref_map[uid] for uid in uids]
    except KeyError:
        return [_resolve(ref_map, uid, what) for uid in uids]


def _split(rows: list[tuple], fresh: list[bool]) -> tuple[list[tuple], list[tuple]]:
    return list(compress(rows, fresh)), list(compress(rows, [not f for f in fresh]))


def _load_keyed(conn: psycopg.Connection, table: str, pemda_id: int, rows: Rows, columns: Sequence[str],
                refs: Sequence[tuple[str, str, dict[str, int], str]], known: dict[str, int]) -> tuple[int, int]:
    """Insert or update rows with an integer id; `refs` are (id column, uid column, map, what).
    `known` (uid -> id of this pemda's rows) is extended with the new ids."""
    by_name, count = _transposed(rows), len(rows.rows)
    uids, *ref_uids = _columns(by_name, count, ("uid", *(uid_col for _c, uid_col, _m, _w in refs)))
    fresh = [uid not in known for uid in uids]
    new_count = sum(fresh)
    next_id = _reserve_ids(conn, table, new_count) if new_count else 0
    for uid in compress(uids, fresh):
        known[uid] = next_id
        next_id += 1
    ids = [known[uid] for uid in uids]
    ref_ids = [_resolved(m, col, what) for (_c, _u, m, what), col in zip(refs, ref_uids, strict=True)]
    out = list(zip(ids, uids, repeat(pemda_id), *ref_ids, *_columns(by_name, count, columns)))
    new, changed = _split(out, fresh)
    ref_cols = tuple(r[0] for r in refs)
    return _write(conn, table, ("uid", "pemda_id", *ref_cols, *columns), new, changed)


def _present_payments(conn: psycopg.Connection, pemda_id: int, keys: Iterable[tuple[str, str]]) -> set[str]:
    """uids of incoming payments this city already has in the hub, found through a COPY of their
    (month, uid). Another city's payment is not 'present': it is new, and the table's primary key
    refuses it (intake names the clash)."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS incoming_keys (month text, uid text) ON COMMIT DROP")
    conn.execute("TRUNCATE incoming_keys")
    copy_rows(conn, "COPY incoming_keys (month, uid) FROM STDIN", keys)
    return {r[0] for r in conn.execute(
        "SELECT p.uid FROM hub.payments p JOIN incoming_keys k ON k.month = p.month AND k.uid = p.uid "
        "WHERE p.pemda_id = %s", [pemda_id])}


def _chunked(load_part: Callable[[Rows], tuple[int, int]], rows: Rows) -> tuple[int, int]:
    """Load the rows a part of CHUNK_ROWS at a time: the loader's working copies (columns, resolved
    ids, COPY tuples) then stay the size of a part, not of a city's year of payments."""
    new = changed = 0
    for start in range(0, len(rows.rows), CHUNK_ROWS):
        n, c = load_part(Rows(rows.columns, rows.rows[start:start + CHUNK_ROWS]))
        new, changed = new + n, changed + c
    return new, changed


def _months_of(rows: Rows) -> set[str]:
    at = list(rows.columns).index("month") if "month" in rows.columns else None
    return set() if at is None else set(map(itemgetter(at), rows.rows))


def _load_payments(conn: psycopg.Connection, pemda_id: int, rows: Rows, refs: Sequence[tuple[str, str, dict, str]],
                   first_load: bool, paid: rollups.PaidAdded) -> tuple[int, int]:
    """Payments by (month, uid). On a city's first load nothing of it can be present (its
    payments name its workers, which were not there), so the presence check is skipped. The new
    rows' live payments are counted into `paid` (the rollup's increment)."""
    if not rows.rows:
        return 0, 0
    by_name, count = _transposed(rows), len(rows.rows)
    uids, months, *ref_uids = _columns(by_name, count, ("uid", "month", *(uid_col for _c, uid_col, _m, _w in refs)))
    present = set() if first_load else _present_payments(conn, pemda_id, zip(months, uids, strict=True))
    ref_ids = [_resolved(m, col, what) for (_c, _u, m, what), col in zip(refs, ref_uids, strict=True)]
    values = _columns(by_name, count, PAYMENT_COLUMNS)
    out = list(zip(uids, months, repeat(pemda_id), *ref_ids, *values))
    fresh = [uid not in present for uid in uids] if present else None
    new, changed = _split(out, fresh) if fresh is not None else (out, [])
    value = dict(zip(PAYMENT_COLUMNS, values, strict=True))
    paid.add(months, ref_ids[[r[0] for r in refs].index("opd_id")], value["paid_on"], value["amount"],
             value["kind"], value["reversed_at"], fresh)
    columns = ("month", "pemda_id", *(r[0] for r in refs), *PAYMENT_COLUMNS)
    return _write(conn, "payments", columns, new, changed, key="uid")


def load_city(conn: psycopg.Connection, pemda_id: int, tables: dict[str, Rows]) -> LoadResult:
    """Write one city's rows (OPDs, sponsors, workers, payments) in the caller's transaction."""
    result = LoadResult()
    opds = _uid_map(conn, "opds", pemda_id)
    sponsors = _uid_map(conn, "sponsors", pemda_id)
    workers = _uid_map(conn, "workers", pemda_id)
    first_load = not workers
    payments = tables.get("payments")
    months = _months_of(payments) if payments is not None else set()
    paid = rollups.PaidAdded()
    partitions.ensure_months(conn, months)
    steps = [
        ("opds", lambda r: _load_keyed(conn, "opds", pemda_id, r, OPD_COLUMNS, (), opds)),
        ("sponsors", lambda r: _load_keyed(conn, "sponsors", pemda_id, r, SPONSOR_COLUMNS,
                                           (("opd_id", "opd_uid", opds, "OPD"),), sponsors)),
        ("workers", lambda r: _load_keyed(conn, "workers", pemda_id, r, WORKER_COLUMNS,
                                          (("opd_id", "opd_uid", opds, "OPD"),
                                           ("sponsor_id", "sponsor_uid", sponsors, "sponsor")), workers)),
        ("payments", lambda r: _load_payments(
            conn, pemda_id, r, (("opd_id", "opd_uid", opds, "OPD"), ("worker_id", "worker_uid", workers, "worker"),
                                ("sponsor_id", "sponsor_uid", sponsors, "sponsor")), first_load, paid)),
    ]
    for name, step in steps:
        rows = tables.get(name)
        if rows is None or not rows.rows:
            continue
        result.inserted[name], result.updated[name] = _chunked(step, rows)
    if result.updated.get("payments"):
        paid.exact = False  # a changed payment may leave a group: its months are grouped again
    rollups.refresh(conn, pemda_id, bool(result.inserted.get("workers") or result.updated.get("workers")), months,
                    bool(result.inserted.get("sponsors") or result.updated.get("sponsors")), paid)
    return result
