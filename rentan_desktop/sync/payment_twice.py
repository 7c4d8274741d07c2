"""One live payment per worker and month (the database's payments_live index, the form's rule),
judged while planning: a bundle paying a month again under a new id is refused with the row named
in the dry run, instead of failing on the index while writing."""

from __future__ import annotations

from collections import Counter
from typing import Any

import sqlite_utils

from rentan_desktop.i18n import translate

Finding = tuple[str, str, Any, str]
_CHUNK = 500


def _live_here(db: sqlite_utils.Database, workers: list[str], months: list[str]) -> list[tuple[str, str, str]]:
    """(payment uid, worker uid, month) of the live payments here for these workers and months.
    Workers first (CROSS JOIN keeps that order), then payments_live per worker and month: the
    planner would otherwise walk every payment of those months."""
    out: list[tuple[str, str, str]] = []
    month_marks = ",".join("?" * len(months))
    for i in range(0, len(workers), _CHUNK):
        chunk = workers[i:i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        out += db.execute("SELECT p.uid, w.uid, p.month FROM workers w CROSS JOIN payments p "
                          f"ON p.worker_id = w.id AND p.month IN ({month_marks}) AND p.kind = 'payment' "
                          f"AND p.reversed_at IS NULL WHERE w.uid IN ({marks})", [*months, *chunk]).fetchall()
    return out


def twice(db: sqlite_utils.Database, names: list[str], rows: list[list[Any]], new_uids: set[str]) -> list[Finding]:
    """[(uid, column, value, reason)] for each new payment of a month already paid (here or in the bundle)."""
    at = {n: i for i, n in enumerate(names)}
    if not {"worker_uid", "month", "kind"} <= at.keys() or not new_uids:
        return []
    w_at, m_at, k_at, c_at = at["worker_uid"], at["month"], at["kind"], at.get("reversed_at")
    live = [r for r in rows if r[k_at] == "payment" and (c_at is None or not r[c_at])
            and type(r[w_at]) is str and type(r[m_at]) is str]
    held = Counter((r[w_at], r[m_at]) for r in live)  # the bundle's own live payments, as it leaves them
    fresh = [r for r in live if r[0] in new_uids]
    if not fresh:
        return []
    sent = {r[0] for r in rows}
    for uid, worker, month in _live_here(db, sorted({r[w_at] for r in fresh}), sorted({r[m_at] for r in fresh})):
        if uid not in sent:
            held[(worker, month)] += 1
    reason = translate("sync", "{month} is already paid for this worker; a month is paid once (a mistake is "
                               "corrected by a reversal, then a new payment).")
    return [(r[0], "month", r[m_at], reason.format(month=r[m_at])) for r in fresh if held[(r[w_at], r[m_at])] > 1]
