"""Payments in order, judged at Disnaker (issue 18): the OPD's pay dialog, `rentan pay`, prepay and
the bulk run record a month only when every earlier month a payment could still cover is paid
(payments/sequence.py). A payment new to this install that left such a month unpaid -- no payment
for it here or in the bundle, not even a reversed one -- is one the OPD's own rule refuses, and
the bundle is refused with the sync's usual list (table, record, field, value, reason).

Cheap on a province's bundles: a worker whose unbroken paid run here (paid_through) reaches the
month before, or whose bundle carries every month before, needs no look at stored payments."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from rentan_desktop.domain.months import add_months, is_month, month_label, month_range
from rentan_desktop.i18n import language, translate
from rentan_desktop.payments import rules as programme_rules

Finding = tuple[str, str, Any, str]


def gaps(db: sqlite_utils.Database, names: list[str], rows: list[list[Any]], new_uids: set[str],
         members: dict[str, dict[str, Any]]) -> list[Finding]:
    """`rows`: the payments section as sent (lists, `names` their columns, uid first); judged: the
    payments new here and not cancelled. `members`: the workers (start month) by uid."""
    at = {n: i for i, n in enumerate(names)}
    if not {"kind", "month", "worker_uid"} <= at.keys():
        return []
    sent: dict[str, set[str]] = {}
    for r in rows:
        worker, month = r[at["worker_uid"]], r[at["month"]]
        if r[at["kind"]] == "payment" and isinstance(worker, str) and isinstance(month, str):
            sent.setdefault(worker, set()).add(month)
    suspects = _suspects(db, at, rows, new_uids, members, sent)
    if not suspects:
        return []
    worker_at = at["worker_uid"]
    through = _paid_through(db, {r[worker_at] for r, _, _ in suspects})
    suspects = [(r, first, before) for r, first, before in suspects if (through.get(r[worker_at]) or "") < before]
    stored = _stored_months(db, {r[worker_at] for r, _, _ in suspects}) if suspects else {}
    lang = language()
    out: list[Finding] = []
    for r, first, before in suspects:
        known = sent[r[worker_at]] | stored.get(r[worker_at], set())
        gap = next((m for m in month_range(first, before) if m not in known), None)
        if gap is not None:
            month = r[at["month"]]
            out.append((r[0], "month", month, translate(
                "sync", "{month} was paid while {gap} was still unpaid; the OPD's payment form pays months in "
                        "order. The OPD records {gap} first (or corrects this payment), then sends a bundle "
                        "again.").format(month=month_label(month, lang), gap=month_label(gap, lang))))
    return out


def _suspects(db: sqlite_utils.Database, at: dict[str, int], rows: list[list[Any]], new_uids: set[str],
              members: dict[str, dict[str, Any]], sent: dict[str, set[str]]) -> list[tuple[list[Any], str, str]]:
    """New live payments whose bundle does not carry every payable month before them: (row, first
    payable month, month before)."""
    kind, month_at, worker_at = at["kind"], at["month"], at["worker_uid"]
    cancelled = at.get("reversed_at")
    earliest = _Earliest(db, at)
    months = _Months()  # a province's bundles repeat a few dozen months: string work once per month
    unbroken = _unbroken(members, sent, months)
    out = []
    for r in rows:
        if r[0] not in new_uids or r[kind] != "payment" or (cancelled is not None and r[cancelled]):
            continue  # a cancelled payment is mended already
        month, worker = r[month_at], r[worker_at]
        if worker in unbroken:
            continue
        start = (members.get(worker) or {}).get("start_month") if isinstance(worker, str) else None
        before = months.before(month) if isinstance(month, str) else None
        if before is None or not (isinstance(start, str) and months.valid(start)):
            continue  # the column and membership rules name that
        first = max(earliest(r), start)
        if first <= before and not sent[worker].issuperset(months.span(first, before)):
            out.append((r, first, before))
    return out


def _unbroken(members: dict[str, dict[str, Any]], sent: dict[str, set[str]], months: _Months) -> set[str]:
    """Workers whose bundle carries every month from their start month to the last it pays: no
    payment of theirs can leave an earlier payable month unpaid (those months are all in it), so
    their rows need no look of their own (the usual province bundle: each worker's whole year)."""
    out = set()
    for worker, paid in sent.items():
        start = (members.get(worker) or {}).get("start_month")
        if not (isinstance(start, str) and months.valid(start)) or not all(map(months.valid, paid)):
            continue
        last = max(paid)
        if last >= start and paid.issuperset(months.span(start, last)):
            out.add(worker)
    return out


class _Months:
    """Memoised month arithmetic for one section."""

    def __init__(self) -> None:
        self._before: dict[str, str | None] = {}
        self._valid: dict[str, bool] = {}
        self._spans: dict[tuple[str, str], list[str]] = {}

    def valid(self, value: str) -> bool:
        ok = self._valid.get(value)
        if ok is None:
            ok = self._valid[value] = is_month(value)
        return ok

    def before(self, month: str) -> str | None:
        if month not in self._before:
            self._before[month] = add_months(month, -1) if self.valid(month) else None
        return self._before[month]

    def span(self, first: str, last: str) -> list[str]:
        found = self._spans.get((first, last))
        if found is None:
            found = self._spans[(first, last)] = month_range(first, last)
        return found


class _Earliest:
    """The oldest month the form took when the payment was recorded: Disnaker's arrears rule then."""

    def __init__(self, db: sqlite_utils.Database, at: dict[str, int]):
        self.entries = programme_rules.entries(db)
        self.memo: dict[Any, str] = {}
        self.stamps = [at[n] for n in ("recorded_at", "paid_on") if n in at]
        self.month = at["month"]

    def __call__(self, row: list[Any]) -> str:
        for i in self.stamps:
            stamp = row[i]
            if isinstance(stamp, str):
                key = stamp[:7]
                break
        else:
            key = row[self.month]
        found = self.memo.get(key)
        if found is None:
            when = key if is_month(key) else row[self.month]
            back = programme_rules.rules_in(self.entries, when).arrears_months
            found = self.memo[key] = add_months(when, -back)
        return found


def _paid_through(db: sqlite_utils.Database, worker_uids: set[str]) -> dict[str, str | None]:
    """The unbroken paid run here (a cache kept with every payment): reaching the month before means
    no earlier month is unpaid."""
    return dict(db.execute("SELECT w.uid, w.paid_through FROM json_each(?) j JOIN workers w ON w.uid = j.value",
                           [json.dumps(sorted(worker_uids))]).fetchall())


def _stored_months(db: sqlite_utils.Database, worker_uids: set[str]) -> dict[str, set[str]]:
    """Months with any payment stored here (a reversed one too: a later reversal reopens a month)."""
    out: dict[str, set[str]] = {}
    for uid, month in db.execute(
            "SELECT w.uid, p.month FROM json_each(?) j JOIN workers w ON w.uid = j.value "
            "JOIN payments p ON p.worker_id = w.id AND p.kind = 'payment'", [json.dumps(sorted(worker_uids))]):
        out.setdefault(uid, set()).add(month)
    return out


