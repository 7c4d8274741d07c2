"""Active sponsors with their current workers: the base of compliance, ranking and coverage."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from rentan_desktop.reports.common import CURRENT_SQL, scope

LEVEL_RANK = {"head_opd": 0, "head_division": 1, "staff": 2}


@dataclass
class ActiveSponsor:
    id: int
    opd_id: int
    nip: str | None
    name: str
    position: str | None
    level: str
    workers: int  # current workers of this sponsor record

    @property
    def person(self) -> str:
        """Who this is across OPDs: the NIP, or the record itself when there is none."""
        return self.nip or f"#{self.id}"


def current_workers_by_sponsor(db: sqlite_utils.Database, opd_id: int | None) -> dict[int, int]:
    cond, args = scope("", opd_id)
    return dict(db.execute(
        f"SELECT sponsor_id, count(*) FROM workers WHERE status IN {CURRENT_SQL} "
        f"AND sponsor_id IS NOT NULL{cond} GROUP BY sponsor_id", args).fetchall())


def active_sponsors(db: sqlite_utils.Database, opd_id: int | None) -> list[ActiveSponsor]:
    counts = current_workers_by_sponsor(db, opd_id)
    cond, args = scope("", opd_id)
    return [ActiveSponsor(r[0], r[1], r[2], r[3], r[4], r[5], counts.get(r[0], 0)) for r in db.execute(
        "SELECT id, opd_id, nip, name, position, position_level FROM sponsors "
        f"WHERE status = 'active'{cond}", args)]


def people(sponsors: list[ActiveSponsor]) -> list[ActiveSponsor]:
    """One entry per person (by NIP): their workers summed, their most senior level kept.

    City-wide figures count a civil servant once even when two OPDs hold an active record.
    """
    merged: dict[str, ActiveSponsor] = {}
    for s in sponsors:
        seen = merged.get(s.person)
        if seen is None:
            merged[s.person] = ActiveSponsor(s.id, s.opd_id, s.nip, s.name, s.position, s.level, s.workers)
        else:
            seen.workers += s.workers
            if LEVEL_RANK.get(s.level, 2) < LEVEL_RANK.get(seen.level, 2):
                seen.level, seen.position = s.level, s.position
    return list(merged.values())
