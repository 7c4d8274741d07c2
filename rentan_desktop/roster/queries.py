"""Roster reads for big tables: SQL filters and sorts, callers hold ids and fetch rows in blocks.

The roster tab (and Disnaker's consolidated roster) keep a sorted list of ids from
`worker_ids`/`sponsor_ids` and load the rows they show with `fetch_workers`/`fetch_sponsors`.
Search: one or two letters match the start of a name through the `COLLATE NOCASE` index,
three or more match anywhere in the name (workers: the trigram index of schema step m014 for
counts and other sorts, the name index walked for a page in name order; sponsors: a scan of
the name index), digits match the start of a NIK or NIP through their indexes.
`opd_id=None` means every OPD (Disnaker); an OPD install passes its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from rentan_desktop.domain.digits import strip_separators
from rentan_desktop.roster import name_index, readiness
from rentan_desktop.store.sql import Where, chunked, marks, next_prefix, rows_by_id

# A current worker is draft, submitted or active (as the reports count them): a lapsed
# membership is no longer protected, so it does not meet a sponsor's quota.
CURRENT_STATUSES = ("draft", "submitted", "active")
_CURRENT_SQL = "('draft', 'submitted', 'active')"
_CURRENT_WORKERS_SORT = ("(SELECT count(*) FROM workers cw WHERE cw.sponsor_id = s.id "
                         f"AND cw.status IN {_CURRENT_SQL})")

# Sort keys the tables offer, mapped to SQL. Ties break on id so the order is stable.
WORKER_SORTS = {
    "name": "w.name COLLATE NOCASE",
    "nik": "w.nik",
    "gender": "w.gender",
    "birth_date": "w.birth_date",
    "occupation": "w.occupation COLLATE NOCASE",
    "village": "w.village COLLATE NOCASE",
    "sponsor": "s.name COLLATE NOCASE",
    "start_month": "w.start_month",
    "status": "w.status",
    "kpj": "w.kpj",
    "opd": "o.code",
    "readiness": readiness.state_sort_sql(),
}
SPONSOR_SORTS = {
    "name": "s.name COLLATE NOCASE",
    "nip": "s.nip",
    "kind": "s.kind",
    "position": "s.position COLLATE NOCASE",
    "position_level": "s.position_level",
    "workers": _CURRENT_WORKERS_SORT,
    "status": "s.status",
    "opd": "o.code",
}

_CURRENT_WORKERS = _CURRENT_WORKERS_SORT


# Sorts an index serves in order: a page of them is read straight from the index (LIMIT/OFFSET).
# Other sorts sort every matching row once, so their callers keep the sorted ids instead.
INDEXED_WORKER_SORTS = frozenset({"name", "nik"})
INDEXED_SPONSOR_SORTS = frozenset({"name", "nip"})
# Sorts on a NOT NULL indexed column: a page may continue after the last row of the page before
# (keyset paging: the index is entered at that key instead of walked past OFFSET rows).
KEYSET_WORKER_SORTS = frozenset({"name", "nik"})
KEYSET_SPONSOR_SORTS = frozenset({"name"})
SELECTIVE_DIGITS = 8  # a NIK/NIP prefix this long narrows enough to sort its matches
# Above this many matches a page walks the sort index and filters as it goes; below it, SQL
# finds the few matches through their own index and sorts them (see `steer`).
STEER_MIN_MATCHES = 20_000


@dataclass(frozen=True)
class WorkerFilter:
    search: str = ""
    status: str | None = None  # a worker status, "current" (draft, submitted, active) or None for all
    without_sponsor: bool = False
    sponsor_id: int | None = None
    opd_id: int | None = None
    readiness: str | None = None  # "ready" (a draft BPJS can register), "incomplete" (data missing), "rejected"


@dataclass(frozen=True)
class SponsorFilter:
    search: str = ""
    status: str | None = None  # "active", "ended" or None
    below_quota: bool = False
    opd_id: int | None = None


def quotas(db: sqlite_utils.Database) -> dict[str, int]:
    """Minimum workers per position level in force now (Disnaker's rules: payments.rules.quotas_for)."""
    from rentan_desktop.payments.rules import quotas_for

    return quotas_for(db)


def can_search_inside(text: str) -> bool:
    """A name search that looks anywhere in the name (three letters or more, not an identifier)."""
    text = " ".join(text.split())
    return len(text) >= 3 and not strip_separators(text).isdigit()


def _search_clause(text: str, name_col: str, id_col: str | None, steer: bool,
                   trigram_rowid: str | None = None) -> tuple[str, list[Any]]:
    """Search on the name (case-insensitive) or the identifier.

    One or two letters match the start of a name through the `COLLATE NOCASE` index; three
    or more match anywhere in the name (a surname), a scan of that index only (no table rows),
    about 20 ms at 200,000 workers. Digits match the start of the NIK/NIP through its index.
    `steer` (page queries) keeps a short identifier prefix off its index ('+col') so SQLite
    walks the sort index and stops after one page instead of sorting every match.
    `trigram_rowid` (workers): the text anywhere in the name comes from the trigram index of
    schema step m014 (milliseconds, where LIKE reads every name); None keeps LIKE, which suits a
    page read in name order (the name index is walked and the walk stops after one page).
    """
    text = " ".join(text.split())
    if not text:
        return "", []
    digits = strip_separators(text)
    if can_search_inside(text):
        # Three letters or more: the text anywhere in the name, so "lestari" finds "Sri Lestari"
        # as well as "Lestari Wulandari" (prefix matches are a subset).
        if trigram_rowid:
            return name_index.clause(text, trigram_rowid)
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return f"({name_col} LIKE ? ESCAPE '\\')", [f"%{escaped}%"]
    if id_col and digits.isdigit():
        col = f"+{id_col}" if steer and len(digits) < SELECTIVE_DIGITS else id_col
        return f"({col} >= ? AND {col} < ?)", [digits, next_prefix(digits)]
    return (f"({name_col} >= ? COLLATE NOCASE AND {name_col} < ? COLLATE NOCASE)",
            [text, next_prefix(text)])


def _worker_where(flt: WorkerFilter, steer: bool = False, by_name: bool = False) -> tuple[str, list[Any]]:
    """WHERE text and parameters. `steer` marks filters '+' so the sort index drives the scan;
    `by_name`: a page in name order (a name search filters the name index as it is walked)."""
    p = "+" if steer else ""
    where = Where()
    clause, args = _search_clause(flt.search, "w.name", "w.nik", steer, None if by_name else "w.id")
    where.add(clause, *args)
    if flt.status == "current":
        where.add(f"{p}w.status IN {_CURRENT_SQL}")
    elif flt.status:
        where.add(f"{p}w.status = ?", flt.status)
    if flt.without_sponsor:
        where.add(f"{p}w.sponsor_id IS NULL")
    if flt.readiness == "ready":
        where.add(readiness.ready_sql())
    elif flt.readiness == "incomplete":  # still to register and lacking data (the home screen's count)
        where.add(readiness.incomplete_sql())
    elif flt.readiness == "rejected":  # BPJS refused the registration: back to draft with its reason
        where.add(f"{p}w.status = 'draft' AND w.bpjs_status = 'rejected'")
    if flt.sponsor_id is not None:
        where.add("w.sponsor_id = ?", flt.sponsor_id)
    if flt.opd_id is not None:
        where.add(f"{p}w.opd_id = ?", flt.opd_id)
    return where.sql, where.params


def keyset_after(order: str, id_col: str, after: tuple[Any, int], descending: bool) -> tuple[str, list[Any]]:
    """Rows that come after (value, id) in `ORDER BY order, id` (both DESC when descending), written
    as a range on the sort column so SQLite seeks its index. For NOT NULL sort columns only."""
    value, record_id = after
    if descending:
        return f"({order} <= ? AND ({order} < ? OR {id_col} < ?))", [value, value, record_id]
    return f"({order} >= ? AND ({order} > ? OR {id_col} > ?))", [value, value, record_id]


def _and(where: str, clause: str) -> str:
    return f"{where} AND {clause}" if where else f" WHERE {clause}"


def _count_before(db: sqlite_utils.Database, source: str, where: str, params: list[Any], order: str, id_col: str,
                  key: tuple[Any, int], descending: bool, nullable: bool = False) -> int:
    """How many matching rows come before `key` (value, id) in `ORDER BY order, id` (both DESC when
    descending): the row's position. A nullable sort column puts NULLs first when ascending."""
    value, record_id = key
    op = ">" if descending else "<"
    if value is None:
        before = f"({order} IS NOT NULL OR {id_col} {op} ?)" if descending else f"({order} IS NULL AND {id_col} {op} ?)"
        args: list[Any] = [record_id]
    else:
        nulls = f"{order} IS NULL OR " if nullable and not descending else ""
        before = f"({nulls}{order} {op} ? OR ({order} = ? AND {id_col} {op} ?))"
        args = [value, value, record_id]
    return db.execute(f"SELECT count(*) FROM {source}{_and(where, before)}", [*params, *args]).fetchone()[0]


def _worker_joins(sort: str) -> str:
    joins = ""
    if sort == "sponsor":
        joins += " LEFT JOIN sponsors s ON s.id = w.sponsor_id"
    if sort == "opd":
        joins += " LEFT JOIN opds o ON o.id = w.opd_id"
    return joins


def worker_ids(db: sqlite_utils.Database, flt: WorkerFilter = WorkerFilter(), sort: str = "name",
               descending: bool = False, offset: int = 0, limit: int = -1, steer: bool = False,
               after: tuple[Any, int] | None = None) -> list[int]:
    """Ids of the workers matching `flt`, in display order (a page of them with offset/limit).

    `steer=True` suits many matches under an index-served sort: SQL walks the sort index and
    stops after one page. Callers pass `count > STEER_MIN_MATCHES`. `after=(sort value, id)` of
    the row before the page (KEYSET_WORKER_SORTS only) replaces `offset`.
    """
    steer = steer and sort in INDEXED_WORKER_SORTS and flt.sponsor_id is None
    where, params = _worker_where(flt, steer, by_name=sort == "name" and flt.sponsor_id is None)
    order = WORKER_SORTS.get(sort, WORKER_SORTS["name"])
    if after is not None and sort in KEYSET_WORKER_SORTS:
        clause, args = keyset_after(order, "w.id", after, descending)
        where, params, offset = _and(where, clause), [*params, *args], 0
    direction = "DESC" if descending else "ASC"
    sql = (f"SELECT w.id FROM workers w{_worker_joins(sort)}{where} "
           f"ORDER BY {order} {direction}, w.id {direction} LIMIT ? OFFSET ?")
    return [r[0] for r in db.execute(sql, [*params, limit, offset])]


def count_workers(db: sqlite_utils.Database, flt: WorkerFilter = WorkerFilter()) -> int:
    """How many workers match `flt`: from the trigger-kept `worker_counts` (a few rows) when the
    filter is only OPD, status and 'without sponsor' (the roster's first screen); a name search
    alone from the trigram index; else in SQL."""
    if not flt.search and flt.readiness is None and flt.sponsor_id is None:
        return _tallied_workers(db, flt)
    if can_search_inside(flt.search):
        name_index.fold(db)  # the count comes first on every search: new names move into the index
        if flt == WorkerFilter(search=flt.search):  # the search alone: counted from the index
            return name_index.count(db, " ".join(flt.search.split()))
    where, params = _worker_where(flt)
    return db.execute(f"SELECT count(*) FROM workers w{where}", params).fetchone()[0]


def _tallied_workers(db: sqlite_utils.Database, flt: WorkerFilter) -> int:
    where = Where()
    if flt.status == "current":
        where.add(f"status IN {_CURRENT_SQL}")
    elif flt.status:
        where.add("status = ?", flt.status)
    if flt.without_sponsor:
        where.add("without_sponsor = 1")
    if flt.opd_id is not None:
        where.add("opd_id = ?", flt.opd_id)
    return db.execute(f"SELECT coalesce(sum(workers), 0) FROM worker_counts{where.sql}", where.params).fetchone()[0]


def worker_position(db: sqlite_utils.Database, flt: WorkerFilter, sort: str, descending: bool,
                    worker_id: int) -> int:
    """Where a worker sits in an index-sorted list (-1 when it does not match the filter)."""
    if sort not in INDEXED_WORKER_SORTS:
        ids = worker_ids(db, flt, sort, descending)
        return ids.index(worker_id) if worker_id in ids else -1
    where, params = _worker_where(flt)
    row = db.execute(f"SELECT w.name, w.nik FROM workers w{_and(where, 'w.id = ?')}", [*params, worker_id]).fetchone()
    if row is None:
        return -1
    col, value = ("w.name COLLATE NOCASE", row[0]) if sort == "name" else ("w.nik", row[1])
    return _count_before(db, "workers w", where, params, col, "w.id", (value, worker_id), descending)


WORKER_ROW_COLUMNS = ("id", "uid", "name", "nik", "gender", "birth_date", "occupation", "village",
                      "sponsor_name", "sponsor_nip", "start_month", "status", "kpj", "opd_code",
                      "sponsor_id", "ended_on", "end_reason", "birth_place", "mother_name", "street",
                      "district", "regency", "heir_name", "heir_relationship", "sponsor_status", "bpjs_status", "bpjs_reason")


def fetch_workers(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Display rows for a block of worker ids (a few hundred at a time)."""
    rows = rows_by_id(db, "SELECT w.id, w.uid, w.name, w.nik, w.gender, w.birth_date, w.occupation, w.village, "
                          "s.name, s.nip, w.start_month, w.status, w.kpj, o.code, w.sponsor_id, w.ended_on, "
                          "w.end_reason, w.birth_place, w.mother_name, w.street, w.district, w.regency, "
                          "w.heir_name, w.heir_relationship, s.status, w.bpjs_status, w.bpjs_reason FROM workers w "
                          "LEFT JOIN sponsors s ON s.id = w.sponsor_id LEFT JOIN opds o ON o.id = w.opd_id",
                   "w.id", WORKER_ROW_COLUMNS, ids)
    for row in rows.values():
        row["missing"] = readiness.missing_fields(row)
    return rows


def _level_quota_sql(q: dict[str, int]) -> tuple[str, list[int]]:
    return ("CASE s.position_level WHEN 'head_opd' THEN ? WHEN 'head_division' THEN ? ELSE ? END",
            [int(q.get("head_opd", 1)), int(q.get("head_division", 1)), int(q.get("staff", 1))])


def _sponsor_where(db: sqlite_utils.Database, flt: SponsorFilter, steer: bool = False) -> tuple[str, list[Any]]:
    p = "+" if steer else ""
    where = Where()
    clause, args = _search_clause(flt.search, "s.name", "s.nip", steer)
    where.add(clause, *args)
    if flt.status:
        where.add(f"{p}s.status = ?", flt.status)
    if flt.below_quota:
        # Correlated count through the workers_sponsor index: cheap per sponsor, and a page
        # stops as soon as it has its rows.
        quota_sql, quota_args = _level_quota_sql(quotas(db))
        where.add(f"{p}s.status = 'active' AND {_CURRENT_WORKERS} < {quota_sql}", *quota_args)
    if flt.opd_id is not None:
        where.add(f"{p}s.opd_id = ?", flt.opd_id)
    return where.sql, where.params


def sponsor_ids(db: sqlite_utils.Database, flt: SponsorFilter = SponsorFilter(), sort: str = "name",
                descending: bool = False, offset: int = 0, limit: int = -1, steer: bool = False,
                after: tuple[Any, int] | None = None) -> list[int]:
    """Ids of the sponsors matching `flt` in display order; `steer` and `after` as for worker_ids."""
    where, params = _sponsor_where(db, flt, steer=steer and sort in INDEXED_SPONSOR_SORTS)
    order = SPONSOR_SORTS.get(sort, SPONSOR_SORTS["name"])
    if after is not None and sort in KEYSET_SPONSOR_SORTS:
        clause, args = keyset_after(order, "s.id", after, descending)
        where, params, offset = _and(where, clause), [*params, *args], 0
    direction = "DESC" if descending else "ASC"
    joins = " LEFT JOIN opds o ON o.id = s.opd_id" if sort == "opd" else ""
    sql = (f"SELECT s.id FROM sponsors s{joins}{where} ORDER BY {order} {direction}, s.id {direction} "
           "LIMIT ? OFFSET ?")
    return [r[0] for r in db.execute(sql, [*params, limit, offset])]


def count_sponsors(db: sqlite_utils.Database, flt: SponsorFilter = SponsorFilter()) -> int:
    where, params = _sponsor_where(db, flt)
    return db.execute(f"SELECT count(*) FROM sponsors s{where}", params).fetchone()[0]


def sponsor_position(db: sqlite_utils.Database, flt: SponsorFilter, sort: str, descending: bool,
                     sponsor_id: int) -> int:
    """Where a sponsor sits in the sorted list (-1 when it does not match the filter)."""
    if sort not in INDEXED_SPONSOR_SORTS:
        ids = sponsor_ids(db, flt, sort, descending)
        return ids.index(sponsor_id) if sponsor_id in ids else -1
    where, params = _sponsor_where(db, flt)
    row = db.execute(f"SELECT s.name, s.nip FROM sponsors s{_and(where, 's.id = ?')}", [*params, sponsor_id]).fetchone()
    if row is None:
        return -1
    col, value = ("s.name COLLATE NOCASE", row[0]) if sort == "name" else ("s.nip", row[1])
    return _count_before(db, "sponsors s", where, params, col, "s.id", (value, sponsor_id), descending,
                         nullable=sort == "nip")


SPONSOR_ROW_COLUMNS = ("id", "uid", "name", "nip", "kind", "position", "position_level", "status",
                       "opd_code", "ended_on", "end_reason")


def fetch_sponsors(db: sqlite_utils.Database, ids: Sequence[int],
                   quota_by_level: dict[str, int] | None = None) -> dict[int, dict[str, Any]]:
    """Display rows for a block of sponsor ids, each with `workers` (not ended) and `quota`."""
    if not ids:
        return {}
    q = quota_by_level or quotas(db)
    rows = rows_by_id(db, "SELECT s.id, s.uid, s.name, s.nip, s.kind, s.position, s.position_level, s.status, "
                          "o.code, s.ended_on, s.end_reason FROM sponsors s LEFT JOIN opds o ON o.id = s.opd_id",
                      "s.id", SPONSOR_ROW_COLUMNS, ids)
    counts: dict[int, int] = {}
    for chunk in chunked(list(ids)):
        counts.update(db.execute(f"SELECT sponsor_id, count(*) FROM workers WHERE sponsor_id IN ({marks(chunk)}) "
                                 f"AND status IN {_CURRENT_SQL} GROUP BY sponsor_id", chunk).fetchall())
    for sid, row in rows.items():
        row["workers"] = counts.get(sid, 0)
        row["quota"] = int(q.get(row["position_level"], 1))
    return rows


@dataclass(frozen=True)
class QuotaStatus:
    workers: int
    quota: int

    @property
    def below(self) -> bool:
        return self.workers < self.quota

    def text(self) -> str:
        return f"{self.workers}/{self.quota}"


def members_by_sponsor(db: sqlite_utils.Database) -> dict[int, int]:
    """Current workers (draft, submitted, active) per sponsor: the one count that meets a quota,
    for the roster's headline and filter, the worker form and the payment tab alike."""
    return dict(db.execute(f"SELECT sponsor_id, count(*) FROM workers WHERE sponsor_id IS NOT NULL "
                           f"AND status IN {_CURRENT_SQL} GROUP BY sponsor_id").fetchall())


def quota_status(db: sqlite_utils.Database, sponsor_id: int) -> QuotaStatus:
    """How many current workers a sponsor has against the quota for their position level."""
    row = db.execute("SELECT position_level FROM sponsors WHERE id = ?", [sponsor_id]).fetchone()
    level = row[0] if row else "staff"
    n = db.execute(f"SELECT count(*) FROM workers WHERE sponsor_id = ? AND status IN {_CURRENT_SQL}",
                   [sponsor_id]).fetchone()[0]
    return QuotaStatus(n, int(quotas(db).get(level, 1)))


def uids_for(db: sqlite_utils.Database, table: str, ids: Sequence[int]) -> list[str]:
    """The global uids of `ids` in the same order (for printing and exports)."""
    if table not in ("workers", "sponsors"):
        raise ValueError(table)
    found: dict[int, str] = {}
    for chunk in chunked(ids):
        found.update(db.execute(f"SELECT id, uid FROM {table} WHERE id IN ({marks(chunk)})", chunk).fetchall())
    return [found[i] for i in ids if i in found]


def roster_counts(db: sqlite_utils.Database, opd_id: int | None = None) -> dict[str, int]:
    """Totals for the tab's headline: sponsors, workers, workers without sponsor, sponsors below quota."""
    return {
        "sponsors": count_sponsors(db, SponsorFilter(status="active", opd_id=opd_id)),
        "workers": sum(count_workers(db, WorkerFilter(status=s, opd_id=opd_id)) for s in CURRENT_STATUSES),
        "without_sponsor": count_workers(db, WorkerFilter(status="current", without_sponsor=True, opd_id=opd_id)),
        "below_quota": count_sponsors(db, SponsorFilter(below_quota=True, opd_id=opd_id)),
    }
