"""The one door for payment writes: single months, prepayments, a whole month in bulk, reversals.

Rules enforced here (the GUI and the CLI both come through):
- A month may be paid while it is no more than 3 months before the current month (arrears
  may be paid up to 3 months after protection ends) and at most 24 months ahead (Disnaker's
  effective-dated rules, payments/rules.py).
- Only a covered worker who may still pay (coverage.payable_sql) gets a payment; the
  lifecycle (payments/lifecycle.py) is brought up to date first, in the same transaction, so a
  membership that has lapsed by today takes no payment, and it runs again after every write.
- A clerk's payment (pay_in_order, prepay: the GUI's pay dialog and `rentan pay`) covers months
  in order from the oldest unpaid month, in a number of months the rules allow
  (payments/sequence.py): what BPJS books is what the OPD records. record_payments is the
  writer underneath; the payroll bulk month pays one month for everyone (record_month).
- One live payment per worker and month (the partial unique index payments_live); a bulk
  month run twice pays nobody twice.
- Money is never edited: a reversal row with negative amounts and a reason cancels a
  payment, the original is stamped `reversed_at`; the audit trail records both.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

import sqlite_utils

from rentan_desktop.domain.dates import parse_date
from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.domain.money import rupiah
from rentan_desktop.domain.months import add_months, current_month, is_month, months_between
from rentan_desktop.domain.vocab import PAYMENT_METHODS
from rentan_desktop.i18n import translate
from rentan_desktop.payments import bulk_order, coverage, lifecycle, sequence
from rentan_desktop.payments.rates import RateBook
from rentan_desktop.payments.rules import DEFAULT, Rules, rules_for
from rentan_desktop.store import audit, clock
from rentan_desktop.store.clock import new_uid, now_iso
from rentan_desktop.tasks import TaskState

# Which sponsors a bulk run with a method reaches: payroll deductions are for staff on a payroll.
METHOD_SPONSOR_KINDS = {
    "tpp": ("pns", "pppk", "non_asn"),
    "apbd": ("apbd",),
    "csr": ("csr",),
    "cash": None,
    "transfer": None,
}


@dataclass(frozen=True)
class BulkPreview:
    month: str
    method: str
    count: int
    total: int
    already_paid: int
    held_back: int = 0  # left out: an earlier month still unpaid (payments/bulk_order.py)


@dataclass(frozen=True)
class BulkResult:
    month: str
    method: str
    batch: str
    count: int
    total: int
    already_paid: int
    held_back: tuple[bulk_order.HeldBack, ...] = ()  # left out: an earlier month still unpaid, by name

    def held_back_lines(self) -> list[str]:
        return [h.line(self.month) for h in self.held_back]


def month_window(today: dt.date | None = None, db: sqlite_utils.Database | None = None) -> tuple[str, str]:
    """The earliest and latest month that may be paid today."""
    now = current_month(today)
    rule = rules_for(db, now) if db is not None else DEFAULT
    return add_months(now, -rule.arrears_months), add_months(now, rule.ahead_months)


def prepay_counts(db: sqlite_utils.Database, today: dt.date | None = None) -> tuple[int, ...]:
    return rules_for(db, current_month(today)).prepay_counts


def check_month(month: str, today: dt.date | None = None, field: str = "month",
                db: sqlite_utils.Database | None = None) -> None:
    if not is_month(month or ""):
        raise ValidationError([Issue(field, translate("payments", "The month must look like 2026-11."))])
    earliest, latest = month_window(today, db)
    if month < earliest:
        raise ValidationError([Issue(field, translate(
            "payments", "{month} can no longer be paid: arrears may be paid for {earliest} and later only "
                        "(up to {n} months back).").format(month=month, earliest=earliest,
                                                          n=months_between(earliest, current_month(today))))])
    if month > latest:
        raise ValidationError([Issue(field, translate(
            "payments", "{month} is too far ahead: payments may be made up to {latest}.").format(
            month=month, latest=latest))])


def _check_method(method: str) -> None:
    if method not in PAYMENT_METHODS:
        raise ValidationError([Issue("method", translate(
            "payments", "Unknown payment method '{method}': use one of {methods}.").format(
            method=method, methods=", ".join(PAYMENT_METHODS)))])


def _check_paid_on(paid_on: object, today: dt.date | None) -> str:
    today = today or clock.today()
    if paid_on in (None, ""):
        return today.isoformat()
    day = parse_date(paid_on)
    if day is None:
        raise ValidationError([Issue("paid_on", translate("payments", "The payment date is not a valid date."))])
    if day > today:
        raise ValidationError([Issue("paid_on", translate("payments", "The payment date is in the future."))])
    return day.isoformat()


def _clean_reference(reference: str | None) -> str | None:
    text = (reference or "").strip()
    if len(text) > 80:
        raise ValidationError([Issue("reference", translate("payments", "The reference is longer than 80 "
                                                                         "characters."))])
    return text or None


def _worker(db: sqlite_utils.Database, worker_uid: str) -> dict:
    rows = list(db["workers"].rows_where("uid = ?", [worker_uid]))
    if not rows:
        raise ValidationError([Issue("worker", translate("payments", "The worker no longer exists."))])
    return rows[0]


def worker_by_nik(db: sqlite_utils.Database, nik: str) -> str:
    row = db.execute("SELECT uid FROM workers WHERE nik = ? ORDER BY id DESC", [nik.strip()]).fetchone()
    if row is None:
        raise ValidationError([Issue("worker", translate("payments", "No worker has NIK {nik}.").format(
            nik=nik.strip()))])
    return row[0]


def _live_months(db: sqlite_utils.Database, worker_id: int) -> set[str]:
    return {m for (m,) in db.execute(
        "SELECT month FROM payments WHERE worker_id = ? AND kind = 'payment' AND reversed_at IS NULL",
        [worker_id])}


def _check_payable(worker: dict, month: str, rules: Rules = DEFAULT) -> None:
    name = worker["name"]
    if worker["status"] == "lapsed":
        raise ValidationError([Issue("worker", translate(
            "payments", "{name}'s membership ended in {end} after more than {n} consecutive unpaid months, so "
                        "nothing is owed or taken for it any more. To pay again, register the worker again "
                        "(Payments: Register again, or `rentan pay reregister`) and submit the registration "
                        "to BPJS.").format(name=name, end=(worker["ended_on"] or "")[:7] or "-",
                                           n=rules.lapse_months))])
    if worker["status"] == "draft" or not worker["start_month"]:
        raise ValidationError([Issue("worker", translate(
            "payments", "{name} is not registered yet (draft): contributions start once the registration "
                        "is submitted.").format(name=name))])
    if month < worker["start_month"]:
        raise ValidationError([Issue("month", translate(
            "payments", "{name}'s membership starts in {start}; {month} is before it.").format(
            name=name, start=worker["start_month"], month=month))])
    until = coverage.covered_until(worker["status"], worker["paid_through"], worker["start_month"],
                                   worker["ended_on"])
    if until is not None and month > until:
        raise ValidationError([Issue("month", translate(
            "payments", "{name}'s membership ended on {end}; nothing is owed or taken for {month}. To cover "
                        "{name} again, register the worker again.").format(
            name=name, end=worker["ended_on"], month=month))])


def record_payments(db: sqlite_utils.Database, operator: str, worker_uid: str, months: Iterable[str],
                    method: str, reference: str | None = None, paid_on: object = None,
                    today: dt.date | None = None) -> list[str]:
    """Pay the given months for one worker (one row each). Refuses all if any month is refused."""
    months = sorted(set(months))
    _check_method(method)
    reference = _clean_reference(reference)
    paid_on = _check_paid_on(paid_on, today)
    if not months:
        raise ValidationError([Issue("month", translate("payments", "Choose at least one month."))])
    # The lapse a date has brought stands even when the payment is then refused.
    lifecycle.refresh_workers(db, [_worker(db, worker_uid)["id"]], today=today, operator=operator,
                              cause=translate("payments", "before a payment"))
    with db.atomic():
        worker = _worker(db, worker_uid)
        paid = _live_months(db, worker["id"])
        for month in months:
            check_month(month, today, db=db)
            _check_payable(worker, month, rules_for(db, month, today))
            if month in paid:
                raise ValidationError([Issue("month", translate(
                    "payments", "{month} is already paid for {name}.").format(month=month, name=worker["name"]))])
        book = RateBook.load(db)
        stamp = now_iso()
        last = audit.next_rev(db, len(months))
        uids = []
        for i, month in enumerate(months):
            amount = book.amount(worker["declared_income"], bool(worker["jht"]), month)
            uid = new_uid()
            record = {"uid": uid, "opd_id": worker["opd_id"], "worker_id": worker["id"],
                      "sponsor_id": worker["sponsor_id"], "month": month, "amount": amount.total,
                      "jkk": amount.jkk, "jkm": amount.jkm, "jht": amount.jht, "method": method,
                      "reference": reference, "paid_on": paid_on, "kind": "payment",
                      "recorded_by": operator, "recorded_at": stamp, "rev": last - len(months) + 1 + i}
            db["payments"].insert(record)
            audit.record(db, operator=operator, table="payments", uid=uid, action="create",
                         after={k: record[k] for k in ("month", "amount", "method", "reference", "paid_on")},
                         note=worker_uid)
            uids.append(uid)
        lifecycle.refresh_workers(db, [worker["id"]], today=today, operator=operator,
                                  cause=translate("payments", "payment recorded"))
    return uids


def payable_unpaid(db: sqlite_utils.Database, worker: dict, paid: set[str] | None = None,
                   today: dt.date | None = None) -> list[str]:
    """The worker's unpaid months a payment may cover today, oldest first (payments/sequence.py)."""
    earliest, latest = month_window(today, db)
    return sequence.unpaid_months(worker, _live_months(db, worker["id"]) if paid is None else paid,
                                  earliest, latest)


