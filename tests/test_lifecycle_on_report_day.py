"""A report built on the day after a lapse date shows the lapse, with nobody running a refresh
(the GUI's day clock and a command start do it too, but a report must not depend on them):
reports bring the lifecycle to the app's today once a day (payments/lifecycle.bring_to_today)."""

from __future__ import annotations

import datetime as dt

import pytest

from rentan_desktop.payments import lifecycle
from rentan_desktop.reports import registry as reports
from rentan_desktop.reports.params import ReportParams
from rentan_desktop.store import clock
from tests.pay_helpers import add_sponsor, add_worker


def _on(monkeypatch, day: dt.date) -> None:
    monkeypatch.setattr(clock, "now", lambda: dt.datetime.combine(day, dt.time(9)))


def _by_status(db) -> dict[str, int]:
    table = reports.build(db, "workers", ReportParams(month="2026-12")).table("by_status")
    return {row[0]: row[1] for row in table.rows if row[1]}


@pytest.mark.parametrize(("day", "status"), [
    (dt.date(2026, 12, 15), "Active"),   # Sep, Oct, Nov unpaid; December is due today, not yet unpaid
    (dt.date(2026, 12, 16), "Lapsed"),   # December's due date has passed: a fourth unpaid month
])
def test_a_report_shows_the_lapse_the_date_brought(db, monkeypatch, day, status):
    _on(monkeypatch, dt.date(2026, 8, 10))
    worker = add_worker(db, "2026-08", status="active", sponsor=add_sponsor(db), paid_through="2026-08")
    _on(monkeypatch, day)
    assert _by_status(db) == {status: 1}
    stored = db.execute("SELECT status FROM workers WHERE id = ?", [worker["id"]]).fetchone()[0]
    assert stored == status.lower()


def test_the_lifecycle_runs_once_a_day(db, monkeypatch):
    _on(monkeypatch, dt.date(2026, 12, 16))
    calls = []
    real = lifecycle.refresh_due
    monkeypatch.setattr(lifecycle, "refresh_due", lambda d, **kw: calls.append(kw) or real(d, **kw))
    for _ in range(3):
        reports.build(db, "money", ReportParams(month="2026-12"))
    _on(monkeypatch, dt.date(2026, 12, 17))
    reports.build(db, "money", ReportParams(month="2026-12"))
    assert len(calls) == 2
