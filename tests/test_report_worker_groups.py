"""The report groups of covered workers kept current by triggers (schema step m010)."""

from __future__ import annotations

import pytest

from rentan_desktop.reports import common
from rentan_desktop.store import migrations
from tests import report_data

GROUP_TRUTH = ("SELECT opd_id, status, start_month, CASE WHEN status IN ('ended', 'lapsed') THEN substr(ended_on, 1, 7) END, "
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


def test_the_migration_step_fills_the_rollup_from_payments_already_there(loaded):
    db, _ids = loaded
    db.execute("DROP TABLE report_worker_groups")
    for name in ("insert", "delete", "update_old", "update_new"):
        db.execute(f"DROP TRIGGER report_worker_groups_{name}")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm010_report_rollups'")
    migrations.migrate(db)
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
