"""A form's Save (a short write) runs on the GUI's own connection when nothing else is writing, so the
list redrawn after it finds its pages still in that connection's cache; a long write, a queued one
or another program holding the lock send it to the writer thread as before, and the GUI never waits."""

from __future__ import annotations

import threading

import pytest

from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.roster import prewarm
from rentan_desktop.ui.qt import QDialog, QMessageBox
from rentan_desktop.ui.roster.worker_dialog import WorkerDialog
from tests.ui.conftest import wait_for_ops
from tests.ui.test_roster_dialogs import fill_worker


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


def _add_setting(db, key: str) -> None:
    db.execute("INSERT INTO settings(key, value) VALUES (?, '1')", [key])


def _has(env, key: str) -> bool:
    return env.db.execute("SELECT count(*) FROM settings WHERE key = ?", [key]).fetchone()[0] == 1


def test_a_form_save_keeps_the_gui_cache_a_queued_write_empties_it(qtbot, opd_env):
    version = prewarm.data_version(opd_env.db)
    dialog = WorkerDialog(opd_env)
    qtbot.addWidget(dialog)
    fill_worker(dialog)
    dialog.accept()
    wait_for_ops(qtbot, opd_env)
    assert dialog.result() == QDialog.DialogCode.Accepted and opd_env.ops.ran_here == 1
    assert opd_env.db.execute("SELECT name FROM workers WHERE uid = ?", [dialog.saved_uid]).fetchone()[0] == "Sri Wahyuni"
    assert prewarm.data_version(opd_env.db) == version  # written by this connection: its cache was kept

    opd_env.ops.run(lambda db: _add_setting(db, "queued"), changes={"settings"})
    wait_for_ops(qtbot, opd_env)
    assert _has(opd_env, "queued") and opd_env.ops.ran_here == 1
    assert prewarm.data_version(opd_env.db) != version  # the writer thread's commit emptied it


def test_a_short_write_is_delivered_after_run_returns(qtbot, opd_env):
    results, changed = [], []
    opd_env.ops.changed.connect(changed.append)
    opd_env.ops.run(lambda db: _add_setting(db, "short") or "done", changes={"settings"},
                    on_success=results.append, short=True)
    assert results == [] and changed == [] and opd_env.ops.busy  # as from the writer thread: later
    wait_for_ops(qtbot, opd_env)
    assert results == ["done"] and changed == [frozenset({"settings"})] and _has(opd_env, "short")
    assert opd_env.ops.ran_here == 1


def test_a_refused_short_write_keeps_nothing(qtbot, opd_env, warnings):
    errors = []

    def save(db):
        _add_setting(db, "half")
        raise ValidationError([Issue("name", "Name is required.")])

    opd_env.ops.run(save, changes={"settings"}, on_error=lambda e: errors.append(e) or True, short=True)
    wait_for_ops(qtbot, opd_env)
    assert [type(e) for e in errors] == [ValidationError] and warnings == []
    assert not _has(opd_env, "half") and not opd_env.db.conn.in_transaction


def test_a_short_write_that_commits_itself(qtbot, opd_env, warnings):
    def save(db):
        with db.conn:
            _add_setting(db, "self-committed")

    opd_env.ops.run(save, changes={"settings"}, short=True)
    wait_for_ops(qtbot, opd_env)
    assert _has(opd_env, "self-committed") and warnings == [] and opd_env.ops.ran_here == 1


def test_during_a_long_import_a_save_waits_its_turn_and_reads_stay_correct(qtbot, opd_env, warnings):
    started, release, order = threading.Event(), threading.Event(), []
    workers = opd_env.db.execute("SELECT count(*) FROM workers").fetchone()[0]

    def long_import(db, state):
        with db.atomic():
            _add_setting(db, "imported")
            started.set()
            assert release.wait(20)
        return "import"

    opd_env.ops.run_with_progress(long_import, title="Importing", changes={"settings"}, on_success=order.append)
    qtbot.waitUntil(started.is_set)
    opd_env.ops.run(lambda db: _add_setting(db, "saved") or "save", changes={"settings"},
                    on_success=order.append, short=True)
    # run() came back while the import holds the lock: the GUI thread did not wait for it.
    assert opd_env.ops.ran_here == 0 and order == []
    # The GUI reads meanwhile: the committed state, nothing of the unfinished import.
    assert not _has(opd_env, "imported") and not _has(opd_env, "saved")
    assert opd_env.db.execute("SELECT count(*) FROM workers").fetchone()[0] == workers
    release.set()
    wait_for_ops(qtbot, opd_env)
    assert order == ["import", "save"] and warnings == []
    assert _has(opd_env, "imported") and _has(opd_env, "saved")


def test_another_program_holding_the_lock_sends_the_save_to_the_writer(qtbot, opd_env, warnings):
    locker = opd_env.ctx.new_connection()
    locker.execute("BEGIN IMMEDIATE")
    _add_setting(locker, "other-program")
    saved = []
    try:
        opd_env.ops.run(lambda db: _add_setting(db, "saved"), changes={"settings"},
                        on_success=saved.append, short=True)
        assert opd_env.ops.ran_here == 0 and saved == [] and not opd_env.db.conn.in_transaction
        assert opd_env.db.execute("PRAGMA busy_timeout").fetchone()[0] > 0  # the GUI's own wait is as it was
    finally:
        locker.conn.rollback()
        locker.conn.close()
    wait_for_ops(qtbot, opd_env)
    assert saved == [None] and _has(opd_env, "saved") and not _has(opd_env, "other-program") and warnings == []
