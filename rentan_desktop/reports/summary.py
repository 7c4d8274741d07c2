"""One page for the mayor or regent, and the Pemda's Paritrana Award submission.

Both rest on the same headline figures: policy (quotas, contribution, target), participation,
coverage and the monthly trend; the Paritrana version adds the OPD ranking and money totals.
"""

from __future__ import annotations

import sqlite_utils

from rentan_desktop.domain.policy import DEFAULT_DECLARED_INCOME
from rentan_desktop.domain.vocab import POSITION_LEVELS, position_level_label
from rentan_desktop.i18n import translate
from rentan_desktop.reports import coverage, ranking
from rentan_desktop.reports.common import Rates, paid_by_opd_month, quotas
from rentan_desktop.reports.model import Column, Report, Table, display
from rentan_desktop.reports.params import ReportParams
from rentan_desktop.reports.sponsors import SponsorFacts


def policy_table(db: sqlite_utils.Database, p: ReportParams, f: dict[str, float]) -> Table:
    quota = quotas(db)
    rows = [(translate("reports", "Workers to sponsor, by position level"),
             " · ".join(f"{position_level_label(level)} {quota[level]}" for level in POSITION_LEVELS))]
    rows.append((translate("reports", "Monthly contribution per worker (JKK + JKM, lowest bracket)"),
                 Rates(db).amount(DEFAULT_DECLARED_INCOME, 0, p.month)))
    not_set = coverage.not_set_text()
    rows.append((translate("reports", "Target: uncovered non-wage workers"),
                 display("int", f["target_workers"]) if f["target_workers"] else not_set))
    rows.append((translate("reports", "Target ASN participation (%)"),
                 display("pct", f["target_participation"]) if f["target_participation"] else not_set))
    return Table("policy", translate("reports", "Policy"), [
        Column("item", translate("reports", "Item")), Column("value", translate("reports", "Value"))],
        [(k, display("money", v) if isinstance(v, int) else v) for k, v in rows])


def build_summary(db: sqlite_utils.Database, p: ReportParams) -> Report:
    f = coverage.figures(db, p)
    trend = coverage.trend_table(db, p)
    chart = coverage.trend_chart(trend)  # the whole period
    trend.note = ""  # said by the chart's title; keeps the mayor's summary on one page
    if len(trend.rows) > 12:
        trend.rows = trend.rows[-12:]
        trend.title = translate("reports", "Monthly trend, last 12 months")
    tables = [policy_table(db, p, f), *coverage.coverage_tables(f), trend]
    return Report("summary", translate("reports", "Programme summary"), "", "", tables, [chart])


def build_paritrana(db: sqlite_utils.Database, p: ReportParams) -> Report:
    facts = SponsorFacts(db, p.opd_id, quotas(db))  # shared by the coverage figures and the ranking
    paid = paid_by_opd_month(db, p.from_month, p.to_month, p.opd_id, punctuality=True)  # trend and ranking
    f = coverage.figures(db, p, facts)
    trend = coverage.trend_table(db, p, paid)
    ranked = ranking.build(db, p, facts, paid)
    top = ranked.tables[0]
    top.title = translate("reports", "Implementation: OPD ranking")
    tables = [policy_table(db, p, f), *coverage.coverage_tables(f), top, trend]
    return Report("paritrana", translate("reports", "Paritrana Award submission"), "", "", tables,
                  [coverage.trend_chart(trend), *ranked.charts])
