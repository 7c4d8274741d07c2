"""Money received by payment date: per-day totals and every payment, for the treasurer's cash book.

Counts live payments (not reversed) whose payment date falls in the range, whatever month
they cover, so the figures match the receipts handed out on those days.
"""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from rentan_desktop.domain.dates import format_date
from rentan_desktop.domain.vocab import payment_method_label
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.reports.model import Column, Report, Table
from rentan_desktop.store import settings

MAX_DAYS = 366


def build(db: sqlite_utils.Database, first: dt.date, last: dt.date, method: str | None = None) -> Report:
    """The cash report from `first` to `last` (inclusive); `method` narrows to one payment method."""
    if last < first:
        raise UserError(translate("cash", "The end date {last} comes before the start date {first}.").format(
            first=format_date(first), last=format_date(last)))
    if (last - first).days >= MAX_DAYS:
        raise UserError(translate("cash", "Choose at most one year at a time."))
    where = "p.kind = 'payment' AND p.reversed_at IS NULL AND p.paid_on BETWEEN ? AND ?"
    params: list = [first.isoformat(), last.isoformat()]
    if method:
        where += " AND p.method = ?"
        params.append(method)
    rows = db.execute(
        "SELECT p.paid_on, w.name, w.nik, s.name, p.month, p.method, p.reference, p.amount FROM payments p "
        "JOIN workers w ON w.id = p.worker_id LEFT JOIN sponsors s ON s.id = p.sponsor_id "
        f"WHERE {where} ORDER BY p.paid_on, p.id", params).fetchall()
    days: dict[str, list[int]] = {}
    for row in rows:
        entry = days.setdefault(row[0], [0, 0])
        entry[0] += 1
        entry[1] += row[7]
    per_day = Table("per_day", translate("cash", "Per day"),
                    [Column("paid_on", translate("cash", "Date"), "date"),
                     Column("count", translate("cash", "Payments"), "int"),
                     Column("amount", translate("cash", "Amount received"), "money")],
                    [(day, n, amount) for day, (n, amount) in sorted(days.items())],
                    (translate("cash", "Total"), len(rows), sum(r[7] for r in rows)))
    detail = Table("payments", translate("cash", "Payments"),
                   [Column("paid_on", translate("cash", "Paid on"), "date"),
                    Column("worker", translate("cash", "Worker")), Column("nik", translate("cash", "NIK")),
                    Column("sponsor", translate("cash", "Sponsor")),
                    Column("month", translate("cash", "Month covered"), "month"),
                    Column("method", translate("cash", "Method")), Column("reference", translate("cash", "Reference")),
                    Column("amount", translate("cash", "Amount"), "money")],
                   [(r[0], r[1], r[2], r[3], r[4], payment_method_label(r[5]), r[6], r[7]) for r in rows],
                   (translate("cash", "Total"), None, None, None, None, None, None, sum(r[7] for r in rows)))
    period = f"{format_date(first)} – {format_date(last)}"
    if method:
        period += " · " + payment_method_label(method)
    return Report("cash", translate("cash", "Cash received"), period,
                  settings.get(db, "opd_name", "") or "", [per_day, detail],
                  pemda=settings.get(db, "pemda", "") or "")
