"""How many of the workers a bundle carries are ready to be registered with BPJS.

Both ends say it in the clerk's words: the OPD when it writes a bundle ("Workers 13 (12 ready to
register with BPJS, 1 missing data)"), Disnaker when it previews one ("13 new workers: 12 ready to
register with BPJS, 1 incomplete"). Both count with roster/readiness.py, the rule the roster's
"BPJS registration" column and the registration export use, so the figures agree with them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlite_utils

from rentan_desktop.roster import readiness
from rentan_desktop.sync.row_bulk import Ref

_CHUNK = 500


def counts_of(states: Iterable[str | None]) -> dict[str, int]:
    """{'ready': n, 'incomplete': n, 'rejected': n} from registration states (None: nothing to register)."""
    counts = {"ready": 0, "incomplete": 0, "rejected": 0}
    for state in states:
        if state in counts:
            counts[state] += 1
    return counts


def carried(db: sqlite_utils.Database, uids: list[str]) -> dict[str, int]:
    """The registration states of the workers (by uid) an OPD's bundle carries, as stored here."""
    states: list[str | None] = []
    for i in range(0, len(uids), _CHUNK):
        chunk = uids[i:i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        cursor = db.execute(f"SELECT w.*, s.status AS sponsor_status FROM workers w "
                            f"LEFT JOIN sponsors s ON s.id = w.sponsor_id WHERE w.uid IN ({marks})", chunk)
        names = [d[0] for d in cursor.description]
        states += [readiness.registration_state(dict(zip(names, row, strict=True))) for row in cursor]
    return counts_of(states)


def new_workers(db: sqlite_utils.Database, plans: list[Any]) -> dict[str, int] | None:
    """The registration states of the workers a bundle's plan inserts (None without a workers section):
    each as the import would store it, its sponsor as stored here or as the same bundle sends it."""
    workers = next((p for p in plans if p.spec.name == "workers"), None)
    if workers is None:
        return None
    columns = workers.insert_columns
    rows = [dict(zip(columns, insert, strict=True)) for insert in workers.inserts]
    sponsors = _sponsor_statuses(db, plans, rows)
    states = []
    for row in rows:
        sponsor = row.get("sponsor_id")
        row["sponsor_status"] = sponsors.get(sponsor.uid if isinstance(sponsor, Ref) else sponsor)
        states.append(readiness.registration_state(row))
    return {"new": len(rows), **counts_of(states), **_held_elsewhere(db, workers.opd_id, rows)}


def _held_elsewhere(db: sqlite_utils.Database, opd_id: int | None, rows: list[dict[str, Any]]) -> dict[str, int]:
    """{'duplicate': n}: new living workers whose NIK a living worker of another OPD holds, so a duplicate
    case opens once the bundle is applied (the rule of disnaker/duplicates.py; at Disnaker only)."""
    if opd_id is None:
        return {}
    from rentan_desktop.disnaker import duplicates

    niks = [r["nik"] for r in rows if r.get("nik") and r.get("status") != "ended"]
    return {"duplicate": len(duplicates.other_opd_holders(db, opd_id, niks))} if niks else {}


def _sponsor_statuses(db: sqlite_utils.Database, plans: list[Any], rows: list[dict[str, Any]]) -> dict[Any, Any]:
    """Sponsor status by local id (stored here) or by uid (sent in the same bundle)."""
    statuses: dict[Any, Any] = {}
    ids = sorted({r["sponsor_id"] for r in rows if isinstance(r.get("sponsor_id"), int)})
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        statuses.update(db.execute(f"SELECT id, status FROM sponsors WHERE id IN ({marks})", chunk).fetchall())
    sponsors = next((p for p in plans if p.spec.name == "sponsors"), None)
    if sponsors is not None and "status" in sponsors.insert_columns:
        at = sponsors.insert_columns.index("status")
        statuses.update((insert[0], insert[at]) for insert in sponsors.inserts)
    if sponsors is not None:  # a sponsor the same bundle ends
        statuses.update((local_id, changes["status"]) for local_id, _, changes, _ in sponsors.updates
                        if "status" in changes)
    return statuses
