"""Roster reads for big tables: SQL filters and sorts, callers hold ids and fetch rows in blocks.

The roster tab (and Disnaker's consolidated roster) keep a sorted list of ids from
`worker_ids`/`sponsor_ids` and load the rows they show with `fetch_workers`/`fetch_sponsors`.
Search: one or two letters match the start of a name through the `COLLATE NOCASE` index,
three or more match anywhere in the name (a scan of that index, not of the table), digits
match the start of a NIK or NIP through their indexes.
`opd_id=None` means every OPD (Disnaker); an OPD install passes its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from rentan_desktop.domain.digits import strip_separators
from rentan_desktop.domain.vocab import DEFAULT_QUOTAS
from rentan_desktop.roster.readiness import incomplete_sql
from rentan_desktop.store import settings

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
    incomplete: bool = False  # only workers still lacking data BPJS needs (roster/readiness.py)


@dataclass(frozen=True)
class SponsorFilter:
    search: str = ""
    status: str | None = None  # "active", "ended" or None
    below_quota: bool = False
    opd_id: int | None = None


def quotas(db: sqlite_utils.Database) -> dict[str, int]:
    """Minimum workers per position level (setting "quotas")."""
    return {**DEFAULT_QUOTAS, **(settings.get(db, "quotas") or {})}


def _next_prefix(text: str) -> str:
    """The smallest string greater than every string starting with `text`."""
    return text[:-1] + chr(ord(text[-1]) + 1)


def can_search_inside(text: str) -> bool:
    """A name search that looks anywhere in the name (three letters or more, not an identifier)."""
    text = " ".join(text.split())
    return len(text) >= 3 and not strip_separators(text).isdigit()


def _search_clause(text: str, name_col: str, id_col: str | None, steer: bool) -> tuple[str, list[Any]]:
    """Search on the name (case-insensitive) or the identifier.

    One or two letters match the start of a name through the `COLLATE NOCASE` index; three
    or more match anywhere in the name (a surname), a scan of that index only (no table rows),
    about 20 ms at 200,000 workers. Digits match the start of the NIK/NIP through its index.
    `steer` (page queries) keeps a short identifier prefix off its index ('+col') so SQLite
    walks the sort index and stops after one page instead of sorting every match.
    """
    text = " ".join(text.split())
    if not text:
        return "", []
    digits = strip_separators(text)
    if can_search_inside(text):
        # Three letters or more: the text anywhere in the name, so "lestari" finds "Sri Lestari"
        # as well as "Lestari Wulandari" (prefix matches are a subset).
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return f"({name_col} LIKE ? ESCAPE '\\')", [f"%{escaped}%"]
    if id_col and digits.isdigit():
        col = f"+{id_col}" if steer and len(digits) < SELECTIVE_DIGITS else id_col
        return f"({col} >= ? AND {col} < ?)", [digits, _next_prefix(digits)]
    return (f"({name_col} >= ? COLLATE NOCASE AND {name_col} < ? COLLATE NOCASE)",
            [text, _next_prefix(text)])


def _worker_where(flt: WorkerFilter, steer: bool = False) -> tuple[str, list[Any]]:
    """WHERE text and parameters. `steer` marks filters '+' so the sort index drives the scan."""
    p = "+" if steer else ""
    parts: list[str] = []
    params: list[Any] = []
    clause, args = _search_clause(flt.search, "w.name", "w.nik", steer)
    if clause:
        parts.append(clause)
        params += args
    if flt.status == "current":
        parts.append(f"{p}w.status IN {_CURRENT_SQL}")
    elif flt.status:
        parts.append(f"{p}w.status = ?")
        params.append(flt.status)
    if flt.without_sponsor:
        parts.append(f"{p}w.sponsor_id IS NULL")
    if flt.sponsor_id is not None:
        parts.append("w.sponsor_id = ?")
        params.append(flt.sponsor_id)
    if flt.incomplete:
        parts.append(f"({incomplete_sql()})")
    if flt.opd_id is not None:
        parts.append(f"{p}w.opd_id = ?")
        params.append(flt.opd_id)
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def _worker_joins(sort: str) -> str:
    joins = ""
    if sort == "sponsor":
        joins += " LEFT JOIN sponsors s ON s.id = w.sponsor_id"
    if sort == "opd":
        joins += " LEFT JOIN opds o ON o.id = w.opd_id"
    return joins


def worker_ids(db: sqlite_utils.Database, flt: WorkerFilter = WorkerFilter(), sort: str = "name",
               descending: bool = False, offset: int = 0, limit: int = -1, steer: bool = False) -> list[int]:
    """Ids of the workers matching `flt`, in display order (a page of them with offset/limit).

    `steer=True` suits many matches under an index-served sort: SQL walks the sort index and
    stops after one page. Callers pass `count > STEER_MIN_MATCHES`.
    """
    steer = steer and sort in INDEXED_WORKER_SORTS and flt.sponsor_id is None
    where, params = _worker_where(flt, steer)
    order = WORKER_SORTS.get(sort, WORKER_SORTS["name"])
    direction = "DESC" if descending else "ASC"
    sql = (f"SELECT w.id FROM workers w{_worker_joins(sort)}{where} "
           f"ORDER BY {order} {direction}, w.id {direction} LIMIT ? OFFSET ?")
    return [r[0] for r in db.execute(sql, [*params, limit, offset])]


def count_workers(db: sqlite_utils.Database, flt: WorkerFilter = WorkerFilter()) -> int:
    where, params = _worker_where(flt)
    return db.execute(f"SELECT count(*) FROM workers w{where}", params).fetchone()[0]


def worker_position(db: sqlite_utils.Database, flt: WorkerFilter, sort: str, descending: bool,
                    worker_id: int) -> int:
    """Where a worker sits in an index-sorted list (-1 when it does not match the filter)."""
    if sort not in INDEXED_WORKER_SORTS:
        ids = worker_ids(db, flt, sort, descending)
        return ids.index(worker_id) if worker_id in ids else -1
    where, params = _worker_where(flt)
    row = db.execute(f"SELECT w.name, w.nik FROM workers w{where}{' AND' if where else ' WHERE'} w.id = ?",
                     [*params, worker_id]).fetchone()
    if row is None:
        return -1
    col, value = ("w.name COLLATE NOCASE", row[0]) if sort == "name" else ("w.nik", row[1])
    op = ">" if descending else "<"
    before = f"({col} {op} ? OR ({col} = ? AND w.id {op} ?))"
    sql = f"SELECT count(*) FROM workers w{where}{' AND' if where else ' WHERE'} {before}"
    return db.execute(sql, [*params, value, value, worker_id]).fetchone()[0]


WORKER_ROW_COLUMNS = ("id", "uid", "name", "nik", "gender", "birth_date", "occupation", "village",
                      "sponsor_name", "sponsor_nip", "start_month", "status", "kpj", "opd_code",
                      "sponsor_id", "ended_on", "end_reason")


def fetch_workers(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Display rows for a block of worker ids (a few hundred at a time)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = ("SELECT w.id, w.uid, w.name, w.nik, w.gender, w.birth_date, w.occupation, w.village, "
           "s.name, s.nip, w.start_month, w.status, w.kpj, o.code, w.sponsor_id, w.ended_on, w.end_reason "
           "FROM workers w LEFT JOIN sponsors s ON s.id = w.sponsor_id LEFT JOIN opds o ON o.id = w.opd_id "
           f"WHERE w.id IN ({marks})")
    return {r[0]: dict(zip(WORKER_ROW_COLUMNS, r, strict=True)) for r in db.execute(sql, list(ids))}


def _level_quota_sql(q: dict[str, int]) -> tuple[str, list[int]]:
    return ("CASE s.position_level WHEN 'head_opd' THEN ? WHEN 'head_division' THEN ? ELSE ? END",
            [int(q.get("head_opd", 1)), int(q.get("head_division", 1)), int(q.get("staff", 1))])


def _sponsor_where(db: sqlite_utils.Database, flt: SponsorFilter, steer: bool = False) -> tuple[str, list[Any]]:
    p = "+" if steer else ""
    parts: list[str] = []
    params: list[Any] = []
    clause, args = _search_clause(flt.search, "s.name", "s.nip", steer)
    if clause:
        parts.append(clause)
        params += args
    if flt.status:
        parts.append(f"{p}s.status = ?")
        params.append(flt.status)
    if flt.below_quota:
        # Correlated count through the workers_sponsor index: cheap per sponsor, and a page
        # stops as soon as it has its rows.
        quota_sql, quota_args = _level_quota_sql(quotas(db))
        parts.append(f"{p}s.status = 'active' AND {_CURRENT_WORKERS} < {quota_sql}")
        params += quota_args
    if flt.opd_id is not None:
        parts.append(f"{p}s.opd_id = ?")
        params.append(flt.opd_id)
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def sponsor_ids(db: sqlite_utils.Database, flt: SponsorFilter = SponsorFilter(), sort: str = "name",
                descending: bool = False, offset: int = 0, limit: int = -1, steer: bool = False) -> list[int]:
    """Ids of the sponsors matching `flt` in display order; `steer` as for worker_ids."""
    where, params = _sponsor_where(db, flt, steer=steer and sort in INDEXED_SPONSOR_SORTS)
    order = SPONSOR_SORTS.get(sort, SPONSOR_SORTS["name"])
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
    glue = " AND" if where else " WHERE"
    row = db.execute(f"SELECT s.name, s.nip FROM sponsors s{where}{glue} s.id = ?",
                     [*params, sponsor_id]).fetchone()
    if row is None:
        return -1
    col, value = ("s.name COLLATE NOCASE", row[0]) if sort == "name" else ("s.nip", row[1])
    op = ">" if descending else "<"
    if value is None:  # NULL NIPs sort first
        before = f"({col} IS NULL AND s.id {op} ?)" if not descending else f"({col} IS NOT NULL OR s.id {op} ?)"
        return db.execute(f"SELECT count(*) FROM sponsors s{where}{glue} {before}",
                          [*params, sponsor_id]).fetchone()[0]
    nulls = f"{col} IS NULL OR " if not descending else ""
    before = f"({nulls}{col} {op} ? OR ({col} = ? AND s.id {op} ?))"
    return db.execute(f"SELECT count(*) FROM sponsors s{where}{glue} {before}",
                      [*params, value, value, sponsor_id]).fetchone()[0]


SPONSOR_ROW_COLUMNS = ("id", "uid", "name", "nip", "kind", "position", "position_level", "status",
                       "opd_code", "ended_on", "end_reason")


def fetch_sponsors(db: sqlite_utils.Database, ids: Sequence[int],
                   quota_by_level: dict[str, int] | None = None) -> dict[int, dict[str, Any]]:
    """Display rows for a block of sponsor ids, each with `workers` (not ended) and `quota`."""
    if not ids:
        return {}
    q = quota_by_level or quotas(db)
    marks = ",".join("?" * len(ids))
    rows = {r[0]: dict(zip(SPONSOR_ROW_COLUMNS, r, strict=True)) for r in db.execute(
        "SELECT s.id, s.uid, s.name, s.nip, s.kind, s.position, s.position_level, s.status, o.code, "
        f"s.ended_on, s.end_reason FROM sponsors s LEFT JOIN opds o ON o.id = s.opd_id WHERE s.id IN ({marks})",
        list(ids))}
    counts = dict(db.execute(
        f"SELECT sponsor_id, count(*) FROM workers WHERE sponsor_id IN ({marks}) AND status IN {_CURRENT_SQL} "
        "GROUP BY sponsor_id", list(ids)).fetchall())
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
    for start in range(0, len(ids), 900):
        chunk = list(ids[start:start + 900])
        marks = ",".join("?" * len(chunk))
        found.update(db.execute(f"SELECT id, uid FROM {table} WHERE id IN ({marks})", chunk).fetchall())
    return [found[i] for i in ids if i in found]


def roster_counts(db: sqlite_utils.Database, opd_id: int | None = None) -> dict[str, int]:
    """Totals for the tab's headline: sponsors, workers, workers without sponsor, sponsors below quota."""
    return {
        "sponsors": count_sponsors(db, SponsorFilter(status="active", opd_id=opd_id)),
        "workers": sum(count_workers(db, WorkerFilter(status=s, opd_id=opd_id)) for s in CURRENT_STATUSES),
        "without_sponsor": count_workers(db, WorkerFilter(status="current", without_sponsor=True, opd_id=opd_id)),
        "below_quota": count_sponsors(db, SponsorFilter(below_quota=True, opd_id=opd_id)),
    }
