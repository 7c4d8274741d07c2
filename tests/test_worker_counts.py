"""The roster's worker counts kept by triggers in `worker_counts` (schema step m013, issue 15)."""

from __future__ import annotations

import pytest

from rentan_desktop.roster import queries
from rentan_desktop.roster.queries import WorkerFilter
from rentan_desktop.store import migrations
from tests import report_data
from tests.sync_support import PASSPHRASE, counts, make_pair

FILTERS = [
    WorkerFilter(),
    WorkerFilter(status="current"),
    WorkerFilter(status="active"),
    WorkerFilter(status="draft", without_sponsor=True),
    WorkerFilter(status="current", without_sponsor=True),
    WorkerFilter(without_sponsor=True),
]


def truth(db, flt: WorkerFilter, opd_id: int | None = None) -> int:
    """The count read from the workers themselves (what the roster's list holds)."""
    sql, params = "SELECT count(*) FROM workers WHERE 1", []
    if flt.status == "current":
        sql += " AND status IN ('draft', 'submitted', 'active')"
    elif flt.status:
        sql += " AND status = ?"
        params.append(flt.status)
    if flt.without_sponsor:
        sql += " AND sponsor_id IS NULL"
    if opd_id is not None:
        sql += " AND opd_id = ?"
        params.append(opd_id)
    return db.execute(sql, params).fetchone()[0]


def assert_counts_right(db) -> None:
    opds = [None, *(r[0] for r in db.execute("SELECT id FROM opds"))]
    for opd_id in opds:
        for flt in FILTERS:
            scoped = WorkerFilter(status=flt.status, without_sponsor=flt.without_sponsor, opd_id=opd_id)
            assert queries.count_workers(db, scoped) == truth(db, flt, opd_id), (scoped, opd_id)


@pytest.fixture
def loaded(disnaker_db):
    ids = report_data.load(disnaker_db)
    return disnaker_db, ids


def test_the_migration_step_counts_the_workers_already_there(loaded):
    db, _ids = loaded
    db.execute("DROP TABLE worker_counts")
    for name in ("insert", "delete", "update"):
        db.execute(f"DROP TRIGGER worker_counts_{name}")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm015_worker_counts'")
    migrations.migrate(db)
    assert db.execute("SELECT sum(workers) FROM worker_counts").fetchone()[0] == 7
    assert_counts_right(db)


@pytest.mark.parametrize("change", [
    "UPDATE workers SET status = 'ended', ended_on = '2026-11-30' WHERE id = {w7}",
    "UPDATE workers SET status = 'submitted' WHERE id = {w2}",
    "UPDATE workers SET sponsor_id = NULL WHERE id = {w2}",
    "UPDATE workers SET sponsor_id = {s2} WHERE id = {w1}",  # another sponsor: still has one
    "UPDATE workers SET opd_id = {B}, sponsor_id = NULL, status = 'draft' WHERE id = {w4}",
    "DELETE FROM workers WHERE id = {w3}",
    "DELETE FROM workers",
    "UPDATE workers SET name = 'Nama Lain' WHERE id = {w1}",  # no counted column
    "INSERT INTO workers(uid, opd_id, nik, name, status, created_at, updated_at) "
    "SELECT uid || '-copy', opd_id, '99' || substr(nik, 3), name, 'draft', created_at, updated_at FROM workers",
])
def test_every_write_to_workers_keeps_the_counts_right(loaded, change):
    db, ids = loaded
    db.execute("PRAGMA foreign_keys = OFF")
    with db.atomic():
        db.execute(change.format(**ids))
        assert_counts_right(db)


def test_counts_stay_right_through_the_app_paths(tmp_path, monkeypatch):
    """Demo data, the worker form, ending a worker, and Disnaker applying the OPD's bundle."""
    from rentan_desktop.roster import service
    from rentan_desktop.sync import export, importer

    monkeypatch.setenv("RENTAN_PASSPHRASE", PASSPHRASE)
    pair = make_pair(tmp_path, sponsors=3, workers=12)  # demo.generate + payments
    try:
        opd, dis = pair.opd.db, pair.dis.db
        assert_counts_right(opd)
        worker = opd.execute("SELECT uid FROM workers WHERE status = 'active' LIMIT 1").fetchone()[0]
        service.end_worker(opd, "Siti", worker, "2026-11-30", "Meninggal dunia")
        draft = opd.execute("SELECT uid FROM workers WHERE sponsor_id IS NOT NULL LIMIT 1").fetchone()[0]
        data = {**service.get_worker(opd, draft), "sponsor_uid": None}
        service.save_worker(opd, "Siti", data, uid=draft)
        assert_counts_right(opd)
        path = export.export_bundle(opd, pair.opd.data_dir, pair.stick, operator="Siti").path
        importer.apply(dis, pair.dis.data_dir, path, "Rudi")
        assert counts(pair.dis)["workers"] == counts(pair.opd)["workers"] > 0
        assert_counts_right(dis)
    finally:
        pair.close()
