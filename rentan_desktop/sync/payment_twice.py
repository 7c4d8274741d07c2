"""One live payment per worker and month (the database's payments_live index, the form's rule),
judged while planning: a bundle paying a month again under a new id is refused with the row named
in the dry run, instead of failing on the index while writing."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from rentan_desktop.i18n import translate

Finding = tuple[str, str, Any, str]
_CHUNK = 500


def _live_here(db: sqlite_utils.Database, workers: list[str], months: list[str]) -> list[tuple[str, str, str]]:
    """(payment uid, worker uid, month) of the live payments here for these workers and months."""
    out: list[tuple[str, str, str]] = []
    month_marks = ",".join("?" * len(months))
    for i in range(0, len(workers), _CHUNK):
        chunk = workers[i:i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        out += db.execute("SELECT p.uid, w.uid, p.month FROM workers w JOIN payments p ON p.worker_id = w.id "
                          f"AND p.month IN ({month_marks}) WHERE w.uid IN ({marks}) AND p.kind = 'payment' "
                          "AND p.reversed_at IS NULL", [*months, *chunk]).fetchall()
    return out


def twice(db: sqlite_utils.Database, names: list[str], rows: list[list[Any]], new_uids: set[str]) -> list[Finding]:
    """[(uid, column, value, reason)] for each new payment of a month already paid (here or in the bundle)."""
    at = {n: i for i, n in enumerate(names)}
    if not {"worker_uid", "month", "kind"} <= at.keys() or not new_uids:
        return []
    cancelled = at.get("reversed_at")

    def live(row: list[Any]) -> bool:
        return row[at["kind"]] == "payment" and (cancelled is None or not row[cancelled])

    fresh = [r for r in rows if r[0] in new_uids and live(r) and isinstance(r[at["worker_uid"]], str)
             and isinstance(r[at["month"]], str)]
    if not fresh:
        return []
    holders: dict[tuple[str, str], set[str]] = {}
    sent = {r[0]: r for r in rows}
    workers = sorted({r[at["worker_uid"]] for r in fresh})
    months = sorted({r[at["month"]] for r in fresh})
    for uid, worker, month in _live_here(db, workers, months):
        if uid not in sent:  # a payment the bundle carries counts as the bundle leaves it
            holders.setdefault((worker, month), set()).add(uid)
    for row in rows:
        if live(row) and isinstance(row[at["worker_uid"]], str) and isinstance(row[at["month"]], str):
            holders.setdefault((row[at["worker_uid"]], row[at["month"]]), set()).add(row[0])
    reason = translate("sync", "{month} is already paid for this worker; a month is paid once (a mistake is "
                               "corrected by a reversal, then a new payment).")
    return [(r[0], "month", r[at["month"]], reason.format(month=r[at["month"]])) for r in fresh
            if len(holders[(r[at["worker_uid"]], r[at["month"]])]) > 1]
