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


def _next_prefix(text: str) -> str:
    return text[:-1] + chr(ord(text[-1]) + 1)


def _search(text: str, name_col: str, id_col: str) -> tuple[str, list[Any]]:
    text = " ".join(text.split())
    if not text:
        return "", []
    digits = strip_separators(text)
    if digits.isdigit() and len(digits) >= 4:
        return f"({id_col} >= ? AND {id_col} < ?)", [digits, _next_prefix(digits)]
    return (f"({name_col} >= ? COLLATE NOCASE AND {name_col} < ? COLLATE NOCASE)", [text, _next_prefix(text)])


def worker_ids(db: sqlite_utils.Database, flt: Filter, sort: str = "name") -> list[int]:
    parts, params = [], []
    clause, args = _search(flt.search, "w.name", "w.nik")
    if clause:
        parts.append(clause)
        params += args
    if flt.opd_id is not None:
        parts.append("w.opd_id = ?")
        params.append(flt.opd_id)
    if flt.status == "current":
        parts.append("w.status != 'ended'")
    elif flt.status:
        parts.append("w.status = ?")
        params.append(flt.status)
    if flt.bpjs == "none":
        parts.append("w.bpjs_status IS NULL")
    elif flt.bpjs:
        parts.append("w.bpjs_status = ?")
        params.append(flt.bpjs)
    if flt.month_from:
        parts.append("w.start_month >= ?")
        params.append(flt.month_from)
    if flt.month_to:
        parts.append("w.start_month <= ?")
        params.append(flt.month_to)
    where = (" WHERE " + " AND ".join(parts)) if parts else ""
    order = WORKER_SORTS.get(sort, WORKER_SORTS["name"])
    join = " JOIN opds o ON o.id = w.opd_id" if sort == "opd" else ""
    return [r[0] for r in db.execute(f"SELECT w.id FROM workers w{join}{where} ORDER BY {order}, w.id", params)]


def sponsor_ids(db: sqlite_utils.Database, flt: Filter, sort: str = "name") -> list[int]:
    parts, params = [], []
    clause, args = _search(flt.search, "s.name", "s.nip")
    if clause:
        parts.append(clause)
        params += args
    if flt.opd_id is not None:
        parts.append("s.opd_id = ?")
        params.append(flt.opd_id)
    if flt.status == "current":
        parts.append("s.status = 'active'")
    elif flt.status in ("active", "ended"):
        parts.append("s.status = ?")
        params.append(flt.status)
    if flt.month_from or flt.month_to:
        sub, sub_params = ["w.sponsor_id = s.id"], []
        if flt.month_from:
            sub.append("w.start_month >= ?")
            sub_params.append(flt.month_from)
        if flt.month_to:
            sub.append("w.start_month <= ?")
            sub_params.append(flt.month_to)
        parts.append(f"EXISTS (SELECT 1 FROM workers w WHERE {' AND '.join(sub)})")
        params += sub_params
    where = (" WHERE " + " AND ".join(parts)) if parts else ""
    order = SPONSOR_SORTS.get(sort, SPONSOR_SORTS["name"])
    join = " JOIN opds o ON o.id = s.opd_id" if sort == "opd" else ""
    return [r[0] for r in db.execute(f"SELECT s.id FROM sponsors s{join}{where} ORDER BY {order}, s.id", params)]


WORKER_COLUMNS = ("id", "uid", "opd_code", "name", "nik", "birth_date", "occupation", "village", "sponsor_name",
                  "start_month", "status", "kpj", "bpjs_status", "bpjs_reason", "bpjs_start_date", "submitted_on")
SPONSOR_COLUMNS = ("id", "uid", "opd_code", "name", "nip", "kind", "position", "position_level", "status",
                   "workers")


def fetch_workers(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = ("SELECT w.id, w.uid, o.code, w.name, w.nik, w.birth_date, w.occupation, w.village, s.name, "
           "w.start_month, w.status, w.kpj, w.bpjs_status, w.bpjs_reason, w.bpjs_start_date, w.submitted_on "
           "FROM workers w JOIN opds o ON o.id = w.opd_id LEFT JOIN sponsors s ON s.id = w.sponsor_id "
           f"WHERE w.id IN ({marks})")
    return {r[0]: dict(zip(WORKER_COLUMNS, r, strict=True)) for r in db.execute(sql, list(ids))}


def fetch_sponsors(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = ("SELECT s.id, s.uid, o.code, s.name, s.nip, s.kind, s.position, s.position_level, s.status, "
           "(SELECT count(*) FROM workers w WHERE w.sponsor_id = s.id AND w.status != 'ended') "
           f"FROM sponsors s JOIN opds o ON o.id = s.opd_id WHERE s.id IN ({marks})")
    return {r[0]: dict(zip(SPONSOR_COLUMNS, r, strict=True)) for r in db.execute(sql, list(ids))}
