"""OPD ranking for the Pemda's rewards: participation, workers per sponsor, punctuality."""

from __future__ import annotations

import sqlite_utils

from rentan_desktop.i18n import translate
from rentan_desktop.reports.common import (
    CURRENT_SQL,
    opd_rows,
    paid_by_opd_month,
    quotas,
    scope,
    workers_by_status,
)
from rentan_desktop.reports.model import Chart, Column, Report, Series, Table, pct
from rentan_desktop.reports.params import ReportParams
from rentan_desktop.reports.sponsors import SponsorFacts, by_opd


def punctuality(paid: dict[tuple[int, str], tuple[int, int, int]]) -> dict[int, tuple[int, int]]:
    """{opd_id: (live payments, paid on or before the due date)} from paid_by_opd_month()."""
    out: dict[int, list[int]] = {}
    for (opd, _month), (count, _amount, timely) in paid.items():
        cell = out.setdefault(opd, [0, 0])
        cell[0] += count
        cell[1] += timely
    return {k: (v[0], v[1]) for k, v in out.items()}


def ranking_rows(db: sqlite_utils.Database, p: ReportParams, facts: SponsorFacts | None = None,
                 paid: dict | None = None) -> list[tuple]:
    """One row per OPD, best first (participation, then punctuality, then workers per sponsor)."""
    counts = by_opd((facts or SponsorFacts(db, p.opd_id, quotas(db))).by_opd_and_level())
    if paid is None:
        paid = paid_by_opd_month(db, p.from_month, p.to_month, p.opd_id, punctuality=True)
    on_time = punctuality(paid)
    cond, args = scope("", p.opd_id)
    # An index-only range of workers_owing (status, ..., opd_id: schema step m013), no worker rows.
    current = dict(db.execute(workers_by_status(db, f"status IN {CURRENT_SQL}{cond}", args), args).fetchall())
    rows = []
    for opd_id, code, name, asn in opd_rows(db, p.opd_id):
        active, _meeting, none = counts.get(opd_id, (0, 0, 0))
        taking_part = active - none
        base = asn or active
        workers = current.get(opd_id, 0)
        paid, timely = on_time.get(opd_id, (0, 0))
        rows.append([code, name, asn, active, taking_part, pct(taking_part, base), workers,
                     round(workers / active, 2) if active else 0.0, paid, timely, pct(timely, paid)])
    rows.sort(key=lambda r: (-r[5], -r[10], -r[7], r[0]))
    return [(i + 1, *r) for i, r in enumerate(rows)]


def build(db: sqlite_utils.Database, p: ReportParams, facts: SponsorFacts | None = None,
          paid: dict | None = None) -> Report:
    rows = ranking_rows(db, p, facts, paid)
    table = Table("ranking", translate("reports", "OPD ranking"), [
        Column("rank", translate("reports", "Rank"), "int"),
        Column("code", translate("reports", "Code")),
        Column("opd", translate("reports", "OPD")),
        Column("asn", translate("reports", "ASN"), "int"),
        Column("active", translate("reports", "Active sponsors"), "int"),
        Column("taking_part", translate("reports", "Sponsors with a worker"), "int"),
        Column("participation", translate("reports", "Participation (%)"), "pct"),
        Column("workers", translate("reports", "Current workers"), "int"),
        Column("per_sponsor", translate("reports", "Workers per sponsor"), "float"),
        Column("payments", translate("reports", "Months paid"), "int"),
        Column("on_time", translate("reports", "Paid on time"), "int"),
        Column("punctuality", translate("reports", "Punctuality (%)"), "pct"),
    ], rows, note=translate(
        "reports", "Participation = sponsors with at least one current worker / ASN count (active sponsors "
                   "where the ASN count is not known). On time = paid on or before the due date."))
    chart = Chart("bar", translate("reports", "Participation and punctuality (%) by OPD"), [r[1] for r in rows],
                  [Series(translate("reports", "Participation (%)"), [r[6] for r in rows]),
                   Series(translate("reports", "Punctuality (%)"), [r[11] for r in rows])], "%")
    return Report("ranking", translate("reports", "OPD ranking"), "", "", [table], [chart])
