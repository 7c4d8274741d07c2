"""Money: due, paid and outstanding per month over a period; arrears by age."""

from __future__ import annotations

import sqlite_utils

from rentan_desktop.domain.months import month_label
from rentan_desktop.i18n import language, translate
from rentan_desktop.reports.arrears import arrears_by_opd
from rentan_desktop.reports.common import (
    Rates,
    covered_groups,
    due_by_opd_month,
    opd_rows,
    paid_by_opd_month,
    period_months,
    worker_groups,
)
from rentan_desktop.reports.model import Chart, Column, Report, Series, Table, pct
from rentan_desktop.reports.params import ReportParams

BUCKETS = (1, 2, 3, 4)  # months behind; 4 stands for "more than 3" (membership at risk of ending)


def bucket_label(n: int) -> str:
    if n >= 4:
        return translate("reports", "More than 3 months")
    return {1: translate("reports", "1 month"), 2: translate("reports", "2 months"),
            3: translate("reports", "3 months")}[n]


def build(db: sqlite_utils.Database, p: ReportParams) -> Report:
    rates = Rates(db)
    months = period_months(p.from_month, p.to_month)
    worker_rows = worker_groups(db, max(p.month, p.to_month), p.opd_id)  # one pass: due and arrears
    groups = covered_groups(worker_rows)
    due = due_by_opd_month(groups, months, rates)
    paid = paid_by_opd_month(db, p.from_month, p.to_month, p.opd_id)
    rows = []
    for m in months:
        d_workers = sum(v[0] for k, v in due.items() if k[1] == m)
        d_amount = sum(v[1] for k, v in due.items() if k[1] == m)
        n_paid = sum(v[0] for k, v in paid.items() if k[1] == m)
        p_amount = sum(v[1] for k, v in paid.items() if k[1] == m)
        rows.append((m, d_workers, d_amount, n_paid, p_amount, max(d_amount - p_amount, 0)))
    totals = (translate("reports", "Total"), None, sum(r[2] for r in rows), sum(r[3] for r in rows),
              sum(r[4] for r in rows), sum(r[5] for r in rows))
    tables = [Table("by_month", translate("reports", "Due, paid and outstanding per month"), [
        Column("month", translate("reports", "Month"), "month"),
        Column("workers_due", translate("reports", "Workers due"), "int"),
        Column("due", translate("reports", "Due"), "money"),
        Column("payments", translate("reports", "Months paid"), "int"),
        Column("paid", translate("reports", "Paid"), "money"),
        Column("outstanding", translate("reports", "Outstanding"), "money"),
    ], rows, totals, translate("reports", "Reversed payments are not counted as paid."))]

    owed = arrears_by_opd(db, p.month, p.opd_id, rates, worker_rows)
    arrear_rows = []
    for b in BUCKETS:
        n = sum(v.get(b, [0, 0])[0] for v in owed.values())
        amount = sum(v.get(b, [0, 0])[1] for v in owed.values())
        arrear_rows.append((bucket_label(b), n, amount))
    tables.append(Table("arrears", translate("reports", "Arrears by age at {month}").format(
        month=month_label(p.month, language())), [
        Column("age", translate("reports", "Behind by")),
        Column("workers", translate("reports", "Workers"), "int"),
        Column("owed", translate("reports", "Amount owed"), "money"),
    ], arrear_rows, (translate("reports", "Total"), sum(r[1] for r in arrear_rows),
                     sum(r[2] for r in arrear_rows))))

    if p.opd_id is None:
        by_opd = []
        for opd_id, code, name, _asn in opd_rows(db):
            d = sum(v[1] for k, v in due.items() if k[0] == opd_id)
            pd = sum(v[1] for k, v in paid.items() if k[0] == opd_id)
            behind = sum(c[0] for c in owed.get(opd_id, {}).values())
            by_opd.append((code, name, d, pd, max(d - pd, 0), pct(pd, d), behind))
        tables.append(Table("by_opd", translate("reports", "Money by OPD over the period"), [
            Column("code", translate("reports", "Code")), Column("opd", translate("reports", "OPD")),
            Column("due", translate("reports", "Due"), "money"), Column("paid", translate("reports", "Paid"), "money"),
            Column("outstanding", translate("reports", "Outstanding"), "money"),
            Column("pct", translate("reports", "Paid (%)"), "pct"),
            Column("behind", translate("reports", "Workers in arrears"), "int"),
        ], by_opd, (translate("reports", "Total"), None, sum(r[2] for r in by_opd), sum(r[3] for r in by_opd),
                    sum(r[4] for r in by_opd), pct(sum(r[3] for r in by_opd), sum(r[2] for r in by_opd)),
                    sum(r[6] for r in by_opd))))

    labels = [month_label(m, language())[:3] + " " + m[2:4] for m in months]
    charts = [
        Chart("line", translate("reports", "Due and paid per month"), labels, [
            Series(translate("reports", "Due"), [r[2] for r in rows]),
            Series(translate("reports", "Paid"), [r[4] for r in rows])], "Rp"),
        Chart("bar", translate("reports", "Workers in arrears by age"), [r[0] for r in arrear_rows],
              [Series(translate("reports", "Workers"), [r[1] for r in arrear_rows])]),
    ]
    return Report("money", translate("reports", "Contributions"), "", "", tables, charts)