def pay_in_order(db: sqlite_utils.Database, operator: str, worker_uid: str, months: Iterable[str],
                 method: str, reference: str | None = None, paid_on: object = None,
                 today: dt.date | None = None) -> list[str]:
    """A clerk's payment for one worker: refused unless the months run in order from the oldest
    unpaid month and their number is one the programme rules allow (QA walk r3, defect 40)."""
    months = sorted(set(months))
    if months:
        lifecycle.refresh_workers(db, [_worker(db, worker_uid)["id"]], today=today, operator=operator,
                                  cause=translate("payments", "before a payment"))
        worker = _worker(db, worker_uid)
        for month in months:  # the per-month refusals first: they say more than the order would
            check_month(month, today, db=db)
            _check_payable(worker, month, rules_for(db, month, today))
        sequence.check_sequence(worker, months, payable_unpaid(db, worker, today=today), prepay_counts(db, today))
    return record_payments(db, operator, worker_uid, months, method, reference, paid_on, today)


def next_unpaid_months(db: sqlite_utils.Database, worker_uid: str, count: int, start: str | None = None,
                       today: dt.date | None = None) -> list[str]:
    """The `count` months a prepayment covers: the first unpaid months from `start`
    (default: the oldest unpaid month still payable, else the current or the start month)."""
    worker = _worker(db, worker_uid)
    paid = _live_months(db, worker["id"])
    unpaid = payable_unpaid(db, worker, paid, today)
    month = start or (unpaid[0] if unpaid else max(current_month(today), worker["start_month"] or current_month(today)))
    months = []
    while len(months) < count:
        if month not in paid:
            months.append(month)
        month = add_months(month, 1)
    return months


