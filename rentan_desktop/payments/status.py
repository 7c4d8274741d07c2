"""Arrears, re-registration and the per-sponsor summary, read from the lifecycle's results.

Counting rule (payments/lifecycle.py sets status, paid_through and ended_on): as of a month,
a worker owes the covered months inside the arrears window (3 months back, Disnaker's rule)
up to the last month whose due date has passed, that have no live payment; the current month
is not owed before its due date. A lapsed membership shows the unpaid run that ended it
(those months can no longer be paid) while the lapse is recent. The trailing unpaid run
decides the state: 2-3 months is at risk, more than 3 is a lapse.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass

import sqlite_utils

from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.domain.months import add_months, current_month, is_month, month_range
from rentan_desktop.i18n import translate
from rentan_desktop.payments import coverage, lifecycle
from rentan_desktop.payments.calendar import Calendar
from rentan_desktop.payments.rates import RateBook
from rentan_desktop.payments.rules import quotas_for, rules_for
from rentan_desktop.store import audit, clock
from rentan_desktop.store.clock import now_iso

# Thousands of rows share a handful of months: memoised month arithmetic keeps arrears fast.
_shift = functools.lru_cache(maxsize=4096)(add_months)


@functools.lru_cache(maxsize=4096)
def _span(first: str, last: str) -> tuple[str, ...]:
    return tuple(month_range(first, last))


RECENT_END_MONTHS = 3
_LIVE = "p.kind = 'payment' AND p.reversed_at IS NULL"
_OWING = "('submitted', 'active', 'ended', 'lapsed')"


@dataclass(frozen=True, slots=True)
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
    state: str  # 'behind' (1 month), 'at_risk' (2-3), 'lapsed' (more than 3: the membership ended)
    opd_id: int | None = None

    @property
    def count(self) -> int:
        return len(self.unpaid_months)


def state_of(status: str, count: int, lapse_months: int = 3) -> str:
    if status == "lapsed" or count > lapse_months:
        return "lapsed"
    if count >= 2:
        return "at_risk"
    return "behind"


_NONE: frozenset[str] = frozenset()


def _live_between(db: sqlite_utils.Database, ids: list[int], first: str, last: str) -> dict[int, set[str]]:
    """Live paid months first..last of the given workers (one query on the payments_live index)."""
    paid: dict[int, set[str]] = {}
    for wid, month in db.execute(
            # CROSS JOIN keeps the id list outer in SQLite; WHERE (not ON) keeps it portable to the hub.
            f"SELECT p.worker_id, p.month FROM json_each(?) j CROSS JOIN payments p WHERE p.worker_id = j.value "
            f"AND p.month BETWEEN ? AND ? AND {_LIVE}", [json.dumps(ids), first, last]):
        got = paid.get(wid)
        if got is None:
            paid[wid] = {month}
        else:
            got.add(month)
    return paid


@dataclass(frozen=True, slots=True)
class Owing:
    """What one worker owes as of a month: the rule's answer without names (reports group these)."""
    worker_id: int
    status: str
    opd_id: int | None
    unpaid_months: tuple[str, ...]
    amount: int
    state: str

    @property
    def count(self) -> int:
        return len(self.unpaid_months)


