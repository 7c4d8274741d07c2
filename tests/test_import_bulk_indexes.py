"""A large import into a table holding fewer rows builds the indexes once after its rows, and
widens the page cache for itself only: the connection's own is back after it, also when the
import fails and is rolled back."""

from __future__ import annotations

import pytest

from rentan_desktop.roster import importer, queries, store_rows
from rentan_desktop.store import bulk_insert
from rentan_desktop.store.bulk_insert import BulkInsert
from tests.sheet_corpus import table, worker_row, write_csv
from tests.test_import_bulk_triggers import counted, large_file, recounted, triggers


def test_an_import_larger_than_the_table_builds_its_indexes_after_the_rows(db, tmp_path):
    small = write_csv(tmp_path / "kecil.csv", table([worker_row(i) for i in range(5_001, 5_011)]))
    assert importer.run_import(db, small, "workers", operator="Siti").new == 10
    with db.atomic():
        bulk = BulkInsert(db, "workers")
        bulk.start(expected=store_rows.BATCH)
        assert bulk.indexes  # 10 rows there, 2,000 coming: dropped, built again at finish
        bulk.finish()
    before = triggers(db)
    done = importer.run_import(db, large_file(tmp_path), "workers", operator="Siti")
    assert done.new == db["workers"].count - 10
    assert triggers(db) == before  # every index back, exactly as it was
    assert counted(db) == recounted(db)
    assert queries.count_workers(db, queries.WorkerFilter(search="Contoh 2077")) == 1
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_smaller_import_keeps_updating_the_indexes(db, tmp_path):
    importer.run_import(db, large_file(tmp_path), "workers", operator="Siti")
    with db.atomic():
        bulk = BulkInsert(db, "workers")
        bulk.start(expected=100)
        assert bulk.active and not bulk.indexes
        bulk.finish()


def cache_size(db) -> int:
    return db.execute("PRAGMA cache_size").fetchone()[0]


def test_the_page_cache_is_widened_for_the_import_only(db, tmp_path, monkeypatch):
    monkeypatch.setattr(bulk_insert, "CACHE_KIB_PER_ROW", 64)  # as if the import were 64 times larger
    own = cache_size(db)
    seen = []
    original = BulkInsert.finish

    def finish(self):
        seen.append(cache_size(self.db))
        original(self)

    monkeypatch.setattr(BulkInsert, "finish", finish)
    importer.run_import(db, large_file(tmp_path), "workers", operator="Siti")
    assert seen and seen[0] < own  # negative: KiB; wider than the connection's own
    assert cache_size(db) == own


def test_a_failed_import_gives_the_cache_back_too(db, tmp_path, monkeypatch):
    monkeypatch.setattr(bulk_insert, "CACHE_KIB_PER_ROW", 64)
    widened = []
    original = BulkInsert._widen_cache
    monkeypatch.setattr(BulkInsert, "_widen_cache", lambda self, n: (original(self, n), widened.append(n)))
    own = cache_size(db)

    def disk_full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_rows.audit, "record", disk_full)
    with pytest.raises(Exception, match="disk is full"):
        importer.run_import(db, large_file(tmp_path), "workers", operator="Siti")
    assert widened and db["workers"].count == 0 and cache_size(db) == own
