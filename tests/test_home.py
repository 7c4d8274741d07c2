"""The home screen's 'what to do now' lines: figures from the same core functions the tabs use."""

from __future__ import annotations

import datetime as dt

from rentan_desktop.reports import home
from rentan_desktop.roster import queries
from rentan_desktop.store import settings
from tests.pay_helpers import add_sponsor, add_worker

TODAY = dt.date(2026, 11, 10)  # November's contribution is due on the 16th (15th is a Sunday)


def _line(lines, key):
    return next(line for line in lines if line.key == key)


def test_next_due_month_moves_on_once_the_due_date_has_passed():
    assert home.next_due_month(dt.date(2026, 11, 10)) == "2026-11"
    assert home.next_due_month(dt.date(2026, 11, 16)) == "2026-11"  # due today: still this month
    assert home.next_due_month(dt.date(2026, 11, 17)) == "2026-12"


def test_due_line_counts_unpaid_workers_of_the_due_month(db):
    sponsor = add_sponsor(db)
    add_worker(db, "2026-09", sponsor=sponsor, paid_through="2026-10")
    add_worker(db, "2026-09", sponsor=sponsor, paid_through="2026-10")
    line = _line(home.opd_lines(db, TODAY), "due")
    assert line.count == 2 and line.month == "2026-11" and line.target == home.T_UNPAID
    assert "16/11/2026" in line.text and "Rp33.600" in line.text and "in 6 days" in line.text


def test_incomplete_line_matches_the_roster_filter_it_opens(db):
    sponsor = add_sponsor(db)
    add_worker(db, "2026-09", sponsor=sponsor)  # no mother's name, address... : incomplete
    line = _line(home.opd_lines(db, TODAY), "incomplete")
    assert line.count == 1
    assert queries.count_workers(db, queries.WorkerFilter(readiness="incomplete")) == 1
    db.execute("UPDATE workers SET kpj = '12345678901'")  # BPJS already registered them
    assert _line(home.opd_lines(db, TODAY), "incomplete").count == 0


def test_at_risk_and_below_quota_and_bundle_lines(db):
    sponsor = add_sponsor(db, level="head_opd")
    settings.put(db, "quotas", {"head_opd": 3, "head_division": 2, "staff": 1})
    add_worker(db, "2026-01", sponsor=sponsor, paid_through="2026-08")  # Sep, Oct unpaid (Nov not due)
    lines = home.opd_lines(db, TODAY)
    assert _line(lines, "at_risk").count == 1 and _line(lines, "at_risk").level == "warn"
    assert _line(lines, "below_quota").count == 1
    bundle = _line(lines, "bundle")
    assert bundle.level == "todo" and "No bundle" in bundle.text
    db.execute("INSERT INTO sync_exports(at, operator, peer, kind, sequence, rev_from, rev_to, file_name, "
               "file_sha256, counts) VALUES ('2026-09-30T10:00:00', 'Siti', 'disnaker', 'opd', 1, 0, 5, 'b', "
               "'x', '{}')")
    bundle = _line(home.opd_lines(db, TODAY), "bundle")
    assert bundle.count == 41 and bundle.level == "warn" and "30/09/2026" in bundle.text


def test_a_tidy_install_has_nothing_to_do(db):
    lines = home.opd_lines(db, TODAY)
    assert {line.level for line in lines if line.key != "bundle"} == {"ok"}


def test_disnaker_lines_name_late_opds(disnaker_db):
    lines = home.lines_for(disnaker_db, TODAY)
    assert [line.key for line in lines] == ["opd_late", "acks", "incomplete"]
