"""Roster reads for big tables: SQL filters and sorts, callers hold ids and fetch rows in blocks.

The roster tab (and Disnaker's consolidated roster) keep a sorted list of ids from
`worker_ids`/`sponsor_ids` and load the rows they show with `fetch_workers`/`fetch_sponsors`.
Search is a prefix match: a name through the `COLLATE NOCASE` index, a NIK or NIP through
their indexes, so a keystroke stays in milliseconds at 200,000 workers.
`opd_id=None` means every OPD (Disnaker); an OPD install passes its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from rentan_desktop.domain.digits import strip_separators
from rentan_desktop.domain.vocab import DEFAULT_QUOTAS
from rentan_desktop.store import settings

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
    "workers": "coalesce(c.n, 0)",
    "status": "s.status",
    "opd": "o.code",
}

_WORKER_COUNTS = ("(SELECT sponsor_id, count(*) AS n FROM workers "
                  "WHERE status != 'ended' AND sponsor_id IS NOT NULL GROUP BY sponsor_id) c")


@dataclass(frozen=True)
class WorkerFilter:
    search: str = ""
    status: str | None = None  # a worker status, "current" (not ended) or None for all
    without_sponsor: bool = False
    sponsor_id: int | None = None
    opd_id: int | None = None


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


def _search_clause(text: str, name_col: str, id_col: str | None) -> tuple[str, list[Any]]:
    """Prefix search on the name (case-insensitive) or the identifier, using their indexes."""
    text = " ".join(text.split())
    if not text:
        return "", []
    digits = strip_separators(text)
    if id_col and digits.isdigit():
        return f"({id_col} >= ? AND {id_col} < ?)", [digits, _next_prefix(digits)]
    return (f"({name_col} >= ? COLLATE NOCASE AND {name_col} < ? COLLATE NOCASE)",
            [text, _next_prefix(text)])


def _worker_where(flt: WorkerFilter) -> tuple[str, list[Any], bool]:
    """WHERE text, parameters and whether the sponsors join is needed."""
    parts: list[str] = []
    params: list[Any] = []
    clause, args = _search_clause(flt.search, "w.name", "w.nik")
    if clause:
        parts.append(clause)
        params += args
    if flt.status == "current":
        parts.append("w.status != 'ended'")
    elif flt.status:
        parts.append("w.status = ?")
        params.append(flt.status)
    if flt.without_sponsor:
        parts.append("w.sponsor_id IS NULL")
    if flt.sponsor_id is not None:
        parts.append("w.sponsor_id = ?")
        params.append(flt.sponsor_id)
    if flt.opd_id is not None:
        parts.append("w.opd_id = ?")
        params.append(flt.opd_id)
    return (" WHERE " + " AND ".join(parts)) if parts else "", params, False


def worker_ids(db: sqlite_utils.Database, flt: WorkerFilter = WorkerFilter(), sort: str = "name",
               descending: bool = False) -> list[int]:
    """Ids of the workers matching `flt`, in display order."""
    where, params, _ = _worker_where(flt)
    order = WORKER_SORTS.get(sort, WORKER_SORTS["name"])
    direction = "DESC" if descending else "ASC"
    joins = ""
    if sort == "sponsor":
        joins += " LEFT JOIN sponsors s ON s.id = w.sponsor_id"
    if sort == "opd":
        joins += " LEFT JOIN opds o ON o.id = w.opd_id"
    sql = f"SELECT w.id FROM workers w{joins}{where} ORDER BY {order} {direction}, w.id {direction}"
    return [r[0] for r in db.execute(sql, params)]


def count_workers(db: sqlite_utils.Database, flt: WorkerFilter = WorkerFilter()) -> int:
    where, params, _ = _worker_where(flt)
    return db.execute(f"SELECT count(*) FROM workers w{where}", params).fetchone()[0]


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


def _sponsor_where(db: sqlite_utils.Database, flt: SponsorFilter) -> tuple[str, list[Any], bool]:
    parts: list[str] = []
    params: list[Any] = []
    need_counts = False
    clause, args = _search_clause(flt.search, "s.name", "s.nip")
    if clause:
        parts.append(clause)
        params += args
    if flt.status:
        parts.append("s.status = ?")
        params.append(flt.status)
    if flt.below_quota:
        quota_sql, quota_args = _level_quota_sql(quotas(db))
        parts.append(f"s.status = 'active' AND coalesce(c.n, 0) < {quota_sql}")
        params += quota_args
        need_counts = True
    if flt.opd_id is not None:
        parts.append("s.opd_id = ?")
        params.append(flt.opd_id)
    return (" WHERE " + " AND ".join(parts)) if parts else "", params, need_counts


def sponsor_ids(db: sqlite_utils.Database, flt: SponsorFilter = SponsorFilter(), sort: str = "name",
                descending: bool = False) -> list[int]:
    where, params, need_counts = _sponsor_where(db, flt)
    need_counts = need_counts or sort == "workers"
    order = SPONSOR_SORTS.get(sort, SPONSOR_SORTS["name"])
    direction = "DESC" if descending else "ASC"
    joins = f" LEFT JOIN {_WORKER_COUNTS} ON c.sponsor_id = s.id" if need_counts else ""
    if sort == "opd":
        joins += " LEFT JOIN opds o ON o.id = s.opd_id"
    sql = f"SELECT s.id FROM sponsors s{joins}{where} ORDER BY {order} {direction}, s.id {direction}"
    return [r[0] for r in db.execute(sql, params)]


def count_sponsors(db: sqlite_utils.Database, flt: SponsorFilter = SponsorFilter()) -> int:
    where, params, need_counts = _sponsor_where(db, flt)
    joins = f" LEFT JOIN {_WORKER_COUNTS} ON c.sponsor_id = s.id" if need_counts else ""
    return db.execute(f"SELECT count(*) FROM sponsors s{joins}{where}", params).fetchone()[0]


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
        f"SELECT sponsor_id, count(*) FROM workers WHERE sponsor_id IN ({marks}) AND status != 'ended' "
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
    n = db.execute("SELECT count(*) FROM workers WHERE sponsor_id = ? AND status != 'ended'",
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
        "workers": count_workers(db, WorkerFilter(status="current", opd_id=opd_id)),
        "without_sponsor": count_workers(db, WorkerFilter(status="current", without_sponsor=True, opd_id=opd_id)),
        "below_quota": count_sponsors(db, SponsorFilter(below_quota=True, opd_id=opd_id)),
    }
