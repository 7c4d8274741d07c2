"""A large import does the insert triggers' work set-based: counts, reports and search right at commit."""

from __future__ import annotations

import pytest

from rentan_desktop.roster import checked, importer, queries, service, store_rows
from rentan_desktop.roster.queries import WorkerFilter
from rentan_desktop.store.bulk_insert import BulkInsert
from tests.sheet_corpus import table, worker_row, write_csv

LARGE = store_rows.BATCH + 150  # more rows than one batch: the import takes the set-based path


def triggers(db) -> set[tuple[str, str, str]]:
    """The workers' triggers and indexes, as created."""
    return set(db.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') "
                          "AND tbl_name = 'workers'"))


def counted(db) -> dict[tuple, int]:
    return {tuple(r[:-1]): r[-1] for r in db.execute(
        "SELECT opd_id, status, without_sponsor, workers FROM worker_counts WHERE workers != 0")}


def recounted(db) -> dict[tuple, int]:
    return {tuple(r[:-1]): r[-1] for r in db.execute(
        "SELECT opd_id, status, sponsor_id IS NULL, count(*) FROM workers GROUP BY 1, 2, 3")}


def large_file(tmp_path, count=LARGE):
    return write_csv(tmp_path / "besar.csv", table([worker_row(i) for i in range(1, count + 1)]))


def test_a_large_import_is_counted_and_found_by_search_at_commit(db, tmp_path):
    before = triggers(db)
    done = importer.run_import(db, large_file(tmp_path), "workers", operator="Siti")
    assert done.new == LARGE == db["workers"].count
    assert queries.count_workers(db) == LARGE
    assert counted(db) == recounted(db)
    pending = {r[0] for r in db.execute("SELECT id FROM workers_name_pending")}
    assert pending == {r[0] for r in db.execute("SELECT id FROM workers")}  # marked for the search index
    assert queries.count_workers(db, WorkerFilter(search="Contoh 2077")) == 1
    assert triggers(db) == before  # every trigger and index back, exactly as it was
    plan = db.execute("EXPLAIN QUERY PLAN SELECT id FROM workers WHERE opd_id = 1 AND nik = ?", ["x"]).fetchall()
    assert "workers_opd_nik" in str(plan)


def test_the_triggers_count_each_worker_again_after_a_large_import(db, tmp_path):
    importer.run_import(db, large_file(tmp_path), "workers", operator="Siti")
    extra = worker_row(LARGE + 1)
    service.save_worker(db, "Siti", {"nik": extra["NIK"], "name": "Pekerja Tambahan", "gender": "L",
                                     "start_month": "2026-01"})
    assert queries.count_workers(db) == LARGE + 1
    assert counted(db) == recounted(db)
    assert queries.count_workers(db, WorkerFilter(search="Tambahan")) == 1


def test_a_large_import_that_fails_midway_leaves_the_triggers_and_counts(db, tmp_path, monkeypatch):
    before, counts = triggers(db), counted(db)

    def disk_full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_rows.audit, "record", disk_full)
    with pytest.raises(Exception, match="disk is full"):
        importer.run_import(db, large_file(tmp_path), "workers", operator="Siti")
    assert db["workers"].count == 0
    assert (triggers(db), counted(db)) == (before, counts)


STATUSES = ("draft", "submitted", "active", "ended", "lapsed", "active", "draft")


def insert_workers(db, start: int, count: int) -> None:
    """Workers of every status, with and without start month, payments and ends."""
    opd = db.execute("SELECT id FROM opds LIMIT 1").fetchone()[0]
    for i in range(start, start + count):
        status = STATUSES[i % len(STATUSES)]
        db.execute(
            "INSERT INTO workers(uid, opd_id, nik, name, status, start_month, paid_through, ended_on, "
            "status_changed_on, declared_income, jht, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01', '2026-01-01')",
            [f"u{i}", opd, f"62710101900{i:05d}", f"Nama {i}", status, None if i % 11 == 0 else f"2026-0{1 + i % 5}",
             f"2026-0{1 + i % 3}" if i % 2 else None, "2026-06-15" if status in ("ended", "lapsed") else None,
             "2026-07-01" if status == "lapsed" else None, 1_000_000 * (1 + i % 2), i % 2])


def rollups(db) -> list:
    return [sorted(db.execute(f"SELECT * FROM {t}")) for t in
            ("worker_counts", "report_worker_groups", "workers_name_pending")]


def test_the_set_based_statements_give_what_the_row_triggers_give(db):
    insert_workers(db, 0, 5)  # rows before the bulk insert must not be counted twice
    db.conn.execute("SAVEPOINT by_row")
    insert_workers(db, 5, 200)
    by_row = rollups(db)
    db.conn.execute("ROLLBACK TO by_row")
    db.conn.execute("RELEASE by_row")
    with db.atomic():
        bulk = BulkInsert(db, "workers")
        bulk.start()
        assert len(bulk.dropped) == 3
        insert_workers(db, 5, 200)
        bulk.finish()
    assert rollups(db) == by_row
    assert any(r for r in by_row[1])  # the report groups were filled (covered statuses)


def test_a_changed_trigger_is_left_to_run_row_by_row(db):
    db.execute("DROP TRIGGER worker_counts_insert")
    db.execute("CREATE TRIGGER worker_counts_insert AFTER INSERT ON workers BEGIN INSERT INTO worker_counts"
               "(opd_id, status, without_sponsor, workers) VALUES (NEW.opd_id, NEW.status, 0, 1) "
               "ON CONFLICT(opd_id, status, without_sponsor) DO UPDATE SET workers = workers + 1; END")
    with db.atomic():
        bulk = BulkInsert(db, "workers")
        bulk.start()
        assert "worker_counts_insert" not in {name for name, _ in bulk.dropped}
        bulk.finish()


def test_outside_a_transaction_nothing_is_dropped(db):
    before = triggers(db)
    bulk = BulkInsert(db, "workers")
    bulk.start()
    assert not bulk.active and triggers(db) == before


def test_a_second_large_import_keeps_the_indexes_of_the_rows_already_there(db, tmp_path):
    importer.run_import(db, large_file(tmp_path), "workers", operator="Siti")
    with db.atomic():
        bulk = BulkInsert(db, "workers")
        bulk.start()
        assert bulk.active and not bulk.indexes  # a table with rows: its indexes are updated row by row
        bulk.finish()


def test_a_large_checked_import_writes_every_row_in_file_order(db, tmp_path, monkeypatch):
    path = large_file(tmp_path)
    checked.forget()
    importer.run_import(db, path, "workers", operator="Siti", dry_run=True, keep_checked=True)
    monkeypatch.setattr(importer, "validate_worker", None)  # the checked rows are written, not checked again
    done = importer.run_import(db, path, "workers", operator="Siti")
    assert (done.new, done.dry_run, {o.status for o in done.outcomes}) == (LARGE, False, {"imported"})
    names = [r[0] for r in db.execute("SELECT name FROM workers ORDER BY uid")]
    assert names == [f"Pekerja Contoh {i}" for i in range(1, LARGE + 1)]  # uids count up in file order
    assert counted(db) == recounted(db)