def owing(db: sqlite_utils.Database, month: str, today: dt.date | None = None,
          opd_id: int | None = None) -> list[Owing]:
    """Every worker owing months up to `month` (as seen on `today`), in no particular order.

    A lapsed membership is listed while its end is recent (within the 3 months before `month`).
    The candidates and every column the rule reads come from the covering index `workers_owing`
    (schema step m013): no worker row is read, so 200,000 workers cost an index range.
    """
    cal = Calendar.load(db)
    cap = min(month, cal.last_due_month(today))
    rule = rules_for(db, month)
    window = add_months(month, -rule.arrears_months)
    recent = add_months(month, -RECENT_END_MONTHS)
    covered, params = coverage.covered_between_sql(window, cap)
    # `+`: the OPD term is checked from workers_owing, not used to enter workers_opd_status_created
    # (whose rows would each be read: every worker row of an OPD's own install).
    scope, scope_args = ("", []) if opd_id is None else (" AND +w.opd_id = ?", [opd_id])
    # Only a worker whose paid run ends before `cap` can owe.
    cols = ("w.id, w.status, w.start_month, w.ended_on, w.declared_income, w.jht, w.opd_id, "
            "substr(w.submitted_on, 1, 7)")
    cond = (f"w.start_month <= ? AND ({covered} OR (w.status = 'lapsed' AND substr(w.ended_on, 1, 7) "
            f"BETWEEN ? AND ?)){scope}")
    cond_args = [cap, *params, recent, month, *scope_args]
    rows = db.execute(
        f"SELECT {cols} FROM workers w WHERE w.status IN {_OWING} AND w.paid_through < ? AND {cond} UNION ALL "
        f"SELECT {cols} FROM workers w WHERE w.status IN {_OWING} AND w.paid_through IS NULL AND {cond}",
        [cap, *cond_args, *cond_args]).fetchall()
    reach = rule.lapse_months + 1
    # Months a worker's answer can depend on start at the earliest here (the lapsed run, or the
    # trailing run before the window), so one range of payments serves every worker.
    lowest = min(_shift(recent, -rule.lapse_months), _shift(cap, -reach), window)
    paid = _live_between(db, [r[0] for r in rows], lowest, month)
    book = RateBook.load(db)
    prices: dict[tuple[int, int, str], int] = {}
    result = []
    for wid, status, start, ended_on, income, jht, opd, sent in rows:
        if status == "lapsed":
            last = ended_on[:7]
            lower = first = max(start, _shift(last, -rule.lapse_months))
        else:
            until = coverage.covered_until(status, None, start, ended_on)
            last = min(cap, until) if until else cap
            lower, first = max(start, min(window, _shift(last, -reach))), max(start, window)
        if first > last:
            continue
        got = paid.get(wid, _NONE)
        owed = [m for m in _span(first, last) if m not in got]
        if not owed:
            continue
        run = 0
        for m in reversed(_span(lower, last)):
            if m in got or (sent and m < sent):   # months before the registration never end it
                break
            run += 1
        amount = 0
        for m in owed:
            key = (income, jht, m)
            if key not in prices:
                prices[key] = book.amount(income, bool(jht), m).total
            amount += prices[key]
        result.append(Owing(wid, status, opd, tuple(owed), amount, state_of(status, run, rule.lapse_months)))
    return result


def arrears(db: sqlite_utils.Database, month: str, today: dt.date | None = None,
            opd_id: int | None = None) -> list[ArrearsRow]:
    """Every worker owing months up to `month` (as seen on `today`), longest unpaid run first,
    with the names and sponsor a list shows (read for the owing workers only)."""
    owed = owing(db, month, today, opd_id)
    people = {r[0]: r[1:] for r in db.execute(
        "SELECT w.id, w.uid, w.name, w.nik, s.uid, s.name, s.nip FROM json_each(?) j CROSS JOIN workers w "
        "LEFT JOIN sponsors s ON s.id = w.sponsor_id WHERE w.id = j.value",
        [json.dumps([o.worker_id for o in owed])])}
    result = [ArrearsRow(*people[o.worker_id][:3], o.status, *people[o.worker_id][3:], o.unpaid_months, o.amount,
                         o.state, o.opd_id) for o in owed]
    result.sort(key=lambda r: (-len(r.unpaid_months), r.name))
    return result


