"""The consolidated roster at Disnaker: every OPD's sponsors and workers, filtered in SQL.

The caller keeps the ordered ids and fetches the rows it shows in blocks (as the roster tab
does), so 200,000 workers stay responsive. The period is the worker's first month covered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from rentan_desktop.domain.digits import strip_separators
from rentan_desktop.store.sql import Where, next_prefix, rows_by_id


@dataclass(frozen=True)
class Filter:
    search: str = ""
    opd_id: int | None = None
    status: str | None = None  # worker or sponsor status; "current" = not ended
    bpjs: str | None = None  # 'none' (not sent), 'submitted', 'accepted', 'rejected'
    month_from: str | None = None
    month_to: str | None = None


# Columns a click on the header sorts by (ties break on id, so the order is stable).
WORKER_SORTS = {"name": "w.name COLLATE NOCASE", "opd": "o.code", "nik": "w.nik", "birth_date": "w.birth_date",
                "start_month": "w.start_month", "status": "w.status", "kpj": "w.kpj", "bpjs": "w.bpjs_status"}
SPONSOR_SORTS = {"name": "s.name COLLATE NOCASE", "opd": "o.code", "nip": "s.nip", "kind": "s.kind",
                 "position_level": "s.position_level", "status": "s.status"}


def _search(text: str, name_col: str, id_col: str) -> tuple[Any, ...]:
    """(clause, *params) of a prefix search: the identifier from 4 digits on, else the name."""
    text = " ".join(text.split())
    if not text:
        return ("",)
    digits = strip_separators(text)
    if digits.isdigit() and len(digits) >= 4:
        return f"({id_col} >= ? AND {id_col} < ?)", digits, next_prefix(digits)
    return f"({name_col} >= ? COLLATE NOCASE AND {name_col} < ? COLLATE NOCASE)", text, next_prefix(text)


def worker_ids(db: sqlite_utils.Database, flt: Filter, sort: str = "name") -> list[int]:
    where = Where()
    where.add(*_search(flt.search, "w.name", "w.nik"))
    if flt.opd_id is not None:
        where.add("w.opd_id = ?", flt.opd_id)
    if flt.status == "current":
        where.add("w.status != 'ended'")
    elif flt.status:
        where.add("w.status = ?", flt.status)
    if flt.bpjs == "none":
        where.add("w.bpjs_status IS NULL")
    elif flt.bpjs:
        where.add("w.bpjs_status = ?", flt.bpjs)
    if flt.month_from:
        where.add("w.start_month >= ?", flt.month_from)
    if flt.month_to:
        where.add("w.start_month <= ?", flt.month_to)
    order = WORKER_SORTS.get(sort, WORKER_SORTS["name"])
    join = " JOIN opds o ON o.id = w.opd_id" if sort == "opd" else ""
    return [r[0] for r in db.execute(f"SELECT w.id FROM workers w{join}{where.sql} ORDER BY {order}, w.id",
                                     where.params)]


def sponsor_ids(db: sqlite_utils.Database, flt: Filter, sort: str = "name") -> list[int]:
    where = Where()
    where.add(*_search(flt.search, "s.name", "s.nip"))
    if flt.opd_id is not None:
        where.add("s.opd_id = ?", flt.opd_id)
    if flt.status == "current":
        where.add("s.status = 'active'")
    elif flt.status in ("active", "ended"):
        where.add("s.status = ?", flt.status)
    if flt.month_from or flt.month_to:
        started = Where()
        started.add("w.sponsor_id = s.id")
        if flt.month_from:
            started.add("w.start_month >= ?", flt.month_from)
        if flt.month_to:
            started.add("w.start_month <= ?", flt.month_to)
        where.add(f"EXISTS (SELECT 1 FROM workers w{started.sql})", *started.params)
    order = SPONSOR_SORTS.get(sort, SPONSOR_SORTS["name"])
    join = " JOIN opds o ON o.id = s.opd_id" if sort == "opd" else ""
    return [r[0] for r in db.execute(f"SELECT s.id FROM sponsors s{join}{where.sql} ORDER BY {order}, s.id",
                                     where.params)]


WORKER_COLUMNS = ("id", "uid", "opd_code", "name", "nik", "birth_date", "occupation", "village", "sponsor_name",
                  "start_month", "status", "kpj", "bpjs_status", "bpjs_reason", "bpjs_start_date", "submitted_on")
SPONSOR_COLUMNS = ("id", "uid", "opd_code", "name", "nip", "kind", "position", "position_level", "status",
                   "workers")


def fetch_workers(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    return rows_by_id(db, "SELECT w.id, w.uid, o.code, w.name, w.nik, w.birth_date, w.occupation, w.village, "
                          "s.name, w.start_month, w.status, w.kpj, w.bpjs_status, w.bpjs_reason, w.bpjs_start_date, "
                          "w.submitted_on FROM workers w JOIN opds o ON o.id = w.opd_id "
                          "LEFT JOIN sponsors s ON s.id = w.sponsor_id", "w.id", WORKER_COLUMNS, ids)


def fetch_sponsors(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    return rows_by_id(db, "SELECT s.id, s.uid, o.code, s.name, s.nip, s.kind, s.position, s.position_level, "
                          "s.status, (SELECT count(*) FROM workers w WHERE w.sponsor_id = s.id AND "
                          "w.status != 'ended') FROM sponsors s JOIN opds o ON o.id = s.opd_id", "s.id",
                      SPONSOR_COLUMNS, ids)
