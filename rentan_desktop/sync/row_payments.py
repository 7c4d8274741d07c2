"""The payment form's rules over a whole payments section of an OPD's bundle: a payment only within
the worker's membership and for the worker's own sponsor (payments/service._check_payable), and a
reversal only as reverse_payment writes one. Judged against the worker as it will be after the
bundle (its OPD's view) and the payments already here. Returns [(uid, column, value, reason)]."""

from __future__ import annotations

import datetime as dt
from operator import itemgetter
from typing import Any

import sqlite_utils

from rentan_desktop.domain.months import add_months, is_month
from rentan_desktop.i18n import translate
from rentan_desktop.payments import rules as programme_rules
from rentan_desktop.store import clock
from rentan_desktop.sync import row_order

Finding = tuple[str, str, Any, str]
Member = dict[str, Any]  # status, start_month, ended_on, status_changed_on, updated_at, sponsor_uid
_CHUNK = 500


def members_here(db: sqlite_utils.Database, uids: list[str]) -> dict[str, Member]:
    """Workers already at this install, as the rule needs them."""
    out: dict[str, Member] = {}
    uids = sorted(uids)  # in key order: neighbouring keys share index pages
    for i in range(0, len(uids), _CHUNK):
        chunk = uids[i:i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for uid, status, start, ended, changed, updated, sponsor in db.execute(
                "SELECT w.uid, w.status, w.start_month, w.ended_on, w.status_changed_on, w.updated_at, s.uid "
                "FROM workers w "
                f"LEFT JOIN sponsors s ON s.id = w.sponsor_id WHERE w.uid IN ({marks})", chunk):
            out[uid] = {"status": status, "start_month": start, "ended_on": ended, "status_changed_on": changed,
                        "updated_at": updated, "sponsor_uid": sponsor}
    return out


def _covered_until(member: Member) -> str | None:
    changed = member.get("status_changed_on")
    if member.get("status") == "ended" and isinstance(member.get("ended_on"), str):
        return member["ended_on"][:7]
    if member.get("status") == "lapsed" and isinstance(changed, str):
        return changed[:7]
    return None


class _Latest:
    """The last month the form takes on a payment made in a month: Disnaker's effective-dated rule
    in force that month (payments.rules), memoised per bundle (a bundle repeats a few months).
    `earliest`: the oldest month it takes then (the arrears window)."""

    def __init__(self, db: sqlite_utils.Database):
        self.entries = programme_rules.entries(db)
        self.memo: dict[str, str] = {}
        self.windows: dict[str, tuple[str, str]] = {}

    def earliest(self, paid_month: str) -> str:
        return self.window(paid_month)[0]

    def window(self, paid_month: str) -> tuple[str, str]:
        """(earliest, latest) month the form takes on a payment made in `paid_month`."""
        found = self.windows.get(paid_month)
        if found is None:
            back = programme_rules.rules_in(self.entries, paid_month).arrears_months
            found = self.windows[paid_month] = (add_months(paid_month, -back), self(paid_month))
        return found

    def __call__(self, paid_month: str) -> str:
        found = self.memo.get(paid_month)
        if found is None:
            ahead = programme_rules.rules_in(self.entries, paid_month).ahead_months
            found = self.memo[paid_month] = add_months(paid_month, ahead)
        return found


def _after_the_end(row: dict[str, Any], member: Member, today: str) -> bool:
    """An ending may be dated back past months already paid (the form allows it): only a payment
    recorded after the worker's last change (its ending at the latest) is one the form refused.
    A last change stamped after today is no such ending: a worker row stamped 2099 would let
    every later payment through."""
    recorded, changed = row.get("recorded_at"), member.get("updated_at")
    return not (isinstance(recorded, str) and isinstance(changed, str) and recorded <= changed and
                changed[:10] <= today)


def _payment(row: dict[str, Any], member: Member | None, new: bool, today: str,
             latest: _Latest) -> list[tuple[str, str]]:
    month, paid_on = row.get("month"), row.get("paid_on")
    out: list[tuple[str, str]] = []
    if not is_month(month if isinstance(month, str) else ""):
        return out  # the column checks refuse it
    if isinstance(paid_on, str) and paid_on[:10] > today:
        out.append(("paid_on", translate("sync", "The payment date is in the future.")))
    if isinstance(paid_on, str) and is_month(paid_on[:7]) and month > latest(paid_on[:7]):
        out.append(("month", translate("sync", "{month} is too far ahead of the payment date.").format(month=month)))
    # The form takes arrears only inside the window on the day it records them (on or after the
    # payment date): a month older than the window of its payment date was never payable then (a
    # lapsed membership revived by a year of arrears paid at once).
    if isinstance(paid_on, str) and is_month(paid_on[:7]) and month < latest.earliest(paid_on[:7]):
        out.append(("month", translate("sync", "{month} could no longer be paid on the payment date: arrears may "
                                               "be paid for {earliest} and later only.").format(
            month=month, earliest=latest.earliest(paid_on[:7]))))
    if member is None:
        return out
    start = member.get("start_month")
    if member.get("status") == "draft" or not isinstance(start, str) or not start:
        out.append(("worker_id", translate("sync", "The worker is not registered yet (draft): nothing is due.")))
        return out
    until = _covered_until(member)
    if month < start:
        out.append(("month", translate("sync", "The membership starts in {start}; {month} is before it.").format(
            start=start, month=month)))
    elif until is not None and month > until and _after_the_end(row, member, today):
        out.append(("month", translate("sync", "The membership ended in {until}; {month} is after it.").format(
            until=until, month=month)))
    if new and row.get("sponsor_uid") != member.get("sponsor_uid"):
        out.append(("sponsor_id", translate("sync", "A payment is filed under the worker's own sponsor.")))
    return out


def _originals_here(db: sqlite_utils.Database, uids: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(uids), _CHUNK):
        chunk = uids[i:i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for uid, worker, month, amount, kind, rev_of in db.execute(
                "SELECT p.uid, w.uid, p.month, p.amount, p.kind, o.uid FROM payments p "
                "JOIN workers w ON w.id = p.worker_id LEFT JOIN payments o ON o.id = p.reverses_id "
                f"WHERE p.uid IN ({marks})", chunk):
            out[uid] = {"uid": uid, "worker_uid": worker, "month": month, "amount": amount, "kind": kind,
                        "reverses_uid": rev_of}
    return out


def _reversals_here(db: sqlite_utils.Database, originals: list[str]) -> dict[str, set[str]]:
    """Original uid -> uids of the reversals already here."""
    out: dict[str, set[str]] = {}
    for i in range(0, len(originals), _CHUNK):
        chunk = originals[i:i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for orig, uid in db.execute("SELECT o.uid, p.uid FROM payments p JOIN payments o ON o.id = p.reverses_id "
                                    f"WHERE o.uid IN ({marks})", chunk):
            out.setdefault(orig, set()).add(uid)
    return out


def _reversal(row: dict[str, Any], original: dict[str, Any] | None) -> list[tuple[str, str]]:
    if not isinstance(row.get("reason"), str) or not row["reason"].strip():
        return [("reason", translate("sync", "A reversal needs a reason."))]
    if row.get("reverses_uid") == row.get("uid"):
        return [("reverses_id", translate("sync", "A reversal cannot reverse itself."))]
    if original is None:
        return [("reverses_id", translate("sync", "A reversal names the payment it reverses."))]
    if original.get("kind") != "payment":
        return [("reverses_id", translate("sync", "A correction cannot be reversed."))]
    if original.get("worker_uid") != row.get("worker_uid") or original.get("month") != row.get("month") or \
            type(row.get("amount")) is not int or original.get("amount") != -row["amount"]:
        return [("reverses_id", translate(
            "sync", "A reversal has the worker, the month and the negated amount of the payment it reverses."))]
    return []


class _Usual:
    """The common case in one pass over a row as sent: a payment, not cancelled, of a known running
    membership, inside it and the month window, under the worker's sponsor. A row that is not
    plainly usual goes through the full rules (_payment), which name what is wrong."""

    def __init__(self, at: dict[str, int], members: dict[str, Member], new_uids: set[str], day: str,
                 latest: _Latest):
        self.members, self.new_uids, self.day, self.latest = members, new_uids, day, latest
        self.at = at
        self.months: dict[Any, bool] = {}
        self.spans: dict[str, tuple[str, str | None, Any] | None] = {}

    def _month(self, value: Any) -> bool:
        ok = self.months.get(value)
        if ok is None:
            ok = self.months[value] = isinstance(value, str) and is_month(value)
        return ok

    def _span(self, worker_uid: Any) -> tuple[str, str | None, Any] | None:
        """(start, covered until, sponsor) of a payable membership; None when not payable."""
        if worker_uid in self.spans:
            return self.spans[worker_uid]
        member = self.members.get(worker_uid) if isinstance(worker_uid, str) else None
        span = None
        if member is not None and member.get("status") != "draft" and isinstance(member.get("start_month"), str) \
                and member["start_month"]:
            span = (member["start_month"], _covered_until(member), member.get("sponsor_uid"))
        if isinstance(worker_uid, str):
            self.spans[worker_uid] = span
        return span

    def fine(self, row: list[Any]) -> bool:
        at = self.at
        month, paid_on = row[at["month"]], row[at["paid_on"]]
        if not (self._month(month) and isinstance(paid_on, str) and paid_on[:10] <= self.day
                and self._month(paid_on[:7])):
            return False
        earliest, latest = self.latest.window(paid_on[:7])
        if not earliest <= month <= latest:
            return False
        span = self._span(row[at["worker_uid"]])
        if span is None or month < span[0] or (span[1] is not None and month > span[1]):
            return False
        return row[0] not in self.new_uids or row[at["sponsor_uid"]] == span[2]


def problems(db: sqlite_utils.Database, names: list[str], rows: list[list[Any]], members: dict[str, Member],
             new_uids: set[str], today: dt.date | None = None, accepted: set[str] = frozenset()) -> list[Finding]:
    """Every payment and reversal of the section; `rows` as sent (lists, `names` their columns, uid first).
    `accepted`: payments stored here already for the same month, whose date and membership were
    judged when they arrived (the worker's status may have moved on since)."""
    day = (today or clock.today()).isoformat()
    at = {n: i for i, n in enumerate(names)}

    def col(name: str) -> Any:
        return itemgetter(at[name]) if name in at else (lambda r: None)

    kind_of, worker_of, target_of, cancelled = col("kind"), col("worker_uid"), col("reverses_uid"), col("reversed_at")
    wanted = [u for u in {worker_of(r) for r in rows} if isinstance(u, str) and u not in members]
    members = {**members_here(db, wanted), **members}
    by_uid = {r[0]: r for r in rows}
    named = list({target_of(r) for r in rows if isinstance(target_of(r), str)} | {r[0] for r in rows if cancelled(r)})
    here = _originals_here(db, [u for u in named if u not in by_uid])
    reversed_here = _reversals_here(db, named)
    in_bundle: dict[str, set[str]] = {}
    for r in rows:
        if kind_of(r) == "reversal" and isinstance(target_of(r), str):
            in_bundle.setdefault(target_of(r), set()).add(r[0])
    latest = _Latest(db)
    out_of_order = row_order.gaps(db, names, rows, new_uids, members)  # beside the usual-row shortcut
    usual = _Usual(at, members, new_uids, day, latest) if {"month", "paid_on", "worker_uid", "sponsor_uid"} <= \
        at.keys() else None
    out: list[Finding] = []
    for row in rows:
        kind = kind_of(row)
        if kind == "payment" and not cancelled(row) and usual is not None and usual.fine(row):
            continue
        r = dict(zip(names, row, strict=True))
        uid = r["uid"]
        found: list[tuple[str, str]] = []
        if kind == "payment":
            found = [] if uid in accepted else _payment(r, members.get(r.get("worker_uid")), uid in new_uids, day,
                                                        latest)
            if r.get("reversed_at") and not (in_bundle.get(uid) or reversed_here.get(uid)):
                found.append(("reversed_at", translate("sync", "A payment is cancelled only by a reversal.")))
        elif kind == "reversal":
            target = r.get("reverses_uid")
            sent = by_uid.get(target)
            found = _reversal(r, dict(zip(names, sent, strict=True)) if sent is not None else here.get(target))
            if not found and len(in_bundle.get(target, set()) | reversed_here.get(target, set())) > 1:
                found = [("reverses_id", translate("sync", "This payment is reversed more than once."))]
        out += [(uid, column, r.get(column), reason) for column, reason in found]
    return out + out_of_order
