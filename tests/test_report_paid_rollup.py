"""Live payments per (month, OPD, day) with dirty keys (schema step m011): right after every kind of payment write."""

from __future__ import annotations

import datetime as dt

import pytest

from rentan_desktop.payments import service
from rentan_desktop.reports import common, paid_rollup
from rentan_desktop.store import migrations
from tests.pay_helpers import add_sponsor, add_worker

TODAY = dt.date(2026, 11, 23)
DAYS_TRUTH = ("SELECT month, opd_id, substr(paid_on, 1, 10), count(*), sum(amount) FROM payments "
              "WHERE kind = 'payment' AND reversed_at IS NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")


def paid_truth(db) -> dict:
    """What paid_by_opd_month must say, straight from every payment row."""
    return {(r[0], r[1]): (r[2], r[3], r[4]) for r in db.execute(
        "SELECT opd_id, month, count(*), sum(amount), sum(substr(paid_on, 1, 10) <= month || '-15') FROM payments "
        "WHERE kind = 'payment' AND reversed_at IS NULL GROUP BY 1, 2")}


def paid_now(db) -> dict:
    return {k: (n, amount) for k, (n, amount, _timely) in common.paid_by_opd_month(db, "2000-01", "2099-12", None).items()}


def dirty(db) -> set:
    return {tuple(r) for r in db.execute("SELECT month, opd_id FROM report_paid_dirty")}


def rollup(db) -> list:
    return [tuple(r) for r in db.execute("SELECT * FROM report_paid_days ORDER BY 1, 2, 3")]


def assert_right_before_and_after_folding(db, months: set[str]) -> None:
    """The write marked its months dirty; the report is right before any fold, and the fold leaves
    the rollup equal to the payments with nothing dirty."""
    assert {m for m, _opd in dirty(db)} >= months and months
    truth = {k: v[:2] for k, v in paid_truth(db).items()}
    with db.atomic():  # inside a caller's transaction the report may not write: the figures come from the index
        db.execute("PRAGMA query_only = ON")
        try:
            assert paid_now(db) == truth
        finally:
            db.execute("PRAGMA query_only = OFF")
    assert dirty(db)
    assert paid_now(db) == truth  # this one folds
    assert dirty(db) == set()
    assert rollup(db) == [tuple(r) for r in db.execute(DAYS_TRUTH)]
    assert paid_now(db) == truth


@pytest.fixture
def paying(db):
    worker = add_worker(db, "2026-06", sponsor=add_sponsor(db), paid_through="2026-08")
    other = add_worker(db, "2026-11", sponsor=add_sponsor(db, name="Citra Dewi"))
    paid_now(db)  # folded: a clean start
    assert dirty(db) == set()
    return db, worker, other


def test_pay_marks_its_months(paying):
    db, worker, _other = paying
    service.record_payments(db, "Siti", worker["uid"], ["2026-09", "2026-10"], "cash", today=TODAY)
    assert_right_before_and_after_folding(db, {"2026-09", "2026-10"})


def test_prepay_marks_its_months(paying):
    db, _worker, other = paying
    service.prepay(db, "Siti", other["uid"], 3, "cash", today=TODAY)
    assert_right_before_and_after_folding(db, {"2026-11", "2026-12", "2027-01"})


def test_reverse_takes_the_payment_out(paying):
    db, worker, _other = paying
    before = paid_now(db)
    uid = service.live_payment_uid(db, worker["uid"], "2026-07")
    service.reverse_payment(db, "Siti", uid, "salah bulan", today=TODAY)
    assert_right_before_and_after_folding(db, {"2026-07"})
    key = (worker["opd_id"], "2026-07")
    assert paid_now(db).get(key, (0, 0))[0] == before[key][0] - 1


def test_bulk_month_marks_its_month(paying):
    db, _worker, _other = paying
    service.record_month(db, "Siti", "2026-11", "tpp", None, reference="TPP-11", today=TODAY)
    assert_right_before_and_after_folding(db, {"2026-11"})


def test_delete_marks_the_month_of_the_deleted_row(paying):
    db, worker, _other = paying
    db.execute("DELETE FROM payments WHERE worker_id = ? AND month = '2026-08'", [worker["id"]])
    assert_right_before_and_after_folding(db, {"2026-08"})
    assert (worker["opd_id"], "2026-08") not in paid_now(db)


def test_a_report_that_cannot_write_now_is_still_right(paying, tmp_path):
    db, worker, _other = paying
    service.record_payments(db, "Siti", worker["uid"], ["2026-09"], "cash", today=TODAY)
    db.execute("PRAGMA query_only = ON")  # a read-only connection, or another writer holding the file
    try:
        assert not paid_rollup.fold(db)
        assert paid_now(db) == {k: v[:2] for k, v in paid_truth(db).items()}
    finally:
        db.execute("PRAGMA query_only = OFF")
    assert dirty(db)


def test_punctuality_counts_the_days_up_to_the_due_date(paying):
    db, worker, _other = paying
    service.record_payments(db, "Siti", worker["uid"], ["2026-09"], "cash", today=TODAY, paid_on="2026-09-16")
    service.record_payments(db, "Siti", worker["uid"], ["2026-10"], "cash", today=TODAY, paid_on="2026-10-15")
    for _ in range(2):  # from the index (dirty), then from the rollup (folded)
        paid = common.paid_by_opd_month(db, "2026-09", "2026-10", worker["opd_id"], punctuality=True)
        assert paid[(worker["opd_id"], "2026-09")][2] == 0  # 16/09 is after the due date 15/09
        assert paid[(worker["opd_id"], "2026-10")][2] == 1  # on the due date


def test_the_migration_step_fills_the_rollup_from_payments_already_there(paying):
    db, _worker, _other = paying
    db.execute("DROP TABLE report_paid_days")
    db.execute("DROP TABLE report_paid_dirty")
    for name in ("insert", "update", "delete"):
        db.execute(f"DROP TRIGGER report_paid_dirty_{name}")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm011_report_paid_rollup'")
    migrations.migrate(db)
    assert rollup(db) == [tuple(r) for r in db.execute(DAYS_TRUTH)] and rollup(db)
    assert dirty(db) == set()


def test_a_bundle_import_marks_the_months_it_brings(tmp_path, monkeypatch):
    from rentan_desktop.sync import export, importer
    from tests.sync_support import PASSPHRASE, make_pair

    monkeypatch.setenv("RENTAN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("RENTAN_SCRYPT_LOG_N", "8")
    pair = make_pair(tmp_path)
    try:
        dis = pair.dis.db
        paid_now(dis)
        months = {m for (m,) in pair.opd.db.execute("SELECT DISTINCT month FROM payments")}
        path = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick, operator="Siti").path
        assert importer.apply(dis, pair.dis.data_dir, path, "Rudi").status == "applied"
        assert_right_before_and_after_folding(dis, months)
    finally:
        pair.close()
