"""The home screen's 'what to do now' lines: figures from the same core functions the tabs use."""

from __future__ import annotations

import datetime as dt

from rentan_desktop.reports import home
from rentan_desktop.roster import queries
from rentan_desktop.store import settings
from tests.disnaker_data import add_opd, feed_three_opds
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


def test_due_line_never_says_all_paid_when_nobody_is_payable_yet(db):
    sponsor = add_sponsor(db)
    add_worker(db, "2026-11", status="draft", sponsor=sponsor)  # a draft owes nothing yet
    line = _line(home.opd_lines(db, TODAY), "due")
    assert line.level == "todo" and line.count == 0 and "nothing left to pay" not in line.text
    # When dues start, as the status changes (QA walk r6, 12): "sent to Disnaker" leaves a sent draft owing nothing.
    assert "once Disnaker has submitted him to BPJS" in line.text and "drafts do not" in line.text
    add_worker(db, "2026-09", sponsor=sponsor, paid_through="2026-11")  # one payable, and paid
    line = _line(home.opd_lines(db, TODAY), "due")
    assert line.level == "ok" and "nothing left to pay" in line.text


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
    # Sponsors with their workers, every month paid: the calm lines only (keys and bundles aside).
    sponsor = add_sponsor(db)
    add_worker(db, "2026-09", sponsor=sponsor, paid_through="2026-11")
    db.execute("UPDATE workers SET kpj = '12345678901'")
    lines = home.opd_lines(db, TODAY)
    assert {line.level for line in lines if line.key not in ("bundle", "setup")} == {"ok"}


def test_an_empty_install_says_where_to_start_and_nothing_reassuring(db):
    # QA walk r3, defect 2: "all paid, all complete, all at quota" was said of nobody.
    lines = home.opd_lines(db, TODAY)
    assert [line.key for line in lines] == ["start", "setup", "bundle"]
    assert "staff list" in lines[0].text and lines[0].target == home.T_START
    assert "provisioning file" in lines[1].text
    sponsor = add_sponsor(db)
    lines = home.opd_lines(db, TODAY)
    assert lines[0].key == "start" and "No workers yet" in lines[0].text
    add_worker(db, "2026-12", status="draft", sponsor=sponsor)
    assert "start" not in [line.key for line in home.opd_lines(db, TODAY)]


def test_overdue_lapsed_rejected_and_ready_lines(db):
    # QA walk r3, defects 25, 26, 9 and 2: the month past its due date, lost memberships, BPJS
    # rejections and drafts waiting for a bundle each get a line that opens their list.
    sponsor = add_sponsor(db)
    add_worker(db, "2026-09", sponsor=sponsor, paid_through="2026-09")  # October overdue (due 15/10)
    add_worker(db, "2026-01", status="lapsed", sponsor=sponsor, ended_on="2026-07-31", paid_through="2026-03")
    rejected = add_worker(db, "2026-12", status="draft", sponsor=sponsor, name="Ditolak")
    db.execute("UPDATE workers SET bpjs_status = 'rejected', bpjs_reason = 'NIK tidak ditemukan' WHERE id = ?",
               [rejected["id"]])
    lines = {line.key: line for line in home.opd_lines(db, TODAY)}
    overdue = lines["overdue"]
    assert overdue.month == "2026-10" and overdue.count == 1 and "Oktober" not in overdue.text
    assert "October 2026" in overdue.text and "still be paid" in overdue.text and overdue.level == "warn"
    assert lines["lapsed"].count == 1 and lines["lapsed"].target == home.T_LAPSED
    assert lines["rejected"].count == 1 and lines["rejected"].target == home.T_REJECTED
    assert queries.count_workers(db, queries.WorkerFilter(readiness="rejected")) == 1
    keys = list(lines)
    assert keys.index("overdue") < keys.index("due")


def test_disnaker_with_no_opd_says_where_to_start(disnaker_db):
    lines = home.lines_for(disnaker_db, TODAY)
    assert [line.key for line in lines] == ["start"] and "OPD list" in lines[0].text


def test_disnaker_lines_name_late_opds(disnaker_db):
    add_opd(disnaker_db, "1.01", "Dinas Pendidikan")
    disnaker_db.execute("UPDATE opds SET created_at = '2026-08-01T08:00:00'")  # on the list for months
    lines = home.lines_for(disnaker_db, TODAY)
    # No worker at Disnaker yet: no "every worker has the data BPJS needs" about nobody (QA walk r4, defect 9).
    assert [line.key for line in lines] == ["opd_late", "acks"]
    assert lines[0].count == 1 and lines[0].level == "warn"


def test_disnaker_day_one_names_the_first_steps_not_a_late_bundle(disnaker_db):
    # QA walk r4, defect 9: an OPD added minutes ago was "did not send in 30 days", in red.
    add_opd(disnaker_db, "1.01", "Dinas Pendidikan")
    lines = home.lines_for(disnaker_db, dt.date.today())
    assert [line.key for line in lines] == ["opd_first", "acks"]
    first = lines[0]
    assert first.level == "todo" and first.count == 1 and first.target == home.T_OPD_LATE
    assert "provisioning file" in first.text and "key enrollment file" in first.text


def test_disnaker_home_names_open_duplicate_cases(disnaker_db):
    # QA walk r3, defect 2 (addendum 4): an open duplicate holds workers back from BPJS.
    feed_three_opds(disnaker_db)
    line = _line(home.lines_for(disnaker_db, TODAY), "duplicates")
    assert line.count == 1 and line.level == "warn" and line.target == home.T_DECISIONS


def test_changes_recorded_after_the_last_bundle_are_said_on_the_bundle_line(db):
    """QA walk r5, 18: Beranda was all green after a month's payments none of which had gone to Disnaker."""
    sponsor = add_sponsor(db)
    add_worker(db, "2026-10", sponsor=sponsor, paid_through="2026-11")  # two payments
    db.execute("UPDATE sponsors SET rev = 3")
    db.execute("UPDATE workers SET rev = 4")
    db.execute("UPDATE payments SET rev = 5")
    db.execute("INSERT INTO sync_exports(at, operator, peer, kind, sequence, rev_from, rev_to, file_name, "
               "file_sha256, counts) VALUES ('2026-11-09T10:00:00', 'Siti', 'disnaker', 'changes', 1, 0, 4, 'b', "
               "'x', '{}')")
    bundle = _line(home.opd_lines(db, TODAY), "bundle")
    assert bundle.level == "todo" and "yesterday (09/11/2026)" in bundle.text
    assert "2 payment(s) and 0 other change(s) recorded since then are not at Disnaker yet" in bundle.text
    db.execute("UPDATE sync_exports SET rev_to = 5")  # the next bundle carried them
    bundle = _line(home.opd_lines(db, TODAY), "bundle")
    assert bundle.level == "ok" and "not at Disnaker" not in bundle.text
