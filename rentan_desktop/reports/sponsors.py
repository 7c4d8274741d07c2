"""Active sponsors and their current workers (one SQL pass, folded in Python): the base of
compliance, ranking and coverage.

A sponsor record "has a worker" when at least one of its workers is current (draft, submitted
or active). City-wide figures count a civil servant once by NIP (a sponsor who moved OPD has an
ended record in one OPD and an active one in another), at their most senior position level.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

import sqlite_utils

from rentan_desktop.reports import sponsors_grouped
from rentan_desktop.reports.common import CURRENT_SQL, scope

LEVELS = ("head_opd", "head_division", "staff")
# `+status` keeps SQLite on the covering index workers_sponsor_status (rows come grouped, no sort,
# no worker row read) rather than the status index followed by 150,000 look-ups.
_CURRENT_PER_SPONSOR = (f"SELECT sponsor_id, count(*) AS n FROM workers WHERE +status IN {CURRENT_SQL} "
                        "AND sponsor_id IS NOT NULL GROUP BY sponsor_id")
# The same counts as a named step for the hub's grouped queries (sponsors_grouped.py).
_CURRENT_CTE = f"WITH c AS ({_CURRENT_PER_SPONSOR}) "
RANK = {level: i for i, level in enumerate(LEVELS)}


@dataclass(frozen=True)
class LevelCount:
    opd_id: int | None  # None for counts by person across OPDs
    level: str
    active: int
    meeting: int  # current workers >= the level's quota
    none: int  # no current worker
    workers: int  # current workers


class SponsorFacts:
    """One pass over active sponsors with their current-worker counts, folded in Python three ways."""

    def __init__(self, db: sqlite_utils.Database, opd_id: int | None, quota: dict[str, int]):
        cond, args = scope("s", opd_id)
        self.db = db
        self.quota = quota
        self._cond, self._args = cond, args
        self._per_opd: list[LevelCount] | None = None
        # On the province hub (PostgreSQL) a scope holds up to a million sponsors: the same facts
        # come back grouped by SQL (sponsors_grouped.py), never one row per sponsor.
        self.grouped = getattr(db, "dialect", "sqlite") != "sqlite"
        if self.grouped:
            self.rows: list[tuple] = []
            return
        # (id, opd_id, person, level, current workers): two index-only reads (workers_sponsor_status,
        # sponsors_active of schema step m013) joined in a dict, cheaper than SQLite's join of them.
        current = dict(db.execute(_CURRENT_PER_SPONSOR).fetchall())
        self.rows = [(sid, opd, f"#{sid}" if nip is None else nip, level, current.get(sid, 0))
                     for sid, opd, nip, level in db.execute(
                         f"SELECT s.id, s.opd_id, s.nip, s.position_level FROM sponsors s WHERE s.status = 'active'{cond}",
                         args)]

    def by_opd_and_level(self) -> list[LevelCount]:
        """Counts per sponsor record, grouped by OPD and position level."""
        if self._per_opd is None:
            out: dict[tuple[int, str], list[int]] = {}
            if self.grouped:
                for opd, level, n, count in sponsors_grouped.opd_level_rows(
                        self.db, self._cond, self._args):
                    self._count(out.setdefault((opd, level), [0, 0, 0, 0]), level, n, count)
                self._per_opd = [LevelCount(opd, level, *v) for (opd, level), v in out.items()]
                return self._per_opd
            quota = self.quota
            for _id, opd, _person, level, n in self.rows:
                cell = out.get((opd, level))
                if cell is None:
                    cell = out[(opd, level)] = [0, 0, 0, 0]
                cell[0] += 1
                cell[1] += n >= quota.get(level, 1)
                cell[2] += n == 0
                cell[3] += n
            self._per_opd = [LevelCount(opd, level, *v) for (opd, level), v in out.items()]
        return self._per_opd

    def by_person_and_level(self) -> list[LevelCount]:
        """Counts per person (NIP; a record without NIP is its own person) across every OPD.

        Almost every person has one record, so the per-record totals are corrected only for
        the few NIPs held by more than one record (found with a C-speed Counter).
        """
        totals = {c.level: [c.active, c.meeting, c.none, c.workers]
                  for c in totals_by_level(self.by_opd_and_level()).values()}
        if self.grouped:  # every level a record holds stays a key, as below
            totals = {level: [0, 0, 0, 0] for level in totals}
            for rank, level, n, count in sponsors_grouped.person_rows(self.db, self._cond, self._args):
                name = LEVELS[rank] if rank is not None else level
                self._count(totals.setdefault(name, [0, 0, 0, 0]), name, n, count)
            return [LevelCount(None, level, *v) for level, v in totals.items()]
        held = Counter(r[2] for r in self.rows)
        shared = {person for person, n in held.items() if n > 1}
        merged: dict[str, list[int]] = {}
        for _id, _opd, person, level, n in self.rows:
            if person not in shared:
                continue
            self._count(totals.setdefault(level, [0, 0, 0, 0]), level, n, -1)  # take the record out ...
            seen = merged.setdefault(person, [RANK.get(level, 2), 0])
            seen[0] = min(seen[0], RANK.get(level, 2))
            seen[1] += n
        for rank, n in merged.values():  # ... and put the person back once
            self._count(totals.setdefault(LEVELS[rank], [0, 0, 0, 0]), LEVELS[rank], n, 1)
        return [LevelCount(None, level, *v) for level, v in totals.items()]

    def _count(self, cell: list[int], level: str, n: int, sign: int) -> None:
        """Add `sign` sponsors (or persons) of this level with n current workers to the cell."""
        cell[0] += sign
        cell[1] += sign * (n >= self.quota.get(level, 1))
        cell[2] += sign * (n == 0)
        cell[3] += sign * n

    def without_worker(self) -> list[tuple]:
        """(OPD code, name, NIP, position, level) of active sponsors with no current worker."""
        ids = sorted(sponsors_grouped.without_worker_ids(self.db, _CURRENT_CTE, self._cond, self._args)
                     if self.grouped else (r[0] for r in self.rows if r[4] == 0))
        if not ids:
            return []
        # Only these sponsors' rows are read (a tenth of 150,000; reading every row cost seconds in an
        # encrypted file). CROSS JOIN keeps the id list outer; WHERE (not ON) runs on the hub too.
        opds = {r[0]: r[1] for r in self.db.execute("SELECT id, code FROM opds")}
        found = [(opds.get(r[0], ""), *r[1:]) for r in self.db.execute(
            "SELECT s.opd_id, s.name, s.nip, s.position, s.position_level FROM json_each(?) j CROSS JOIN sponsors s "
            "WHERE s.id = j.value", [json.dumps(ids)])]
        return sorted(found, key=lambda r: (r[0], r[1]))


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
