"""The payroll bulk month keeps the clerk's rule: months are paid in order (payments/sequence.py).

A worker whose earlier month (one a payment may still cover today) is unpaid is left out of a
bulk run for a later month and named, with what to do: pay that month first on his own row. The
paid_through cache (the unbroken paid run from the start month) settles almost everyone in SQL;
only workers whose run stops before the month are looked at month by month.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils

from rentan_desktop.domain.months import add_months, month_label
from rentan_desktop.i18n import language, translate
from rentan_desktop.payments import sequence


@dataclass(frozen=True)
class HeldBack:
    worker_id: int
    name: str
    oldest_unpaid: str

    def line(self, month: str) -> str:
        lang = language()
        return translate("payments", "{name}: {oldest} is still unpaid. Pay {oldest} first (select the worker, "
                                     "Pay / prepay…), then {month}.").format(name=self.name, oldest=month_label(self.oldest_unpaid, lang),
                                                            month=month_label(month, lang))


def earlier_unpaid(db: sqlite_utils.Database, month: str, worker_ids: Sequence[int], earliest: str,
                   latest: str) -> list[HeldBack]:
    """The given workers that have an unpaid month before `month` which a payment may still cover
    (earliest..latest: service.month_window), each with his oldest such month, by name."""
    if not worker_ids:
        return []
    rows = db.execute(
        "SELECT w.id, w.name, w.status, w.start_month, w.paid_through, w.ended_on FROM workers w "
        "WHERE w.id IN (SELECT value FROM json_each(?)) AND w.start_month < ? "
        "AND coalesce(w.paid_through, '') < ?", [json.dumps(list(worker_ids)), month,
                                                 add_months(month, -1)]).fetchall()
    held = []
    for wid, name, status, start, through, ended_on in rows:
        worker = {"status": status, "start_month": start, "paid_through": through, "ended_on": ended_on}
        paid = {m for (m,) in db.execute(
            "SELECT month FROM payments WHERE worker_id = ? AND month < ? AND kind = 'payment' "
            "AND reversed_at IS NULL", [wid, month])}
        unpaid = sequence.unpaid_months(worker, paid, earliest, min(latest, add_months(month, -1)))
        if unpaid:
            held.append(HeldBack(wid, name, unpaid[0]))
    return sorted(held, key=lambda h: (h.name.casefold(), h.worker_id))
