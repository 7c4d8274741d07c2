"""Coverage against the Pemda's target (settings "coverage_target") and its monthly trend."""

from __future__ import annotations

import sqlite_utils

from rentan_desktop.domain.months import month_label
from rentan_desktop.i18n import language, translate
from rentan_desktop.reports.common import (
    Rates,
    covered_groups,
    due_by_opd_month,
    nik_holders,
    on_hub,
    opd_rows,
    paid_by_opd_month,
    period_months,
    quotas,
    scope,
    worker_groups,
)
from rentan_desktop.reports.model import Chart, Column, Report, Series, Table, pct
from rentan_desktop.reports.params import ReportParams
from rentan_desktop.reports.sponsors import SponsorFacts, by_opd, totals_by_level
from rentan_desktop.store import settings


def figures(db: sqlite_utils.Database, p: ReportParams, facts: SponsorFacts | None = None) -> dict[str, float]:
    """The headline numbers shared by the coverage report and the one-page summary."""
    target = settings.get(db, "coverage_target") or {}
    cond, args = scope("", p.opd_id)
    # Distinct NIKs = active records less the extra records of a NIK held twice; the NIKs held
    # twice come from the NIK index alone, so no 150,000-row sort is needed.
    counted = "coalesce(sum(workers), 0) FROM report_worker_status" if on_hub(db) else "count(*) FROM workers"
    active = db.execute(f"SELECT {counted} WHERE status = 'active'{cond}", args).fetchone()[0]
    holders = nik_holders(db)
    extra = db.execute(
        f"SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM {holders} WHERE status = 'active' "
        f"AND nik IN (SELECT nik FROM {holders} GROUP BY nik HAVING count(*) > 1){cond} GROUP BY nik) AS held_twice",
        args).fetchone()[0]
    protected = active - extra
    quota = quotas(db)
    facts = facts or SponsorFacts(db, p.opd_id, quota)
    per_opd = by_opd(facts.by_opd_and_level())
    if p.opd_id is None:
        persons = totals_by_level(facts.by_person_and_level()).values()
        sponsors = sum(c.active for c in persons)
        taking_part = sponsors - sum(c.none for c in persons)
    else:
        sponsors = sum(v[0] for v in per_opd.values())
        taking_part = sponsors - sum(v[2] for v in per_opd.values())
    opds = opd_rows(db, p.opd_id)
    # An OPD whose ASN count is not known counts its active sponsors (as the ranking does).
    asn = sum(o[3] or per_opd.get(o[0], (0, 0, 0))[0] for o in opds)
    opds_taking_part = sum(1 for v in per_opd.values() if v[0] > v[2])
    return {
        "protected": protected,
        "target_workers": int(target.get("uncovered_workers") or 0),
        "asn": asn,
        "sponsors": sponsors,
        "taking_part": taking_part,
        "participation": pct(taking_part, asn),
        "target_participation": float(target.get("asn_participation_pct") or 0),
        "opds": len(opds),
        "opds_taking_part": opds_taking_part,
    }


def not_set_text() -> str:
    """A target Disnaker has not entered: said so, never shown as 0 (7 protected of 0 is not 0%)."""
    return translate("reports", "Not set (Settings)")


def coverage_tables(f: dict[str, float]) -> list[Table]:
    target = f["target_workers"]
    workers = Table("workers", translate("reports", "Vulnerable workers protected"), [
        Column("protected", translate("reports", "Workers protected (distinct NIK)"), "int"),
        Column("target", translate("reports", "Target: uncovered non-wage workers"), "int"),
        Column("achieved", translate("reports", "Achieved (%)"), "pct"),
        Column("gap", translate("reports", "Still to cover"), "int"),
    ], [(f["protected"], target, pct(f["protected"], target), max(target - f["protected"], 0)) if target
        else (f["protected"], not_set_text(), not_set_text(), not_set_text())])
    asn = Table("asn", translate("reports", "ASN participation"), [
        Column("asn", translate("reports", "ASN"), "int"),
        Column("taking_part", translate("reports", "Sponsors with a worker"), "int"),
        Column("participation", translate("reports", "Participation (%)"), "pct"),
        Column("target", translate("reports", "Target participation (%)"), "pct"),
        Column("opds", translate("reports", "OPDs taking part"), "int"),
        Column("opds_total", translate("reports", "OPDs"), "int"),
    ], [(f["asn"], f["taking_part"], f["participation"], f["target_participation"] or not_set_text(),
         f["opds_taking_part"], f["opds"])])
    return [workers, asn]


def trend_table(db: sqlite_utils.Database, p: ReportParams, paid: dict | None = None) -> Table:
    rates = Rates(db)
    months = period_months(p.from_month, p.to_month)
    due = due_by_opd_month(covered_groups(worker_groups(db, p.to_month, p.opd_id)), months, rates)
    if paid is None:
        paid = paid_by_opd_month(db, p.from_month, p.to_month, p.opd_id)
    due_in = dict.fromkeys(months, 0)
    paid_in = dict.fromkeys(months, 0)
    for (_opd, m), v in due.items():  # one pass over the (OPD, month) cells: a province has thousands
        due_in[m] = due_in.get(m, 0) + v[0]
    for (_opd, m), v in paid.items():
        paid_in[m] = paid_in.get(m, 0) + v[1]
    rows = [(m, due_in[m], paid_in[m]) for m in months]
    return Table("trend", translate("reports", "Monthly trend"), [
        Column("month", translate("reports", "Month"), "month"),
        Column("protected", translate("reports", "Workers owing a contribution"), "int"),
        Column("paid", translate("reports", "Paid"), "money"),
    ], rows, note=translate("reports", "Workers owing a contribution: workers whose contribution was due that month "
                                       "(submitted to BPJS or active). Protected workers are those BPJS accepted."))


def trend_chart(trend: Table) -> Chart:
    labels = [month_label(m, language())[:3] + " " + m[2:4] for m in trend.values("month")]
    # Not "covered": a worker still waiting for BPJS owes the month but is not protected yet, and the
    # same page counts protected workers as those BPJS accepted (QA walk r5, 17).
    return Chart("line", translate("reports", "Workers owing a contribution per month"), labels,
                 [Series(translate("reports", "Workers owing a contribution"), trend.values("protected"))])


def build(db: sqlite_utils.Database, p: ReportParams) -> Report:
    tables = coverage_tables(figures(db, p))
    trend = trend_table(db, p)
    tables.append(trend)
    return Report("coverage", translate("reports", "Coverage against the target"), "", "", tables,
                  [trend_chart(trend)])
