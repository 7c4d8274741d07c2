"""QA walk r5, 17: the Paritrana page showed "Pekerja terlindungi" 7 in one table and 8 in the chart beside
it. The monthly trend counts workers owing the month (a worker still waiting for BPJS included) and says so;
"terlindungi" is kept for the workers BPJS accepted."""

from __future__ import annotations

from rentan_desktop import i18n
from rentan_desktop.reports import summary
from rentan_desktop.reports.params import ReportParams


def test_one_word_one_measure_on_the_paritrana_page(disnaker_db):
    i18n.set_language("id")
    try:
        report = summary.build_paritrana(disnaker_db, ReportParams(month="2026-12", from_month="2026-01",
                                                                   to_month="2026-12"))
    finally:
        i18n.set_language("en")
    protected = {c.title for t in report.tables for c in t.columns if c.key == "protected" and t.key != "trend"}
    trend = next(t for t in report.tables if t.key == "trend")
    trend_label = next(c.title for c in trend.columns if c.key == "protected")
    assert protected == {"Pekerja terlindungi (NIK unik)"}
    assert trend_label == "Pekerja wajib iuran" and "terlindungi" not in trend_label
    assert all("terlindungi" not in chart.title for chart in report.charts if chart.kind == "line")
