"""The per-OPD, per-month, per-day rollup of live payments the reports read (schema step m008)."""

from __future__ import annotations

import pytest

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
    for name in ("insert", "delete", "update_old", "update_new"):
        db.execute(f"DROP TRIGGER report_paid_{name}")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm008_report_paid_rollup'")
    migrations.migrate(db)
    assert rollup(db) == truth(db) and rollup(db)