def prepay(db: sqlite_utils.Database, operator: str, worker_uid: str, count: int, method: str,
           reference: str | None = None, paid_on: object = None, start: str | None = None,
           today: dt.date | None = None) -> list[str]:
    """Pay 1, 3, 6 or 12 months ahead at once."""
    counts = prepay_counts(db, today)
    if count not in counts:
        raise ValidationError([Issue("months", translate(
            "payments", "Months paid at once must be one of {counts}.").format(
            counts=", ".join(str(n) for n in counts)))])
    if start is not None and not is_month(start):
        raise ValidationError([Issue("start", translate("payments", "The month must look like 2026-11."))])
    months = next_unpaid_months(db, worker_uid, count, start, today)
    return pay_in_order(db, operator, worker_uid, months, method, reference, paid_on, today)


def _bulk_filter(db: sqlite_utils.Database, month: str, method: str,
                 sponsor_uids: list[str] | None) -> tuple[str, list]:
    where, params = coverage.payable_sql(month)
    where += " AND w.sponsor_id IS NOT NULL"
    kinds = METHOD_SPONSOR_KINDS.get(method)
    if kinds:
        where += f" AND s.kind IN ({','.join('?' * len(kinds))})"
        params += list(kinds)
    if sponsor_uids is not None:
        where += " AND s.uid IN (SELECT value FROM json_each(?))"
        params.append(_json_list(sponsor_uids))
    return where, params


def _json_list(values: Iterable[str]) -> str:
    import json

    return json.dumps(list(values))


def _groups(db: sqlite_utils.Database, month: str, method: str, sponsor_uids: list[str] | None,
            paid: bool) -> list[tuple[int, int, int]]:
    """(declared_income, jht, count) of eligible workers paid / not yet paid for the month."""
    where, params = _bulk_filter(db, month, method, sponsor_uids)
    exists = "EXISTS" if paid else "NOT EXISTS"
    return db.execute(
        f"SELECT w.declared_income, w.jht, count(*) FROM workers w JOIN sponsors s ON s.id = w.sponsor_id "
        f"WHERE {where} AND {exists} (SELECT 1 FROM payments p WHERE p.month = ? AND p.worker_id = w.id "
        f"AND p.kind = 'payment' AND p.reversed_at IS NULL) GROUP BY 1, 2",
        [*params, month]).fetchall()


