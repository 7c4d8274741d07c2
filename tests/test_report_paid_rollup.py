"""The per-OPD, per-month, per-day rollup of live payments the reports read (schema step m008)."""

from __future__ import annotations

import pytest

from rentan_desktop.reports import common
from rentan_desktop.store import migrations
from tests import report_data

TRUTH = ("SELECT opd_id, month, substr(paid_on, 1, 10), count(*), sum(amount) FROM payments "
         "WHERE kind = 'payment' AND reversed_at IS NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")
ROLLUP = ("SELECT opd_id, month, paid_day, payments, amount FROM report_paid WHERE payments > 0 "
          "ORDER BY 1, 2, 3")


def rollup(db) -> list[tuple]:
    return [tuple(r) for r in db.execute(ROLLUP)]


def truth(db) -> list[tuple]:
    return [tuple(r) for r in db.execute(TRUTH)]


GROUP_TRUTH = ("SELECT opd_id, status, start_month, CASE WHEN status = 'ended' THEN substr(ended_on, 1, 7) END, "
               "paid_through, declared_income, jht, CASE WHEN status = 'lapsed' THEN status_changed_on END, count(*) "
               "FROM workers WHERE status IN ('submitted', 'active', 'ended', 'lapsed') AND start_month IS NOT NULL "
               "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8")


def groups(db) -> list[tuple]:
    return sorted(map(tuple, common.worker_groups(db, "9999-12", None)), key=repr)


def group_truth(db) -> list[tuple]:
    return sorted((tuple(r) for r in db.execute(GROUP_TRUTH)), key=repr)


@pytest.fixture
def loaded(disnaker_db):
    ids = report_data.load(disnaker_db)
    return disnaker_db, ids


def test_the_rollup_matches_live_payments_after_inserts_and_a_reversal(loaded):
    db, _ids = loaded
    assert rollup(db) == truth(db) and len(truth(db)) == 7  # p3 was reversed: not counted


@pytest.mark.parametrize("change", [
    "UPDATE payments SET reversed_at = '2026-11-20T09:00:00' WHERE id = {p1}",  # a reversal stamp
    "UPDATE payments SET reversed_at = NULL WHERE id = {p3}",  # a reversal undone
    "UPDATE payments SET amount = 20000 WHERE id = {p2}",
    "UPDATE payments SET paid_on = '2026-10-02', month = '2026-08' WHERE id = {p5}",
    "UPDATE payments SET opd_id = {A} WHERE id = {p6}",
    "DELETE FROM payments WHERE id = {p4}",
    "UPDATE payments SET method = 'cash' WHERE id = {p7}",  # no column the rollup keeps
])
def test_every_payment_write_keeps_the_rollup_current_in_its_transaction(loaded, change):
    db, ids = loaded
    with db.atomic():
        db.execute(change.format(**ids))
        assert rollup(db) == truth(db)


def test_the_migration_step_fills_the_rollup_from_payments_already_there(loaded):
    db, _ids = loaded
    db.execute("DROP TABLE report_paid")
    db.execute("DROP TABLE report_worker_groups")
    for name in ("insert", "delete", "update_old", "update_new"):
        db.execute(f"DROP TRIGGER report_paid_{name}")
        db.execute(f"DROP TRIGGER report_worker_groups_{name}")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm008_report_rollups'")
    migrations.migrate(db)
    assert rollup(db) == truth(db) and rollup(db)
    assert groups(db) == group_truth(db) and groups(db)


@pytest.mark.parametrize("change", [
    "UPDATE workers SET paid_through = '2026-11' WHERE id = {w1}",  # a payment recorded
    "UPDATE workers SET status = 'ended', ended_on = '2026-11-30' WHERE id = {w7}",
    "UPDATE workers SET status = 'lapsed', status_changed_on = '2026-11-20' WHERE id = {w5}",
    "UPDATE workers SET status = 'active', status_changed_on = '2026-11-20' WHERE id = {w6}",  # re-registered
    "UPDATE workers SET status = 'submitted' WHERE id = {w2}",  # a draft sent to BPJS
    "UPDATE workers SET declared_income = 2500000, jht = 1, opd_id = {B} WHERE id = {w4}",
    "UPDATE workers SET start_month = NULL WHERE id = {w1}",
    "DELETE FROM workers WHERE id = {w3}",
    "UPDATE workers SET name = 'Nama Lain' WHERE id = {w1}",  # no column the groups keep
])
def test_every_worker_write_keeps_the_report_groups_current(loaded, change):
    db, ids = loaded
    db.execute("PRAGMA foreign_keys = OFF")
    with db.atomic():
        db.execute(change.format(**ids))
        assert groups(db) == group_truth(db)
