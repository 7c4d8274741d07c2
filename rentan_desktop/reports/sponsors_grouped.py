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

from collections.abc import Iterable
from typing import Any

_RANK_SQL = "CASE s.position_level WHEN 'head_opd' THEN 0 WHEN 'head_division' THEN 1 ELSE 2 END"


def opd_level_rows(db: Any, current: str, cond: str, args: list) -> Iterable[tuple]:
    """(OPD, level, current workers, sponsor records) of the active sponsors in scope."""
    return db.execute(
        current + "SELECT s.opd_id, s.position_level, coalesce(c.n, 0), count(*) FROM sponsors s "
        f"LEFT JOIN c ON c.sponsor_id = s.id WHERE s.status = 'active'{cond} GROUP BY 1, 2, 3", args)


def person_rows(db: Any, current: str, cond: str, args: list) -> Iterable[tuple]:
    """(rank, level, current workers, persons): a person of several records has the most senior
    rank (level None), a person of one record its own level (rank None)."""
    return db.execute(
        current + "SELECT rank, level, n, count(*) FROM (SELECT CASE WHEN count(*) > 1 THEN min("
        f"{_RANK_SQL}) END AS rank, CASE WHEN count(*) = 1 THEN min(s.position_level) END AS level, "
        "sum(coalesce(c.n, 0)) AS n FROM sponsors s LEFT JOIN c ON c.sponsor_id = s.id "
        f"WHERE s.status = 'active'{cond} GROUP BY coalesce(s.nip, '#' || s.id)) AS persons "
        "GROUP BY 1, 2, 3", args)


def without_worker_ids(db: Any, current: str, cond: str, args: list) -> set[int]:
    return {r[0] for r in db.execute(
        current + "SELECT s.id FROM sponsors s LEFT JOIN c ON c.sponsor_id = s.id "
        f"WHERE s.status = 'active' AND c.n IS NULL{cond}", args)}
