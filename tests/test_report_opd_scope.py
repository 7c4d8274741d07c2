"""An OPD's reports leave out the OPD term only where it filters nothing (every worker on the install
is the OPD's own), so a covering index serves the query instead of every worker row being read; the
figures stay those of the OPD alone wherever another OPD's workers are present."""

from __future__ import annotations

from dataclasses import replace

from rentan_desktop.reports.common import workers_scope
from rentan_desktop.reports.params import ReportParams
from rentan_desktop.reports.registry import build
from tests import report_data

P = ReportParams(month="2026-11", from_month="2026-09", to_month="2026-11", today=report_data.TODAY)
PROFILE = ("by_occupation", "by_gender", "by_age", "by_place")


def _tables(report) -> dict[str, list]:
    return {t.key: t.rows for t in report.tables}


def _only_opd_a(db, ids) -> None:
    """What an OPD's own install holds: its workers only (the other OPD's workers and payments gone)."""
    others = "SELECT id FROM workers WHERE opd_id = ?"
    db.execute(f"DELETE FROM payments WHERE worker_id IN ({others})", [ids["B"]])
    db.execute("DELETE FROM workers WHERE opd_id = ?", [ids["B"]])


def test_the_opd_term_stays_while_another_opds_workers_are_present(db):
    ids = report_data.load(db)
    assert workers_scope(db, "w", ids["A"]) == (" AND w.opd_id = ?", [ids["A"]])
    assert workers_scope(db, "w", None) == ("", [])
    _only_opd_a(db, ids)
    assert workers_scope(db, "w", ids["A"]) == ("", [])
    assert workers_scope(db, "w", ids["B"]) == (" AND w.opd_id = ?", [ids["B"]])  # none of B's: B's term filters


def test_the_opd_reports_are_the_same_with_and_without_the_other_opds_workers(db):
    ids = report_data.load(db)
    before = {key: _tables(build(db, key, P)) for key in ("workers", "money")}
    assert before["workers"]["by_occupation"] == [("Nelayan", 1), ("Pemulung", 1), ("Petani", 1)]
    _only_opd_a(db, ids)
    after = {key: _tables(build(db, key, P)) for key in ("workers", "money")}
    assert after == before


def test_one_opd_at_disnaker_still_counts_that_opd_alone(disnaker_db):
    ids = report_data.load(disnaker_db)
    report = _tables(build(disnaker_db, "workers", replace(P, opd_id=ids["A"])))
    assert report["by_occupation"] == [("Nelayan", 1), ("Pemulung", 1), ("Petani", 1)]
    assert report["by_gender"] == [("Female", 2), ("Male", 1)]
    city = _tables(build(disnaker_db, "workers", P))
    assert city["by_occupation"] != report["by_occupation"]  # the other OPD's workers exist and were left out
