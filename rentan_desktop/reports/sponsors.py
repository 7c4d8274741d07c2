"""Active sponsors and their current workers, aggregated in SQL: the base of compliance,
ranking and coverage.

A sponsor record "has a worker" when at least one of its workers is current (draft, submitted
or active). City-wide figures count a civil servant once by NIP (a sponsor who moved OPD has an
ended record in one OPD and an active one in another), at their most senior position level.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from rentan_desktop.reports.common import CURRENT_SQL, scope

LEVELS = ("head_opd", "head_division", "staff")
_CURRENT_PER_SPONSOR = (f"WITH c AS (SELECT sponsor_id, count(*) AS n FROM workers WHERE status IN {CURRENT_SQL} "
                        "AND sponsor_id IS NOT NULL GROUP BY sponsor_id) ")
_QUOTA = "CASE {level} WHEN 'head_opd' THEN :q0 WHEN 'head_division' THEN :q1 ELSE :q2 END"


@dataclass(frozen=True)
class LevelCount:
    opd_id: int | None  # None for counts by person across OPDs
    level: str
    active: int
    meeting: int  # current workers >= the level's quota
    none: int  # no current worker
    workers: int  # current workers


def _quota_args(quota: dict[str, int]) -> dict[str, int]:
    return {"q0": quota["head_opd"], "q1": quota["head_division"], "q2": quota["staff"]}


def by_opd_and_level(db: sqlite_utils.Database, opd_id: int | None, quota: dict[str, int]) -> list[LevelCount]:
    """Counts per sponsor record, grouped by OPD and position level."""
    cond, args = scope("s", opd_id)
    named = {**_quota_args(quota), **({"opd": args[0]} if args else {})}
    rows = db.execute(
        _CURRENT_PER_SPONSOR
        + "SELECT s.opd_id, s.position_level, count(*), "
        f"sum(coalesce(c.n, 0) >= {_QUOTA.format(level='s.position_level')}), sum(c.n IS NULL), "
        "coalesce(sum(c.n), 0) FROM sponsors s LEFT JOIN c ON c.sponsor_id = s.id "
        f"WHERE s.status = 'active'{cond.replace('?', ':opd')} GROUP BY 1, 2", named).fetchall()
    return [LevelCount(*r) for r in rows]


def by_person_and_level(db: sqlite_utils.Database, quota: dict[str, int]) -> list[LevelCount]:
    """Counts per person (NIP; a record without NIP is its own person) across every OPD."""
    rows = db.execute(
        _CURRENT_PER_SPONSOR
        + ", per AS (SELECT coalesce(s.nip, '#' || s.id) AS person, "
        "min(CASE s.position_level WHEN 'head_opd' THEN 0 WHEN 'head_division' THEN 1 ELSE 2 END) AS rank, "
        "coalesce(sum(c.n), 0) AS n FROM sponsors s LEFT JOIN c ON c.sponsor_id = s.id "
        "WHERE s.status = 'active' GROUP BY person) "
        "SELECT rank, count(*), sum(n >= CASE rank WHEN 0 THEN :q0 WHEN 1 THEN :q1 ELSE :q2 END), "
        "sum(n = 0), sum(n) FROM per GROUP BY rank", _quota_args(quota)).fetchall()
    return [LevelCount(None, LEVELS[rank], active, meeting, none, workers)
            for rank, active, meeting, none, workers in rows]


def without_worker(db: sqlite_utils.Database, opd_id: int | None) -> list[tuple]:
    """(OPD code, name, NIP, position, level) of active sponsors with no current worker."""
    cond, args = scope("s", opd_id)
    return db.execute(
        "SELECT o.code, s.name, s.nip, s.position, s.position_level FROM sponsors s "
        "JOIN opds o ON o.id = s.opd_id WHERE s.status = 'active' AND NOT EXISTS "
        f"(SELECT 1 FROM workers w WHERE w.sponsor_id = s.id AND w.status IN {CURRENT_SQL}){cond} "
        "ORDER BY o.code, s.name", args).fetchall()


def totals_by_level(counts: list[LevelCount]) -> dict[str, LevelCount]:
    """Fold per-OPD counts into one count per level."""
    out: dict[str, list[int]] = {level: [0, 0, 0, 0] for level in LEVELS}
    for c in counts:
        cell = out.setdefault(c.level, [0, 0, 0, 0])
        for i, v in enumerate((c.active, c.meeting, c.none, c.workers)):
            cell[i] += v or 0
    return {level: LevelCount(None, level, *v) for level, v in out.items()}


def by_opd(counts: list[LevelCount]) -> dict[int, tuple[int, int, int]]:
    """{opd_id: (active sponsors, meeting quota, with no worker)}."""
    out: dict[int, list[int]] = {}
    for c in counts:
        cell = out.setdefault(c.opd_id, [0, 0, 0])
        cell[0] += c.active
        cell[1] += c.meeting or 0
        cell[2] += c.none or 0
    return {k: (v[0], v[1], v[2]) for k, v in out.items()}
