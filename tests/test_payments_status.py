"""Arrears, at-risk workers, automatic lapses (audited), re-registration, the sponsor summary."""

from __future__ import annotations

import datetime as dt

import pytest

from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.payments import service, status
from rentan_desktop.store import audit, settings
from tests.pay_helpers import add_sponsor, add_worker

TODAY = dt.date(2026, 11, 23)   # November's due date (16th) has passed: last due month 2026-11


def _status(db, worker):
    return db.execute("SELECT status FROM workers WHERE id = ?", [worker["id"]]).fetchone()[0]


@pytest.mark.parametrize(("start", "paid", "today", "lapses"), [
    ("2026-01", "2026-08", TODAY, False),                   # Sep, Oct, Nov unpaid: 3, at risk
    ("2026-01", "2026-07", TODAY, True),                    # Aug..Nov: 4 > 3
    ("2026-01", "2026-07", dt.date(2026, 11, 16), False),   # Nov due today, not overdue yet: 3
    ("2026-08", None, TODAY, True),                         # never paid since August start
    ("2026-09", None, TODAY, False),
    ("2026-01", "2026-12", TODAY, False),                   # paid ahead
])
def test_lapse_after_more_than_three_unpaid_months(db, start, paid, today, lapses):
    worker = add_worker(db, start, paid_through=paid)
    lapsed = status.refresh_statuses(db, "Siti", today=today)
    assert (worker["uid"] in lapsed) is lapses
    assert _status(db, worker) == ("lapsed" if lapses else "active")


def test_lapse_is_recorded_in_the_audit_trail_and_runs_once(db):
    worker = add_worker(db, "2026-01", paid_through="2026-06", status="submitted")
    assert status.refresh_statuses(db, "Siti", today=TODAY) == [worker["uid"]]
    [entry] = [e for e in audit.history(db, worker["uid"]) if e["action"] == "status"]
    assert entry["operator"] == "Siti"
    # The lapse is dated: the day after October's due date, the 4th unpaid month (Jul..Oct).
    assert entry["before"]["status"] == "submitted"
    assert entry["after"] == {"status": "lapsed", "ended_on": "2026-10-16", "status_changed_on": "2026-10-16"}
    assert "more than 3 consecutive unpaid months" in entry["note"] and "arrears check" in entry["note"]
    assert status.refresh_statuses(db, "Siti", today=TODAY) == []


def test_arrears_lists_unpaid_months_amount_sponsor_and_risk(db):
    sponsor = add_sponsor(db, "Budi Santoso")
    behind = add_worker(db, "2026-01", sponsor=sponsor, paid_through="2026-10", name="Ani")
    risk = add_worker(db, "2026-01", sponsor=sponsor, paid_through="2026-08", name="Bayu", income=1_500_000)
    lapsing = add_worker(db, "2026-01", paid_through="2026-06", name="Citra")
    add_worker(db, "2026-01", paid_through="2026-11", name="Dedi")                       # paid up
    lapsed = add_worker(db, "2026-01", status="lapsed", paid_through="2026-06", ended_on="2026-10-16", name="Eka")
    rows = {r.worker_uid: r for r in status.arrears(db, "2026-11", TODAY)}
    assert rows[behind["uid"]].unpaid_months == ("2026-11",)
    assert (rows[behind["uid"]].state, rows[behind["uid"]].amount) == ("behind", 16_800)
    assert rows[behind["uid"]].sponsor_name == "Budi Santoso"
    assert rows[risk["uid"]].count == 3 and rows[risk["uid"]].state == "at_risk"
    assert rows[risk["uid"]].amount == 3 * 22_800
    # Five unpaid months in a row (not yet marked): a lapse whatever the stored status says.
    assert rows[lapsing["uid"]].unpaid_months == ("2026-08", "2026-09", "2026-10", "2026-11")
    assert rows[lapsing["uid"]].state == "lapsed"
    # A lapsed membership shows the run that ended it, up to its end.
    assert rows[lapsed["uid"]].unpaid_months == ("2026-07", "2026-08", "2026-09", "2026-10") and \
        rows[lapsed["uid"]].state == "lapsed"
    assert len(rows) == 4


def test_lapsed_membership_covers_only_through_the_fourth_unpaid_month(db):
    lapsed = add_worker(db, "2026-01", status="lapsed", paid_through="2026-05", ended_on="2026-09-16")
    [row] = status.arrears(db, "2026-11", TODAY)
    assert row.worker_uid == lapsed["uid"] and row.unpaid_months[-1] == "2026-09" and row.count == 4


def test_ended_worker_arrears_stop_before_the_month_of_the_end(db):
    add_worker(db, "2026-01", status="ended", ended_on="2026-10-05", paid_through="2026-08")
    [row] = status.arrears(db, "2026-11", TODAY)
    assert row.unpaid_months == ("2026-09",)


