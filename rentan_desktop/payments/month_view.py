"""What the payment tab shows for a month, computed in SQL: row ids, rows by block, totals.

The tab's model holds only the ordered worker ids; rows are fetched in blocks around what
is visible (`rows_for`). Totals come from one pass over the covered workers grouped by
(declared income, JHT) plus one indexed sum over the month's live payments.

A paid month is due what was paid for it: the amount recorded with its payment, never the
amount today's declared income, JHT choice or rate would give (domain.md: a rate change never
rewrites past months; the same holds for a change of the worker's income or JHT). Only unpaid
months take the current income and rate. Rows, totals and the deduction list agree on this.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from rentan_desktop.payments import coverage
from rentan_desktop.payments.rates import RateBook

SHOW_ALL, SHOW_UNPAID, SHOW_PAID = "all", "unpaid", "paid"
_LIVE = "p.kind = 'payment' AND p.reversed_at IS NULL"


@dataclass(frozen=True)
class MonthTotals:
    workers: int
    due: int
    paid_workers: int
    paid: int

    @property
    def outstanding(self) -> int:
        return max(self.due - self.paid, 0)


@dataclass(frozen=True)
class MonthRow:
    worker_id: int
    worker_uid: str
    name: str
    nik: str
    status: str
    sponsor_uid: str | None
    sponsor_name: str | None
    sponsor_nip: str | None
    due: int
    payment_uid: str | None
    paid: int | None
    method: str | None
    paid_on: str | None
    reference: str | None
    opd_code: str | None = None


@dataclass(frozen=True)
class MonthSelection:
    ids: list[int]
    totals: MonthTotals


def _filters(month: str, show: str, search: str, sponsor_uids: list[str] | None,
             opd_id: int | None = None) -> tuple[str, list]:
    where, params = coverage.covered_sql(month)
    if opd_id is not None:  # Disnaker reads one OPD's workers
        where += " AND w.opd_id = ?"
        params.append(opd_id)
    if show in (SHOW_UNPAID, SHOW_PAID):
        exists = "NOT EXISTS" if show == SHOW_UNPAID else "EXISTS"
        where += f" AND {exists} (SELECT 1 FROM payments p WHERE p.month = ? AND p.worker_id = w.id AND {_LIVE})"
        params.append(month)
    text = (search or "").strip()
    if text:
        if text.replace(" ", "").isdigit():
            where += " AND w.nik LIKE ?"
            params.append(text.replace(" ", "") + "%")
        else:
            where += " AND w.name LIKE ?"
            params.append("%" + text + "%")
    if sponsor_uids is not None:
        where += " AND w.sponsor_id IN (SELECT id FROM sponsors WHERE uid IN (SELECT value FROM json_each(?)))"
        params.append(json.dumps(list(sponsor_uids)))
    return where, params


def select_month(db: sqlite_utils.Database, month: str, show: str = SHOW_ALL, search: str = "",
                 sponsor_uids: list[str] | None = None, opd_id: int | None = None) -> MonthSelection:
    """Ordered worker ids to show and the month's totals for the same workers (of one OPD when given)."""
    where, params = _filters(month, show, search, sponsor_uids, opd_id)
    # Two narrow passes over the covering index workers_coverage beat one wide fetch into Python.
    ids = [r[0] for r in db.execute(f"SELECT w.id FROM workers w WHERE {where}", params)]
    ids.sort()
    book = RateBook.load(db)
    # Unpaid workers owe today's rate for their income; paid ones owe what they paid (added below).
    groups = db.execute(
        f"SELECT w.declared_income, w.jht, count(*) FROM workers w WHERE {where} AND NOT EXISTS "
        f"(SELECT 1 FROM payments p WHERE p.month = ? AND p.worker_id = w.id AND {_LIVE}) GROUP BY 1, 2",
        [*params, month]).fetchall()
    unpaid_due = sum(book.amount(income, bool(jht), month).total * n for income, jht, n in groups)
    if show == SHOW_ALL and not search and sponsor_uids is None and opd_id is None:
        # Every live payment of a month belongs to a worker covered that month.
        paid_workers, paid = db.execute(
            f"SELECT count(*), coalesce(sum(p.amount), 0) FROM payments p WHERE p.month = ? AND {_LIVE}",
            [month]).fetchone()
    elif show == SHOW_UNPAID:
        paid_workers, paid = 0, 0
    else:
        paid_workers, paid = db.execute(
            f"SELECT count(*), coalesce(sum(p.amount), 0) FROM workers w JOIN payments p ON p.month = ? "
            f"AND p.worker_id = w.id AND {_LIVE} WHERE {where}", [month, *params]).fetchone()
    return MonthSelection(ids, MonthTotals(len(ids), unpaid_due + paid, paid_workers, paid))


def anyone_payable(db: sqlite_utils.Database, month: str) -> bool:
    """Whether any worker is covered (so owes or has paid) this month: the first match is enough."""
    where, params = _filters(month, SHOW_ALL, "", None)
    return db.execute(f"SELECT 1 FROM workers w WHERE {where} LIMIT 1", params).fetchone() is not None


def rows_for(db: sqlite_utils.Database, month: str, ids: list[int], book: RateBook | None = None) -> dict[int, MonthRow]:
    """The rows of the given worker ids (one block of the view)."""
    book = book or RateBook.load(db)
    table = book.table_for(month)
    result = {}
    for (wid, uid, name, nik, status, s_uid, s_name, s_nip, income, jht, p_uid, amount, method, paid_on,
         reference, opd_code) in db.execute(
            f"SELECT w.id, w.uid, w.name, w.nik, w.status, s.uid, s.name, s.nip, w.declared_income, w.jht, "
            f"p.uid, p.amount, p.method, p.paid_on, p.reference, o.code FROM workers w "
            f"LEFT JOIN sponsors s ON s.id = w.sponsor_id LEFT JOIN opds o ON o.id = w.opd_id "
            f"LEFT JOIN payments p ON p.month = ? AND p.worker_id = w.id AND {_LIVE} "
            f"WHERE w.id IN (SELECT value FROM json_each(?))", [month, json.dumps(ids)]):
        due = amount if p_uid is not None else table.amount(income, bool(jht)).total
        result[wid] = MonthRow(wid, uid, name, nik, status, s_uid, s_name, s_nip,
                               due, p_uid, amount, method, paid_on, reference, opd_code)
    return result
