"""Keeping `workers.paid_through` current: the end of the worker's settled run of months.

paid_through = the month before the first unpaid month that can still be paid, counting from
the start month or, when later, the first month of the arrears window (3 months back). So
every covered month up to it is either paid or too old to pay, and the month after it is the
first one owed. A worker is behind exactly when paid_through is before the month asked about,
which answers "who owes" from a narrow index instead of from 2.4 million payment rows; the
few workers behind are then looked at precisely (status.arrears).

It is a local cache of the payments table (never synced, never audited); `rebuild` recomputes
it for every worker, e.g. after payments arrive in a bundle. Old gaps leave the window as
time passes: status.refresh_statuses moves paid_through over them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

import sqlite_utils

from rentan_desktop.domain.months import add_months, current_month

ARREARS_MONTHS = 3
_LIVE = "kind = 'payment' AND reversed_at IS NULL"


def settle_from(start_month: str, today: dt.date | None = None) -> str:
    """The first month that is still owed when unpaid: the start month or the window's first."""
    return max(start_month, add_months(current_month(today), -ARREARS_MONTHS))


def compute(paid: set[str], start_month: str, today: dt.date | None = None) -> str | None:
    month = settle_from(start_month, today)
    while month in paid:
        month = add_months(month, 1)
    last = add_months(month, -1)
    return last if last >= start_month else None


def refresh(db: sqlite_utils.Database, worker_ids: Iterable[int], today: dt.date | None = None) -> None:
    """Recompute paid_through for the given workers."""
    ids = list(worker_ids)
    if not ids:
        return
    starts: dict[int, str] = {}
    lapsed: set[int] = set()
    for wid, start, status in db.execute(
            "SELECT id, start_month, status FROM workers WHERE id IN (SELECT value FROM json_each(?)) "
            "AND start_month IS NOT NULL", [json.dumps(ids)]):
        starts[wid] = start
        if status == "lapsed":
            lapsed.add(wid)
    paid: dict[int, set[str]] = {i: set() for i in starts}
    for wid, month in db.execute(
            f"SELECT p.worker_id, p.month FROM payments p WHERE p.worker_id IN (SELECT value FROM json_each(?)) "
            f"AND p.{_LIVE.replace(' AND ', ' AND p.')}", [json.dumps(list(starts))]):
        paid[wid].add(month)
    # A lapsed membership keeps its last paid month (status.refresh_statuses sets it so): its
    # cover ends 4 months after it, and the arrears window must not move it forward.
    db.conn.executemany("UPDATE workers SET paid_through = ? WHERE id = ?",
                        [(max(paid[i], default=None) if i in lapsed else compute(paid[i], starts[i], today), i)
                         for i in starts])


def after_bulk(db: sqlite_utils.Database, month: str, eligible_where: str, params: list,
               today: dt.date | None = None) -> None:
    """Every eligible worker now has `month` paid: extend the runs that reached it."""
    before = add_months(month, -1)
    window = add_months(current_month(today), -ARREARS_MONTHS)
    db.execute(
        f"UPDATE workers SET paid_through = ? WHERE id IN (SELECT w.id FROM workers w "
        f"JOIN sponsors s ON s.id = w.sponsor_id WHERE {eligible_where}) AND (paid_through = ? OR "
        f"(paid_through IS NULL AND (CASE WHEN start_month > ? THEN start_month ELSE ? END) = ?))",
        [month, *params, before, window, window, month])
    # Months paid ahead before the run continue the run: recompute those few workers.
    ahead = [r[0] for r in db.execute(
        f"SELECT p.worker_id FROM payments p JOIN workers w ON w.id = p.worker_id "
        f"WHERE p.month = ? AND p.{_LIVE.replace(' AND ', ' AND p.')} AND w.paid_through = ?",
        [add_months(month, 1), month])]
    refresh(db, ahead, today)


def rebuild(db: sqlite_utils.Database, today: dt.date | None = None, batch: int = 20_000) -> None:
    """Recompute every worker's paid_through from the payments table."""
    ids = [r[0] for r in db.execute("SELECT id FROM workers WHERE start_month IS NOT NULL")]
    with db.atomic():
        for i in range(0, len(ids), batch):
            refresh(db, ids[i:i + batch], today)
