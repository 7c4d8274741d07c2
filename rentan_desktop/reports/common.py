"""Pieces every report shares: the OPD scope, which workers count, amounts due and paid.

Definitions used throughout (and stated in the report notes):
- a *current* worker has status draft, submitted or active (not lapsed, not ended);
  a sponsor "has a worker" when at least one of their workers is current;
- which months a worker owes follows the payments area (rentan_desktop.payments.coverage): submitted
  and active workers from `start_month`, an ended worker through the month of `ended_on`, a lapsed
  worker through the 4th month after its last paid month; a draft owes nothing yet;
- a payment counts as paid while it is live: kind 'payment' and not reversed (`reversed_at` is
  stamped on the original when its reversal is recorded) — the partial index `payments_live`;
- city-wide counts of people are distinct persons: sponsors by NIP (a civil servant who moved
  OPD is ended in one and active in another) and workers by NIK (the same person entered by
  two OPDs counts once).
"""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from rentan_desktop.domain.months import month_range
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.payments import coverage
from rentan_desktop.payments.calendar import Calendar
from rentan_desktop.payments.rates import RateBook
from rentan_desktop.reports import paid_rollup
from rentan_desktop.store import clock

CURRENT = ("draft", "submitted", "active")
CURRENT_SQL = "('draft', 'submitted', 'active')"
COVERED_STATUSES_SQL = "('submitted', 'active', 'ended', 'lapsed')"
# A payment that counts as paid (matches the partial index payments_live).
LIVE = "kind = 'payment' AND reversed_at IS NULL"


def on_hub(db: sqlite_utils.Database) -> bool:
    """The province hub (PostgreSQL, hub/reportdb.py): it keeps rollups of what a desktop counts from its rows."""
    return getattr(db, "dialect", "sqlite") != "sqlite"


def nik_holders(db: sqlite_utils.Database) -> str:
    """Where the NIKs held by more than one worker record are read (nik, status, opd_id): every worker on
    the desktop; on the hub the rollup of just those records (hub step h007), the same answer from a few
    thousand rows instead of a million."""
    return "report_shared_niks" if on_hub(db) else "workers"


def workers_by_status(db: sqlite_utils.Database, where: str, args: list) -> str:
    """SQL of (opd_id, workers) per OPD for the workers matching `where` (status and OPD terms only):
    the workers index on the desktop, the rollup of workers per (OPD, status) on the hub (step h007)."""
    if on_hub(db):
        return f"SELECT opd_id, sum(workers) FROM report_worker_status WHERE {where} GROUP BY opd_id"
    return f"SELECT opd_id, count(*) FROM workers WHERE {where} GROUP BY opd_id"


def scope(alias: str, opd_id: int | None) -> tuple[str, list]:
    """SQL condition (starting with AND) limiting rows to one OPD, or nothing for all OPDs."""
    if opd_id is None:
        return "", []
    prefix = f"{alias}." if alias else ""
    return f" AND {prefix}opd_id = ?", [opd_id]


def workers_scope(db: sqlite_utils.Database, alias: str, opd_id: int | None) -> tuple[str, list]:
    """`scope()` for a query over workers, left out when every worker on the install is in `opd_id`
    (an OPD install): the term then filters nothing, and without it the planner reads a covering
    index instead of entering workers_opd_status_created and reading every worker row (at 30,000
    workers in an encrypted file that was 2,750 pages decrypted for one report table)."""
    if opd_id is not None and not on_hub(db):
        low, high = db.execute("SELECT (SELECT min(opd_id) FROM workers), (SELECT max(opd_id) FROM workers)").fetchone()
        if low is None or low == high == opd_id:
            return "", []
    return scope(alias, opd_id)


def scope_label(db: sqlite_utils.Database, opd_id: int | None) -> str:
    if opd_id is None:
        return translate("reports", "All OPDs")
    row = db.execute("SELECT code, name FROM opds WHERE id = ?", [opd_id]).fetchone()
    return f"{row[0]} {row[1]}" if row else "?"


def opd_rows(db: sqlite_utils.Database, opd_id: int | None = None) -> list[tuple[int, str, str, int | None]]:
    """(id, code, name, asn_count) of the OPDs in scope, by code."""
    where, args = ("WHERE id = ?", [opd_id]) if opd_id is not None else ("", [])
    return [tuple(r) for r in db.execute(f"SELECT id, code, name, asn_count FROM opds {where} ORDER BY code", args)]


def quotas(db: sqlite_utils.Database) -> dict[str, int]:
    from rentan_desktop.payments.rules import quotas_for

    values = quotas_for(db)
    return {level: int(values.get(level, 1) or 1) for level in ("head_opd", "head_division", "staff")}


