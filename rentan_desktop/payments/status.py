"""Arrears, membership lapses, re-registration and the per-sponsor summary.

Counting rule: a worker owes the covered months after its paid_through (paid_through.py: the
end of its settled run) up to the month asked about that are not paid; months older than the
3-month arrears window are no longer owed (they cannot be paid any more) except for a lapsed
membership, whose unpaid months up to its end are shown. The run of consecutive unpaid
months up to the month asked about decides the situation: 2-3 is at risk, more than 3 ends
the membership (refresh_statuses applies it, audited).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass

import sqlite_utils

from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.domain.months import add_months, current_month, is_month, month_range, months_between
from rentan_desktop.i18n import translate
from rentan_desktop.payments import coverage, paid_through
from rentan_desktop.payments.calendar import last_due_month
from rentan_desktop.payments.rates import RateBook
from rentan_desktop.store import audit
from rentan_desktop.store.clock import now_iso

LAPSE_AFTER = 3  # more than this many consecutive unpaid months ends the membership
# Thousands of rows share a handful of months: memoised month arithmetic keeps arrears fast.
_shift = functools.lru_cache(maxsize=4096)(add_months)


@functools.lru_cache(maxsize=4096)
def _span(first: str, last: str) -> tuple[str, ...]:
    return tuple(month_range(first, last))

RECENT_END_MONTHS = 3
_LIVE = "p.kind = 'payment' AND p.reversed_at IS NULL"


@dataclass(frozen=True)
class ArrearsRow:
    worker_uid: str
    name: str
    nik: str
    status: str
    sponsor_uid: str | None
    sponsor_name: str | None
    sponsor_nip: str | None
    unpaid_months: tuple[str, ...]
    amount: int
    state: str  # 'behind' (1 month), 'at_risk' (2-3), 'lapsing' (>3, not yet lapsed), 'lapsed'

    @property
    def count(self) -> int:
        return len(self.unpaid_months)


def state_of(status: str, count: int) -> str:
    if status == "lapsed":
        return "lapsed"
    if count > LAPSE_AFTER:
        return "lapsing"
    if count >= 2:
        return "at_risk"
    return "behind"


def _live_after(db: sqlite_utils.Database, pairs: list[tuple[int, str]], last: str) -> dict[int, set[str]]:
    """Live paid months of each worker after its own lower bound and up to `last` (one query)."""
    paid: dict[int, set[str]] = {wid: set() for wid, _ in pairs}
    for wid, month in db.execute(
            f"SELECT p.worker_id, p.month FROM json_each(?) j JOIN payments p "
            f"ON p.worker_id = json_extract(j.value, '$[0]') AND p.month > json_extract(j.value, '$[1]') "
            f"AND p.month <= ? AND {_LIVE}", [json.dumps(pairs), last]):
        paid[wid].add(month)
    return paid


def arrears(db: sqlite_utils.Database, month: str) -> list[ArrearsRow]:
    """Every worker owing months up to `month`, longest unpaid run first.

    Workers whose membership ended or lapsed are listed while the end (or the lapse itself) is
    recent, within the 3 months before `month`, so an old lapse does not stay listed for ever.
    """
    recent = add_months(month, -RECENT_END_MONTHS)
    covered, params = coverage.covered_between_sql(recent, month)
    unpaid, unpaid_params = coverage.unpaid_since_sql(month)
    rows = db.execute(
        f"SELECT w.id, w.uid, w.name, w.nik, w.status, w.paid_through, w.start_month, w.ended_on, "
        f"w.declared_income, w.jht, s.uid, s.name, s.nip FROM workers w LEFT JOIN sponsors s ON s.id = w.sponsor_id "
        f"WHERE ({covered} OR (w.status = 'lapsed' AND w.start_month <= ? AND w.status_changed_on >= ?)) "
        f"AND {unpaid}", [*params, month, recent + "-01", *unpaid_params]).fetchall()
    lower = {r[0]: max(r[5] or "", _shift(r[6], -1)) for r in rows}
    paid = _live_after(db, list(lower.items()), month)
    book = RateBook.load(db)
    prices: dict[tuple[int, int, str], int] = {}
    window = add_months(month, -paid_through.ARREARS_MONTHS)
    result = []
    for (wid, uid, name, nik, status, p_through, start, ended_on, income, jht, s_uid, s_name,
         s_nip) in rows:
        until = coverage.covered_until(status, p_through, start, ended_on)
        last = min(month, until) if until else month
        first = _shift(lower[wid], 1)
        if first > last:
            continue
        got = paid[wid]
        span = _span(first, last)
        owed = [m for m in span if m not in got and (status == "lapsed" or m >= window)]
        if not owed:
            continue
        run = 0
        for m in reversed(span):
            if m in got:
                break
            run += 1
        amount = 0
        for m in owed:
            key = (income, jht, m)
            if key not in prices:
                prices[key] = book.amount(income, bool(jht), m).total
            amount += prices[key]
        result.append(ArrearsRow(uid, name, nik, status, s_uid, s_name, s_nip, tuple(owed), amount,
                                 state_of(status, run)))
    result.sort(key=lambda r: (-len(r.unpaid_months), r.name))
    return result


def refresh_statuses(db: sqlite_utils.Database, operator: str, today: dt.date | None = None) -> list[str]:
    """Lapse every membership with more than 3 consecutive overdue unpaid months (audited).

    Overdue means the month's due date (calendar.due_date) has passed. Workers whose
    paid_through lags only because of an old gap get it moved forward. Returns the lapsed uids.
    """
    today = today or dt.date.today()
    last_due = last_due_month(today)
    limit = add_months(last_due, -LAPSE_AFTER)
    with db.atomic():
        candidates = db.execute(
            "SELECT id, uid, status, paid_through, start_month FROM workers "
            "WHERE status IN ('submitted', 'active') AND start_month IS NOT NULL "
            "AND (paid_through IS NULL OR paid_through < ?) AND start_month <= ?", [limit, limit]).fetchall()
        if not candidates:
            return []
        latest = dict(db.execute(
            f"SELECT p.worker_id, max(p.month) FROM json_each(?) j JOIN payments p "
            f"ON p.worker_id = j.value AND p.month <= ? AND {_LIVE} GROUP BY p.worker_id",
            [json.dumps([c[0] for c in candidates]), last_due]).fetchall())
        lapsing, settle = [], []
        for wid, uid, status, _, start in candidates:
            last_paid = max(latest.get(wid) or "", add_months(start, -1))
            if months_between(last_paid, last_due) > LAPSE_AFTER:
                lapsing.append((wid, uid, status, latest.get(wid)))
            else:
                settle.append(wid)
        paid_through.refresh(db, settle, today)
        if not lapsing:
            return []
        last_rev = audit.next_rev(db, len(lapsing))
        stamp = now_iso()
        day = today.isoformat()
        # paid_through becomes the last paid month: the membership covered up to 4 months after it.
        db.conn.executemany(
            "UPDATE workers SET status = 'lapsed', status_changed_on = ?, paid_through = ?, updated_at = ?, "
            "rev = ? WHERE id = ?",
            [(day, paid, stamp, last_rev - len(lapsing) + 1 + i, wid)
             for i, (wid, _, _, paid) in enumerate(lapsing)])
        trail = []
        for _, uid, status, paid in lapsing:
            note = translate("payments", "Membership lapsed: more than 3 consecutive unpaid months "
                                         "(last paid month {paid}, unpaid through {due}).").format(
                paid=paid or "-", due=last_due)
            trail.append((stamp, operator, "workers", uid, "status", json.dumps({"status": status}),
                          json.dumps({"status": "lapsed", "status_changed_on": day}), note))
        audit.record_many(db, trail)
    return [item[1] for item in lapsing]


def reregister(db: sqlite_utils.Database, operator: str, worker_uid: str, start_month: str | None = None,
               today: dt.date | None = None) -> None:
    """A lapsed worker registers again: back to draft with a new first month covered.

    The registration then follows the roster's usual path (form, submission to BPJS).
    """
    start_month = start_month or current_month(today)
    if not is_month(start_month):
        raise ValidationError([Issue("start_month", translate("payments", "The month must look like 2026-11."))])
    with db.atomic():
        rows = list(db["workers"].rows_where("uid = ?", [worker_uid]))
        if not rows:
            raise ValidationError([Issue("worker", translate("payments", "The worker no longer exists."))])
        before = rows[0]
        if before["status"] != "lapsed":
            raise ValidationError([Issue("status", translate(
                "payments", "Only a lapsed membership can be registered again."))])
        if start_month <= (before["paid_through"] or ""):
            raise ValidationError([Issue("start_month", translate(
                "payments", "The new first month must come after the last paid month {month}.").format(
                month=before["paid_through"]))])
        changes = {"status": "draft", "start_month": start_month,
                   "status_changed_on": (today or dt.date.today()).isoformat()}
        db["workers"].update(before["id"], {**changes, "updated_at": now_iso(), "rev": audit.next_rev(db)})
        audit.record(db, operator=operator, table="workers", uid=worker_uid, action="reregister",
                     before=before, after={**before, **changes},
                     note=translate("payments", "Registered again after a lapse"))


@dataclass(frozen=True)
class SponsorSummary:
    sponsor_uid: str
    nip: str | None
    name: str
    position: str | None
    position_level: str
    workers: int          # covered in the month
    months_paid: int      # worker-months paid in the year up to the month
    outstanding: int      # Rupiah of unpaid months up to the month
    members: int          # current workers (draft, submitted, active): roster.queries.members_by_sponsor
    quota: int

    @property
    def below_quota(self) -> bool:
        return self.members < self.quota


def sponsor_summary(db: sqlite_utils.Database, month: str) -> list[SponsorSummary]:
    from rentan_desktop.roster import queries  # one rule for "below quota" (the roster's)

    quotas = queries.quotas(db)
    covered, params = coverage.covered_sql(month)
    counts = dict(db.execute(
        f"SELECT w.sponsor_id, count(*) FROM workers w WHERE {covered} AND w.sponsor_id IS NOT NULL "
        f"GROUP BY w.sponsor_id", params).fetchall())
    members = queries.members_by_sponsor(db)
    paid = dict(db.execute(
        "SELECT sponsor_id, count(*) FROM payments WHERE month BETWEEN ? AND ? AND kind = 'payment' "
        "AND reversed_at IS NULL GROUP BY sponsor_id", [month[:4] + "-01", month]).fetchall())
    owed: dict[str, int] = {}
    for row in arrears(db, month):
        if row.sponsor_uid and row.state != "lapsed":
            owed[row.sponsor_uid] = owed.get(row.sponsor_uid, 0) + row.amount
    result = []
    for sid, uid, nip, name, position, level in db.execute(
            "SELECT id, uid, nip, name, position, position_level FROM sponsors WHERE status = 'active' "
            "ORDER BY name COLLATE NOCASE"):
        result.append(SponsorSummary(uid, nip, name, position, level, counts.get(sid, 0), paid.get(sid, 0),
                                     owed.get(uid, 0), members.get(sid, 0), int(quotas.get(level, 1))))
    return result
