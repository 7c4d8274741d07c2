"""Arrears by OPD and by the number of months owed, by the payments area's rule.

The rows come from rentan_desktop.payments.status.owing (the one lifecycle computation the
payment tab, the CLI and the Disnaker views read), grouped here by OPD and months owed, so a
report can never disagree with the screen on the same date.
"""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from rentan_desktop.payments import status
from rentan_desktop.reports.common import Rates

_CHUNK = 500  # ids per IN list: well under SQLite's 32,766 parameters and PostgreSQL's 65,535

Buckets = dict[int, dict[int, list[int]]]  # {opd_id: {months owed (4 = more than 3): [workers, amount]}}


def _add(out: Buckets, opd: int, months: int, count: int, amount: int) -> None:
    cell = out.setdefault(opd, {}).setdefault(min(months, 4), [0, 0])
    cell[0] += count
    cell[1] += amount


def arrears_by_opd(db: sqlite_utils.Database, month: str, opd_id: int | None, rates: Rates | None = None,
                   groups: list[tuple] | None = None, today: dt.date | None = None) -> Buckets:
    """Workers owing and the amount, per OPD and months owed (`rates`/`groups` kept for callers)."""
    out: Buckets = {}
    for row in status.owing(db, month, today, opd_id):
        _add(out, row.opd_id, row.count, 1, row.amount)
    return out