def preview_month(db: sqlite_utils.Database, month: str, method: str = "tpp",
                  sponsor_uids: list[str] | None = None) -> BulkPreview:
    """What a bulk run would record: how many workers and the total (for the confirmation)."""
    book = RateBook.load(db)
    todo = _groups(db, month, method, sponsor_uids, paid=False)
    done = _groups(db, month, method, sponsor_uids, paid=True)
    total = sum(book.amount(income, bool(jht), month).total * n for income, jht, n in todo)
    held = _held_back(db, month, method, sponsor_uids)
    for income, jht in db.execute("SELECT declared_income, jht FROM workers WHERE id IN (SELECT value FROM "
                                  "json_each(?))", [_json_list(h.worker_id for h in held)]).fetchall():
        total -= book.amount(income, bool(jht), month).total
    return BulkPreview(month, method, sum(n for *_, n in todo) - len(held), total, sum(n for *_, n in done),
                       len(held))


def _unpaid_rows(db: sqlite_utils.Database, month: str, method: str, sponsor_uids: list[str] | None,
                 extra: str = "", extra_params: tuple = ()) -> list[tuple]:
    """(id, opd_id, sponsor_id, declared_income, jht) of eligible workers not yet paid for the month."""
    where, params = _bulk_filter(db, month, method, sponsor_uids)
    return db.execute(
        f"SELECT w.id, w.opd_id, w.sponsor_id, w.declared_income, w.jht FROM workers w "
        f"JOIN sponsors s ON s.id = w.sponsor_id WHERE {where}{extra} AND NOT EXISTS (SELECT 1 FROM payments p "
        f"WHERE p.month = ? AND p.worker_id = w.id AND p.kind = 'payment' AND p.reversed_at IS NULL)",
        [*params, *extra_params, month]).fetchall()


def _held_back(db: sqlite_utils.Database, month: str, method: str, sponsor_uids: list[str] | None,
               today: dt.date | None = None) -> list[bulk_order.HeldBack]:
    """Workers the bulk run leaves out because an earlier month is unpaid. Only those whose unbroken
    paid run (paid_through) stops before the month can have one: the cache keeps this cheap."""
    candidates = _unpaid_rows(db, month, method, sponsor_uids, " AND w.start_month < ? AND "
                              "coalesce(w.paid_through, '') < ?", (month, add_months(month, -1)))
    earliest, latest = month_window(today, db)
    return bulk_order.earlier_unpaid(db, month, [r[0] for r in candidates], earliest, latest)


def record_month(db: sqlite_utils.Database, operator: str, month: str, method: str = "tpp",
                 sponsor_uids: list[str] | None = None, reference: str | None = None,
                 paid_on: object = None, today: dt.date | None = None,
                 state: TaskState | None = None) -> BulkResult:
    """Record a month's contributions for every eligible worker of all or the given sponsors.

    Workers already paid for the month are left alone, so running it twice pays nobody twice.
    """
    check_month(month, today, db=db)
    _check_method(method)
    reference = _clean_reference(reference)
    paid_on = _check_paid_on(paid_on, today)
    state = state or TaskState()
    book = RateBook.load(db)
    where, params = _bulk_filter(db, month, method, sponsor_uids)
    batch = new_uid()
    stamp = now_iso()
    with db.atomic():
        # Memberships that lapsed by today are charged nothing: apply the lapses first.
        lifecycle.refresh_due(db, today=today, operator=operator, cause=translate("payments", "bulk run"))
        rows = _unpaid_rows(db, month, method, sponsor_uids)
        # Months are paid in order, as in the pay dialog: a worker with an earlier month unpaid waits.
        held = _held_back(db, month, method, sponsor_uids, today)
        if held:
            skip = {h.worker_id for h in held}
            rows = [r for r in rows if r[0] not in skip]
        already = db.execute(
            f"SELECT count(*) FROM workers w JOIN sponsors s ON s.id = w.sponsor_id WHERE {where} AND EXISTS "
            f"(SELECT 1 FROM payments p WHERE p.month = ? AND p.worker_id = w.id AND p.kind = 'payment' "
            f"AND p.reversed_at IS NULL)", [*params, month]).fetchone()[0]
        state.check()
        amounts: dict[tuple[int, int], tuple[int, int, int, int]] = {}
        for _, _, _, income, jht in rows:
            if (income, jht) not in amounts:
                a = book.amount(income, bool(jht), month)
                amounts[(income, jht)] = (a.total, a.jkk, a.jkm, a.jht)
        first_rev = audit.next_rev(db, max(len(rows), 1)) - max(len(rows), 1) + 1
        uuid4 = uuid.uuid4
        total = 0
        step = 20_000
        for start in range(0, len(rows), step):
            state.check()
            chunk = []
            for i, (wid, opd_id, sponsor_id, income, jht) in enumerate(rows[start:start + step], start):
                a = amounts[(income, jht)]
                total += a[0]
                chunk.append((str(uuid4()), opd_id, wid, sponsor_id, month, a[0], a[1], a[2], a[3], method,
                              reference, paid_on, batch, operator, stamp, first_rev + i))
            db.conn.executemany(
                "INSERT INTO payments(uid, opd_id, worker_id, sponsor_id, month, amount, jkk, jkm, jht, method, "
                "reference, paid_on, kind, batch, recorded_by, recorded_at, rev) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'payment',?,?,?,?)", chunk)
            state.progress(start + len(chunk), len(rows))
        lifecycle.after_month_paid(db, [r[0] for r in rows], month, today=today, operator=operator,
                                   cause=translate("payments", "bulk run"))
        if rows:
            audit.record(db, operator=operator, table="payments", uid=batch, action="bulk",
                         after={"month": month, "method": method, "count": len(rows), "total": total,
                                "reference": reference, "paid_on": paid_on,
                                "sponsors": sponsor_uids if sponsor_uids is not None else "all"},
                         note=translate("payments", "{count} contributions for {month}, {total}").format(
                             count=len(rows), month=month, total=rupiah(total)))
    return BulkResult(month, method, batch, len(rows), total, already, tuple(held))


