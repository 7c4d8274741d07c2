"""The import inserts its new records on a second thread while it prepares the next rows (the
app's connections allow it): the same records as inline, and a failure or a cancel midway still
leaves the install as it was, with the thread ended."""

from __future__ import annotations

import threading

import pytest

from rentan_desktop.errors import UserError
from rentan_desktop.roster import importer, insert_behind, store_rows
from rentan_desktop.store import db as store_db
from rentan_desktop.store.site import initialise
from rentan_desktop.tasks import Cancelled, TaskState
from tests.conftest import OPD
from tests.sheet_corpus import table, worker_row, write_csv

ROWS = 2 * store_rows.BATCH + 500  # three batches: one inserting while the next ones are prepared
COLUMNS = "nik, name, birth_date, gender, phone, village, start_month, status, rev"


@pytest.fixture
def file_db(tmp_path):
    """An install's database as the app opens it (usable from the import's inserting thread)."""
    database = store_db.connect(tmp_path / "rentan.sqlite3")
    initialise(database, **OPD)
    yield database
    database.conn.close()


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    return write_csv(tmp_path_factory.mktemp("w") / "w.csv", table([worker_row(i) for i in range(1, ROWS + 1)]))


def inserting_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "rentan-import-insert"]


def test_the_app_s_connection_inserts_behind_and_a_test_connection_inline(file_db, db):
    assert insert_behind.shareable(file_db.conn) and not insert_behind.shareable(db.conn)


def test_inserted_behind_the_same_records_as_inline(file_db, db, big_file):
    for database in (file_db, db):
        report = importer.run_import(database, big_file, "workers", operator="Siti")
        assert (report.new, report.skipped) == (ROWS, 0)
    behind, inline = (d.execute(f"SELECT {COLUMNS} FROM workers ORDER BY id").fetchall() for d in (file_db, db))
    assert len(behind) == ROWS and behind == inline
    assert not inserting_threads()


def test_a_failed_insert_on_the_thread_leaves_nothing_and_says_what_to_do(file_db, big_file):
    # An insert that fails midway (as a full disk would) in the second batch, on the inserting thread.
    file_db.execute("CREATE TEMP TRIGGER full BEFORE INSERT ON main.workers WHEN NEW.name = 'Pekerja Contoh 2500' "
                    "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    with pytest.raises(UserError, match="disk is full"):
        importer.run_import(file_db, big_file, "workers", operator="Siti")
    assert file_db["workers"].count == 0 and file_db["audit_log"].count == 0
    assert not inserting_threads()


def test_a_cancel_midway_leaves_nothing_and_ends_the_thread(file_db, big_file):
    class CancelLate(TaskState):
        def progress(self, done: int, total: int, text: str = "") -> None:
            if done > store_rows.BATCH:  # a batch already handed to the inserting thread
                self.request_cancel()
            super().progress(done, total, text)

    with pytest.raises(Cancelled):
        importer.run_import(file_db, big_file, "workers", operator="Siti", state=CancelLate())
    assert file_db["workers"].count == 0 and file_db["audit_log"].count == 0
    assert not inserting_threads()