def refresh_statuses(db: sqlite_utils.Database, operator: str, today: dt.date | None = None) -> list[str]:
    """Apply the lapses the passing of time has caused (lifecycle.refresh_due); returns their uids."""
    return lifecycle.refresh_due(db, today=today, operator=operator,
                                 cause=translate("payments", "arrears check"))


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
        end = (before["ended_on"] or "")[:7]
        if start_month <= end:
            raise ValidationError([Issue("start_month", translate(
                "payments", "The new first month must come after {month}, when the membership ended.").format(
                month=end))])
        changes = {"status": "draft", "start_month": start_month, "ended_on": None,
                   "status_changed_on": (today or clock.today()).isoformat()}
        db["workers"].update(before["id"], {**changes, "updated_at": now_iso(), "rev": audit.next_rev(db)})
        audit.record(db, operator=operator, table="workers", uid=worker_uid, action="reregister",
                     before=before, after={**before, **changes},
                     note=translate("payments", "Registered again after a lapse"))
        lifecycle.refresh_workers(db, [before["id"]], today=today, operator=operator,
                                  cause=translate("payments", "registered again"))


@dataclass(frozen=True)
class SponsorSummary:
    sponsor_uid: str
    nip: str | None
    name: str
    position: str | None
    position_level: str
    workers: int          # covered in the month
    months_paid: int      # worker-months paid in the year up to the month
    outstanding: int      # Rupiah of unpaid months past their due date, up to the month (arrears)
    members: int          # current workers (draft, submitted, active): roster.queries.members_by_sponsor
    quota: int
    unpaid_month: int = 0  # Rupiah of the month itself still unpaid: the payment tab footer's 'Outstanding'

    @property
    def below_quota(self) -> bool:
        return self.members < self.quota


def sponsor_summary(db: sqlite_utils.Database, month: str, today: dt.date | None = None) -> list[SponsorSummary]:
    from rentan_desktop.roster import queries  # one rule for "below quota" (the roster's)

    quotas = quotas_for(db, month)
    covered, params = coverage.covered_sql(month)
    counts = dict(db.execute(
        f"SELECT w.sponsor_id, count(*) FROM workers w WHERE {covered} AND w.sponsor_id IS NOT NULL "
        f"GROUP BY w.sponsor_id", params).fetchall())
    members = queries.members_by_sponsor(db)
    paid = dict(db.execute(
        "SELECT sponsor_id, count(*) FROM payments WHERE month BETWEEN ? AND ? AND kind = 'payment' "
        "AND reversed_at IS NULL GROUP BY sponsor_id", [month[:4] + "-01", month]).fetchall())
    owed: dict[str, int] = {}
    for row in arrears(db, month, today):
        if row.sponsor_uid and row.state != "lapsed":
            owed[row.sponsor_uid] = owed.get(row.sponsor_uid, 0) + row.amount
    unpaid = _unpaid_in_month(db, month)
    result = []
    for sid, uid, nip, name, position, level in db.execute(
            "SELECT id, uid, nip, name, position, position_level FROM sponsors WHERE status = 'active' "
            "ORDER BY name COLLATE NOCASE"):
        result.append(SponsorSummary(uid, nip, name, position, level, counts.get(sid, 0), paid.get(sid, 0),
                                     owed.get(uid, 0), members.get(sid, 0), int(quotas.get(level, 1)),
                                     unpaid.get(sid, 0)))
    return result


def _unpaid_in_month(db: sqlite_utils.Database, month: str) -> dict[int, int]:
    """Rupiah still unpaid for `month` per sponsor id, by the rule of the month view's totals
    (payments.month_view): covered workers without a live payment, at today's rate for their income."""
    from rentan_desktop.payments.rates import RateBook

    covered, params = coverage.covered_sql(month)
    book = RateBook.load(db)
    owed: dict[int, int] = {}
    for sid, income, jht, n in db.execute(
            f"SELECT w.sponsor_id, w.declared_income, w.jht, count(*) FROM workers w WHERE {covered} "
            f"AND w.sponsor_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.month = ? "
            f"AND p.worker_id = w.id AND p.kind = 'payment' AND p.reversed_at IS NULL) GROUP BY 1, 2, 3",
            [*params, month]):
        owed[sid] = owed.get(sid, 0) + book.amount(income, bool(jht), month).total * n
    return owed
