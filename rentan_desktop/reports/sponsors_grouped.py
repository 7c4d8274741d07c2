"""SponsorFacts grouped by SQL: the province hub's variant of reports/sponsors.py.

The desktop reads one row per active sponsor of its city and folds them in Python. A province
hub holds up to a million sponsors: shipping each to Python costs seconds, so on PostgreSQL the
same three folds come back from SQL already grouped (a few hundred rows), with the same figures:
- per (OPD, level, current workers): the number of sponsor records;
- per person (NIP; a record without NIP is its own person): one row per (level, current workers),
  a person held by several records taking the most senior level and the sum of their workers,
  as `SponsorFacts.by_person_and_level` corrects it;
- the ids of active sponsors without a current worker.
The province tests run every report on SQLite and on PostgreSQL side by side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rentan_desktop.reports.sponsors import LevelCount, SponsorFacts

_RANK_SQL = "CASE s.position_level WHEN 'head_opd' THEN 0 WHEN 'head_division' THEN 1 ELSE 2 END"


def _current() -> str:
    from rentan_desktop.reports.sponsors import _CURRENT_PER_SPONSOR

    return _CURRENT_PER_SPONSOR


def _fold(cell: list[int], level: str, n: int, count: int, quota: dict[str, int]) -> None:
    cell[0] += count
    cell[1] += count * (n >= quota.get(level, 1))
    cell[2] += count * (n == 0)
    cell[3] += count * n


def by_opd_and_level(facts: SponsorFacts) -> list[LevelCount]:
    from rentan_desktop.reports.sponsors import LevelCount

    out: dict[tuple[int, str], list[int]] = {}
    for opd, level, n, count in facts.db.execute(
            _current() + "SELECT s.opd_id, s.position_level, coalesce(c.n, 0), count(*) FROM sponsors s "
            f"LEFT JOIN c ON c.sponsor_id = s.id WHERE s.status = 'active'{facts._cond} GROUP BY 1, 2, 3",
            facts._args):
        _fold(out.setdefault((opd, level), [0, 0, 0, 0]), level, n, count, facts.quota)
    return [LevelCount(opd, level, *v) for (opd, level), v in out.items()]


def by_person_and_level(facts: SponsorFacts) -> list[LevelCount]:
    from rentan_desktop.reports.sponsors import LEVELS, LevelCount

    totals: dict[str, list[int]] = {level: [0, 0, 0, 0] for level in LEVELS}
    for c in facts.by_opd_and_level():  # every level a record holds is a key, as on the desktop
        totals.setdefault(c.level, [0, 0, 0, 0])
    rows = facts.db.execute(
        _current() + "SELECT rank, level, n, count(*) FROM (SELECT CASE WHEN count(*) > 1 THEN min("
        f"{_RANK_SQL}) END AS rank, CASE WHEN count(*) = 1 THEN min(s.position_level) END AS level, "
        "sum(coalesce(c.n, 0)) AS n FROM sponsors s LEFT JOIN c ON c.sponsor_id = s.id "
        f"WHERE s.status = 'active'{facts._cond} GROUP BY coalesce(s.nip, '#' || s.id)) AS persons "
        "GROUP BY 1, 2, 3", facts._args)
    for rank, level, n, count in rows:
        name = LEVELS[rank] if rank is not None else level
        _fold(totals.setdefault(name, [0, 0, 0, 0]), name, n, count, facts.quota)
    return [LevelCount(None, level, *v) for level, v in totals.items()]


def without_worker_ids(facts: SponsorFacts) -> set[int]:
    return {r[0] for r in facts.db.execute(
        _current() + "SELECT s.id FROM sponsors s LEFT JOIN c ON c.sponsor_id = s.id "
        f"WHERE s.status = 'active' AND c.n IS NULL{facts._cond}", facts._args)}
