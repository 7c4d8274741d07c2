"""Why a month has nobody to pay for: the counts behind the payment tab's guidance.

Only submitted or active workers (and ended or lapsed ones for their covered months) with a start
month owe contributions (payments/coverage.py). A clerk who has just imported a roster sees an
empty month; these counts let the tab say which step is missing.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils


@dataclass(frozen=True)
class NobodyOwes:
    workers: int          # every worker in the roster
    drafts: int           # not yet sent to Disnaker for BPJS registration
    without_start: int    # submitted or active but no start month
    starting_later: int   # submitted or active, start month after this month


def nobody_owes(db: sqlite_utils.Database, month: str) -> NobodyOwes:
    row = db.execute(
        "SELECT COUNT(*),"
        " COALESCE(SUM(status = 'draft'), 0),"
        " COALESCE(SUM(status IN ('submitted', 'active') AND start_month IS NULL), 0),"
        " COALESCE(SUM(status IN ('submitted', 'active') AND start_month > ?), 0)"
        " FROM workers", [month]).fetchone()
    return NobodyOwes(*row)