# ---- contribution amounts (rate tables are effective-dated data owned by payments) ----

class Rates:
    """The amount due for (declared income, JHT, month) from the payments area's rate book, cached.

    A month before the first table in force takes the earliest table (a report period may
    reach back further than the rate data).
    """

    def __init__(self, db: sqlite_utils.Database):
        self.book = RateBook.load(db)
        self._cache: dict[tuple[int, int, str], int] = {}

    def amount(self, income: int, jht: int, month: str) -> int:
        key = (income, jht, month)
        found = self._cache.get(key)
        if found is None:
            try:
                found = self.book.amount(income, bool(jht), month).total
            except UserError:
                if not self.book.tables:
                    raise
                found = self.book.tables[0].amount(income, bool(jht)).total
            self._cache[key] = found
        return found

    def total(self, income: int, jht: int, first: str, last: str) -> int:
        """What the months first..last cost together."""
        return sum(self.amount(income, jht, m) for m in month_range(first, last)) if first <= last else 0


def worker_groups(db: sqlite_utils.Database, to_month: str, opd_id: int | None) -> list[tuple]:
    """Covered workers folded into groups:
    (opd_id, status, start, ended month, paid_through, income, jht, lapse date, count).

    Read from `report_worker_groups` (schema step m008, kept current by triggers on workers):
    200,000 workers are a few thousand rows there, so months are expanded in Python.
    """
    cond, args = scope("", opd_id)
    return [tuple(r) for r in db.execute(
        "SELECT opd_id, status, start_month, NULLIF(ended_month, ''), NULLIF(paid_through, ''), declared_income, "
        f"jht, NULLIF(lapsed_on, ''), workers FROM report_worker_groups WHERE workers > 0 AND start_month <= ?{cond}",
        [to_month, *args])]


def covered_groups(groups: list[tuple]) -> list[tuple]:
    """(opd_id, start, until or None, paid_through, income, jht, count) from worker_groups();
    `until` is the last month covered (payments.coverage.covered_until)."""
    return [(opd, start, coverage.covered_until(status, paid, start, ended), paid, income, jht, count)
            for opd, status, start, ended, paid, income, jht, _lapsed_on, count in groups]


def due_by_opd_month(groups: list[tuple], months: list[str],
                     rates: Rates) -> dict[tuple[int, str], tuple[int, int]]:
    """{(opd_id, month): (workers due, amount due)} for the given months, from covered_groups()."""
    out: dict[tuple[int, str], list[int]] = {}
    for opd, start, until, _paid, income, jht, count in groups:
        for m in months:
            if m < start or (until is not None and m > until):
                continue
            cell = out.setdefault((opd, m), [0, 0])
            cell[0] += count
            cell[1] += count * rates.amount(income, jht, m)
    return {k: (v[0], v[1]) for k, v in out.items()}


def paid_by_opd_month(db: sqlite_utils.Database, first: str, last: str, opd_id: int | None,
                      punctuality: bool = False) -> dict[tuple[int, str], tuple[int, int, int]]:
    """{(opd_id, month covered): (live payments, amount, paid on or before the due date)}.

    Read from the rollup of live payments per month, OPD and day paid (schema step m011), its
    dirty keys recomputed from the covering index (reports.paid_rollup), and folded back when
    possible. The on-time count (for the ranking) sums the days up to each month's due date.
    Plain SQL (a CASE sum, not a sum of a comparison) so PostgreSQL runs it too.
    """
    paid_rollup.fold(db)
    timely = "0"
    if punctuality:
        cal = Calendar.load(db)
        due = " ".join(f"WHEN '{m}' THEN '{cal.due_date(m).isoformat()}'" for m in month_range(first, last))
        timely = "sum(CASE WHEN paid_day <= CASE month " + due + " END THEN payments ELSE 0 END)"
    # A province has 1,400 OPDs x 12 months of cells: fetched at once, and the sums cast to integers
    # so PostgreSQL's driver reads them in C rather than as numerics (SQLite's CAST is a no-op here).
    return {(r[0], r[1]): (r[2], r[3], r[4] or 0) for r in db.execute(
        f"SELECT opd_id, month, CAST(sum(payments) AS BIGINT), CAST(sum(amount) AS BIGINT), CAST({timely} AS BIGINT) "
        f"FROM ({paid_rollup.days_sql(opd_id is not None)}) AS days "
        "GROUP BY month, opd_id",
        paid_rollup.days_args(first, last, opd_id)).fetchall()}


def period_months(first: str, last: str) -> list[str]:
    return month_range(first, last)


def today_of(text: str) -> dt.date:
    return dt.date.fromisoformat(text) if text else clock.today()