def reverse_payment(db: sqlite_utils.Database, operator: str, payment_uid: str, reason: str,
                    today: dt.date | None = None) -> str:
    """Cancel a payment by a reversing entry; returns the reversal's uid."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError([Issue("reason", translate("payments", "Give the reason for the correction."))])
    with db.atomic():
        rows = list(db["payments"].rows_where("uid = ?", [payment_uid]))
        if not rows:
            raise ValidationError([Issue("payment", translate("payments", "The payment no longer exists."))])
        original = rows[0]
        if original["kind"] != "payment":
            raise ValidationError([Issue("payment", translate("payments", "A correction cannot be reversed; "
                                                                           "record the payment again instead."))])
        if original["reversed_at"]:
            raise ValidationError([Issue("payment", translate("payments", "This payment was already reversed."))])
        stamp = now_iso()
        rev = audit.next_rev(db, 2)
        uid = new_uid()
        reversal = {"uid": uid, "opd_id": original["opd_id"], "worker_id": original["worker_id"],
                    "sponsor_id": original["sponsor_id"], "month": original["month"],
                    "amount": -original["amount"], "jkk": -original["jkk"], "jkm": -original["jkm"],
                    "jht": -original["jht"], "method": original["method"], "reference": original["reference"],
                    "paid_on": (today or clock.today()).isoformat(), "kind": "reversal",
                    "reverses_id": original["id"], "reason": reason, "recorded_by": operator,
                    "recorded_at": stamp, "rev": rev}
        db["payments"].insert(reversal)
        db.execute("UPDATE payments SET reversed_at = ?, rev = ? WHERE id = ?", [stamp, rev - 1, original["id"]])
        audit.record(db, operator=operator, table="payments", uid=payment_uid, action="reverse",
                     before={"reversed_at": None}, after={"reversed_at": stamp, "reversal": uid}, note=reason)
        audit.record(db, operator=operator, table="payments", uid=uid, action="create",
                     after={"month": original["month"], "amount": -original["amount"], "reverses": payment_uid},
                     note=reason)
        lifecycle.refresh_workers(db, [original["worker_id"]], today=today, operator=operator,
                                  cause=translate("payments", "payment reversed: {reason}").format(reason=reason))
    return uid


def live_payment_uid(db: sqlite_utils.Database, worker_uid: str, month: str) -> str:
    row = db.execute(
        "SELECT p.uid FROM payments p JOIN workers w ON w.id = p.worker_id WHERE w.uid = ? AND p.month = ? "
        "AND p.kind = 'payment' AND p.reversed_at IS NULL", [worker_uid, month]).fetchone()
    if row is None:
        raise ValidationError([Issue("month", translate("payments", "No payment is recorded for {month}.").format(
            month=month))])
    return row[0]


def recompute_paid_through(db: sqlite_utils.Database, today: dt.date | None = None) -> None:
    """Recompute every worker's paid_through and status from payments (after a restore)."""
    lifecycle.refresh_all(db, today=today, cause=translate("payments", "full recomputation"))

