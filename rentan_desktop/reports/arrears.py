"""Arrears by OPD and by the number of months owed, by the payments area's rule, at scale.

rentan_desktop.payments.status.arrears lists every worker who owes (one row each, with names).
A city-wide report only needs counts, so this applies the same rule in two parts:
- most workers owing are one month behind (their settled run, `paid_through`, ends the month
  before): those are counted from the groups of common.worker_groups (the same pass that gives
  the amounts due) without looking at payments;
- the few whose unpaid span is longer are looked at one by one against their live payments,
  exactly as status.arrears does (gaps paid later do not count; months older than the arrears
  window are no longer owed, except for a lapsed membership).
tests/test_reports.py checks the totals against status.arrears on the same data.
"""

from __future__ import annotations

import sqlite_utils

from rentan_desktop.domain.months import add_months, month_range
from rentan_desktop.payments import coverage
from rentan_desktop.payments.paid_through import ARREARS_MONTHS
from rentan_desktop.payments.status import RECENT_END_MONTHS
from rentan_desktop.reports.common import LIVE, Rates, scope, worker_groups

_CHUNK = 500  # ids per IN list: well under SQLite's 32,766 parameters and PostgreSQL's 65,535

Buckets = dict[int, dict[int, list[int]]]  # {opd_id: {months owed (4 = more than 3): [workers, amount]}}


def _add(out: Buckets, opd: int, months: int, count: int, amount: int) -> None:
    cell = out.setdefault(opd, {}).setdefault(min(months, 4), [0, 0])
    cell[0] += count
    cell[1] += amount


def _owes_one_month(status: str, start: str, ended: str | None, paid: str | None, lapsed_on: str | None,
                    month: str, recent: str, before: str) -> bool:
    """The SQL conditions of status.arrears for one group, and a span of exactly one month."""
    if start > month or not (paid is None or paid < month):
        return False  # not started, or nothing unpaid up to `month`
    if (paid is None or paid < before) and start < month:
        return False  # longer than one month: looked at worker by worker
    if status in ("submitted", "active"):
        return True
    if status == "ended":
        return ended is not None and ended >= recent
    if status == "lapsed":
        return ((paid is not None and paid >= add_months(recent, -4)) or start >= add_months(recent, -3)
                or (lapsed_on is not None and lapsed_on >= recent + "-01"))
    return False


def arrears_by_opd(db: sqlite_utils.Database, month: str, opd_id: int | None, rates: Rates,
                   groups: list[tuple] | None = None) -> Buckets:
    """`groups` from common.worker_groups() (fetched when not given, to at least `month`)."""
    window = add_months(month, -ARREARS_MONTHS)
    recent = add_months(month, -RECENT_END_MONTHS)
    before = add_months(month, -1)
    covered, covered_args = coverage.covered_between_sql(recent, month)
    unpaid, unpaid_args = coverage.unpaid_since_sql(month)
    cond, args = scope("w", opd_id)
    owing = (f"({covered} OR (w.status = 'lapsed' AND w.start_month <= ? AND w.status_changed_on >= ?)) "
             f"AND {unpaid}{cond}")
    owing_args = [*covered_args, month, recent + "-01", *unpaid_args, *args]
    # Longer than one month: nothing paid since before last month (or started before this month).
    longer = "((w.paid_through IS NULL OR w.paid_through < ?) AND w.start_month < ?)"
    out: Buckets = {}
    for opd, status, start, ended, paid, income, jht, lapsed_on, count in (
            groups if groups is not None else worker_groups(db, month, opd_id)):
        if not _owes_one_month(status, start, ended, paid, lapsed_on, month, recent, before):
            continue
        first = add_months(coverage.last_paid(paid, start), 1)
        until = coverage.covered_until(status, paid, start, ended)
        last = min(month, until) if until else month
        if first != last or (status != "lapsed" and first < window):
            continue  # first > last: nothing owed; first == last is the one month owed
        _add(out, opd, 1, count, count * rates.amount(income, jht, first))
    rows = db.execute(
        "SELECT w.id, w.opd_id, w.status, w.start_month, w.ended_on, w.paid_through, w.declared_income, w.jht "
        f"FROM workers w WHERE {owing} AND {longer}", [*owing_args, before, month]).fetchall()
    lower = {r[0]: coverage.last_paid(r[5], r[3]) for r in rows}
    got: dict[int, set[str]] = {}
    ids = list(lower)
    for start in range(0, len(ids), _CHUNK):  # plain IN lists: the same SQL runs on the hub
        chunk = ids[start:start + _CHUNK]
        for wid, paid_month in db.execute(
                f"SELECT worker_id, month FROM payments WHERE worker_id IN ({', '.join('?' * len(chunk))}) "
                f"AND month <= ? AND {LIVE}", [*chunk, month]):
            if paid_month > lower[wid]:
                got.setdefault(wid, set()).add(paid_month)
    for wid, opd, status, start, ended, paid, income, jht in rows:
        until = coverage.covered_until(status, paid, start, ended)
        last = min(month, until) if until else month
        first = add_months(lower[wid], 1)
        if first > last:
            continue
        paid_months = got.get(wid, set())
        owed = [m for m in month_range(first, last)
                if m not in paid_months and (status == "lapsed" or m >= window)]
        if owed:
            _add(out, opd, len(owed), 1, sum(rates.amount(income, jht, m) for m in owed))
    return out