def test_arrears_clear_when_paid(db):
    worker = add_worker(db, "2026-10")
    service.record_payments(db, "Siti", worker["uid"], ["2026-10", "2026-11"], "cash", today=TODAY)
    assert status.arrears(db, "2026-11", TODAY) == []


def test_reregister_a_lapsed_worker(db):
    worker = add_worker(db, "2026-01", paid_through="2026-06")
    status.refresh_statuses(db, "Siti", today=TODAY)
    status.reregister(db, "Siti", worker["uid"], "2026-12", today=TODAY)
    row = next(db["workers"].rows_where("id = ?", [worker["id"]]))
    assert (row["status"], row["start_month"], row["ended_on"]) == ("draft", "2026-12", None)
    assert audit.history(db, worker["uid"])[-1]["action"] == "reregister"
    assert status.arrears(db, "2026-11", TODAY) == []
    with pytest.raises(ValidationError, match="Only a lapsed"):
        status.reregister(db, "Siti", worker["uid"], "2027-01")


def test_reregister_must_start_after_the_end(db):
    worker = add_worker(db, "2026-01", status="lapsed", paid_through="2026-06", ended_on="2026-10-16")
    with pytest.raises(ValidationError, match="after 2026-10, when the membership ended"):
        status.reregister(db, "Siti", worker["uid"], "2026-10")


def test_sponsor_summary_shows_workers_paid_outstanding_and_quota(db):
    settings.put(db, "quotas", {"head_opd": 3, "head_division": 2, "staff": 1})
    head = add_sponsor(db, "Kepala", level="head_opd")
    staff = add_sponsor(db, "Staf")
    w1 = add_worker(db, "2026-10", sponsor=head)
    add_worker(db, "2026-10", sponsor=head)
    add_worker(db, "2026-01", sponsor=staff, status="draft")
    service.record_payments(db, "Siti", w1["uid"], ["2026-10", "2026-11"], "cash", today=TODAY)
    rows = {r.name: r for r in status.sponsor_summary(db, "2026-11", TODAY)}
    assert (rows["Kepala"].workers, rows["Kepala"].months_paid, rows["Kepala"].members) == (2, 2, 2)
    assert rows["Kepala"].outstanding == 2 * 16_800
    assert rows["Kepala"].below_quota and rows["Kepala"].quota == 3
    # A draft worker counts toward the quota, as on the roster (one rule: roster.queries.members_by_sponsor).
    assert rows["Staf"].workers == 0 and rows["Staf"].members == 1 and not rows["Staf"].below_quota


def test_a_gap_before_a_later_payment_is_owed(db):
    worker = add_worker(db, "2026-09")
    service.record_payments(db, "Siti", worker["uid"], ["2026-09", "2026-11"], "cash", today=TODAY)
    [row] = status.arrears(db, "2026-11", TODAY)
    assert row.unpaid_months == ("2026-10",) and row.state == "behind" and row.amount == 16_800
    assert status.refresh_statuses(db, "Siti", today=TODAY) == []


def test_an_old_gap_stays_unsettled_but_is_no_longer_owed(db):
    worker = add_worker(db, "2026-08")
    service.record_payments(db, "Siti", worker["uid"], ["2026-08"], "cash", today=dt.date(2026, 8, 20))
    service.record_payments(db, "Siti", worker["uid"], ["2026-10", "2026-11"], "cash", today=TODAY)
    later = dt.date(2027, 1, 20)                               # September is now beyond the window
    status.refresh_statuses(db, "Siti", today=later)
    assert db.execute("SELECT paid_through, status FROM workers").fetchone() == ("2026-08", "active")
    [row] = status.arrears(db, "2027-01", later)
    assert row.unpaid_months == ("2026-12", "2027-01")
    service.record_payments(db, "Siti", worker["uid"], ["2026-12", "2027-01"], "cash", today=later)
    assert status.arrears(db, "2027-01", later) == []
    assert db.execute("SELECT paid_through FROM workers").fetchone()[0] == "2026-08"


def test_recomputing_everything_keeps_a_lapse_at_its_month(db):
    from rentan_desktop.payments import lifecycle

    worker = add_worker(db, "2026-01", paid_through="2026-04")
    status.refresh_statuses(db, "Siti", today=dt.date(2027, 1, 20))
    first = db.execute("SELECT status, ended_on, paid_through FROM workers").fetchone()
    # August is due on Tuesday the 18th (15-16 weekend, 17 Independence Day): lapsed the day after.
    assert first == ("lapsed", "2026-08-19", "2026-04")
    assert lifecycle.refresh_all(db, today=dt.date(2027, 3, 1)) == []
    assert db.execute("SELECT status, ended_on, paid_through FROM workers").fetchone() == first
    assert worker
