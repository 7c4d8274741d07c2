"""SponsorFacts grouped by SQL: the province hub's variant of reports/sponsors.py.

The desktop reads one row per active sponsor of its city and folds them in Python. A province
hub holds up to a million sponsors: even grouping them in SQL at each report costs seconds, so the
hub keeps rollups of them (hub step h007, kept by its loader) and the folds read those, with the
same figures:
- per (OPD, level, current workers): the number of sponsor records;
- per person (NIP; a record without NIP is its own person): one row per (level, current workers),
  a person held by several records taking the most senior level and the sum of their workers,
  as `SponsorFacts.by_person_and_level` corrects it;
- the ids of active sponsors without a current worker (read from the rows: a list of people).
The province tests run every report on SQLite and on PostgreSQL side by side.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def opd_level_rows(db: Any, cond: str, args: list) -> Iterable[tuple]:
    """(OPD, level, current workers, sponsor records) of the active sponsors in scope: the hub's rollup
    of exactly that (step h007, a few rows per OPD)."""
    return db.execute(
        "SELECT s.opd_id, s.position_level, s.current_workers, sum(s.records) FROM report_sponsor_levels s "
        f"WHERE TRUE{cond} GROUP BY 1, 2, 3", args)


def person_rows(db: Any, cond: str, args: list) -> Iterable[tuple]:
    """(rank, level, current workers, persons): a person of several records has the most senior
    rank (level None), a person of one record its own level (rank None).

    Every record counted as a person of its own (the per-OPD rollup), then the records of the NIPs
    held more than once in scope taken out and put back as one person each (the rollup of shared
    NIPs, step h007): a count of -1 takes a record out, as `SponsorFacts._count` adds it."""
    return db.execute(
        "WITH sh AS (SELECT s.nip, s.position_level, s.current_workers FROM report_shared_nips s "
        f"WHERE TRUE{cond}), multi AS (SELECT nip FROM sh GROUP BY nip HAVING count(*) > 1) "
        "SELECT NULL::integer, s.position_level, s.current_workers, sum(s.records) FROM report_sponsor_levels s "
        f"WHERE TRUE{cond} GROUP BY 2, 3 "
        "UNION ALL SELECT NULL::integer, position_level, current_workers, -count(*) FROM sh "
        "WHERE nip IN (SELECT nip FROM multi) GROUP BY 2, 3 "
        "UNION ALL SELECT rank, NULL, n, count(*) FROM (SELECT min(CASE position_level WHEN 'head_opd' THEN 0 "
        "WHEN 'head_division' THEN 1 ELSE 2 END) AS rank, sum(current_workers) AS n FROM sh "
        "WHERE nip IN (SELECT nip FROM multi) GROUP BY nip) AS persons GROUP BY 1, 3", [*args, *args])


def without_worker_ids(db: Any, current: str, cond: str, args: list) -> set[int]:
    return {r[0] for r in db.execute(
        current + "SELECT s.id FROM sponsors s LEFT JOIN c ON c.sponsor_id = s.id "
        f"WHERE s.status = 'active' AND c.n IS NULL{cond}", args)}
