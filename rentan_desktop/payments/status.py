"""Arrears, membership lapses, re-registration and the per-sponsor summary.

Counting rule: the unpaid months of a worker are the months after its last paid month
(P = paid_through, or the month before its start month) up to the month asked about,
within its coverage. The run since the last payment is what decides a lapse: more than
3 consecutive unpaid months ends the membership. (A month skipped *before* a later paid
month shows as unpaid in the payment tab for that month, where it can be paid while the
3-month arrears window allows; it does not count toward a lapse.)
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import sqlite_utils

from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.domain.months import add_months, current_month, is_month, month_range
from rentan_desktop.i18n import translate
from rentan_desktop.payments import coverage
from rentan_desktop.payments.calendar import last_due_month
from rentan_desktop.payments.rates import RateBook
from rentan_desktop.store import audit, settings
from rentan_desktop.store.clock import now_iso

LAPSE_AFTER = 3  # more than this many consecutive unpaid months ends the membership
RECENT_END_MONTHS = 3


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


def arrears(db: sqlite_utils.Database, month: str) -> list[ArrearsRow]:
    """Every worker with unpaid months up to `month`, most months first.

    Workers whose membership ended or lapsed are listed while the end (or the lapse itself) is
    recent, within the 3 months before `month`, so an old lapse does not stay listed for ever.
    """
    recent = add_months(month, -RECENT_END_MONTHS)
    covered, params = coverage.covered_between_sql(recent, month)
    unpaid, unpaid_params = coverage.unpaid_since_sql(month)
    rows = db.execute(
        f"SELECT w.uid, w.name, w.nik, w.status, w.paid_through, w.start_month, w.ended_on, w.declared_income, "
        f"w.jht, s.uid, s.name, s.nip FROM workers w LEFT JOIN sponsors s ON s.id = w.sponsor_id "
        f"WHERE ({covered} OR (w.status = 'lapsed' AND w.start_month <= ? AND w.status_changed_on >= ?)) "
        f"AND {unpaid}", [*params, month, recent + "-01", *unpaid_params]).fetchall()
    book = RateBook.load(db)
    # Most rows share their first and last unpaid month and their income: compute each span once.
    spans: dict[tuple, tuple[tuple[str, ...], int] | None] = {}
    result = []
    for uid, name, nik, status, paid_through, start, ended_on, income, jht, s_uid, s_name, s_nip in rows:
        key = (status, paid_through, start, ended_on[:7] if ended_on else None, income, jht)
        span = spans.get(key, False)
        if span is False:
            first = add_months(coverage.last_paid(paid_through, start), 1)
            until = coverage.covered_until(status, paid_through, start, ended_on)
            last = min(month, until) if until else month
            if first > last:
                span = None
            else:
                months = tuple(month_range(first, last))
                span = (months, sum(book.amount(income, bool(jht), m).total for m in months))
            spans[key] = span
        if span is None:
            continue
        months, amount = span
        result.append(ArrearsRow(uid, name, nik, status, s_uid, s_name, s_nip, months, amount,
                                 state_of(status, len(months))))
    result.sort(key=lambda r: (-len(r.unpaid_months), r.name))
    return result


def lapse_candidates_sql(today: dt.date | None = None) -> tuple[str, list[str], str]:
    """Active or submitted workers with more than 3 overdue unpaid months since the last payment."""
    last_due = last_due_month(today)
    limit = add_months(last_due, -LAPSE_AFTER)
    sql = ("status IN ('submitted', 'active') AND start_month IS NOT NULL "
           "AND (paid_through IS NULL OR paid_through < ?) AND start_month <= ?")
    return sql, [limit, limit], last_due


def refresh_statuses(db: sqlite_utils.Database, operator: str, today: dt.date | None = None) -> list[str]:
    """Lapse every membership with more than 3 consecutive overdue unpaid months (audited).

    Overdue means the month's due date (calendar.due_date) has passed. Returns the lapsed uids.
    """
    today = today or dt.date.today()
    where, params, last_due = lapse_candidates_sql(today)
    with db.atomic():
        rows = db.execute(f"SELECT id, uid, status, paid_through, start_month FROM workers WHERE {where}",
                          params).fetchall()
        if not rows:
            return []
        last_rev = audit.next_rev(db, len(rows))
        stamp = now_iso()
        day = today.isoformat()
        db.conn.executemany(
            "UPDATE workers SET status = 'lapsed', status_changed_on = ?, updated_at = ?, rev = ? WHERE id = ?",
            [(day, stamp, last_rev - len(rows) + 1 + i, row[0]) for i, row in enumerate(rows)])
        trail = []
        for _, uid, status, paid_through, start in rows:
            last_paid = coverage.last_paid(paid_through, start)
            note = translate("payments", "Membership lapsed: more than 3 consecutive unpaid months "
                                         "(last paid month {paid}, unpaid through {due}).").format(
                paid=paid_through or "-", due=last_due)
            trail.append((stamp, operator, "workers", uid, "status", json.dumps({"status": status}),
                          json.dumps({"status": "lapsed", "status_changed_on": day,
                                      "covered_until": add_months(last_paid, LAPSE_AFTER + 1)}), note))
        db.conn.executemany(
            "INSERT INTO audit_log(at, operator, table_name, record_uid, action, before, after, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", trail)
    return [row[1] for row in rows]


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
    members: int          # active or submitted workers (toward the quota)
    quota: int

    @property
    def below_quota(self) -> bool:
        return self.members < self.quota


def sponsor_summary(db: sqlite_utils.Database, month: str) -> list[SponsorSummary]:
    quotas = settings.get(db, "quotas") or {}
    covered, params = coverage.covered_sql(month)
    counts = dict(db.execute(
        f"SELECT w.sponsor_id, count(*) FROM workers w WHERE {covered} AND w.sponsor_id IS NOT NULL "
        f"GROUP BY w.sponsor_id", params).fetchall())
    members = dict(db.execute(
        "SELECT sponsor_id, count(*) FROM workers WHERE status IN ('submitted', 'active') "
        "AND sponsor_id IS NOT NULL GROUP BY sponsor_id").fetchall())
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
