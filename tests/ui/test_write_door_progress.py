"""The write door's long-write variant: a pure function taking a TaskState runs on the single
writer behind a progress dialog; Cancel stops it and nothing of it is kept."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from rentan_desktop.errors import UserError
from rentan_desktop.roster import importer
from rentan_desktop.sync import export
from rentan_desktop.sync import history as sync_history
from rentan_desktop.sync import importer as sync_importer
from rentan_desktop.tasks import Cancelled, TaskState
from rentan_desktop.ui.qt import QMessageBox
from tests.sync_support import PASSPHRASE, counts, make_pair
from tests.ui.conftest import wait_for_ops

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


def _add_setting(db, key: str) -> None:
    db.execute("INSERT INTO settings(key, value) VALUES (?, '1')", [key])


def _has(env, key: str) -> bool:
    return env.db.execute("SELECT count(*) FROM settings WHERE key = ?", [key]).fetchone()[0] == 1


def test_a_long_write_reports_progress_and_announces_its_changes(qtbot, opd_env, warnings):
    results, changed = [], []
    opd_env.ops.changed.connect(changed.append)

    def work(db, state):
        with db.atomic():
            for i in range(3):
                state.progress(i, 3, f"step {i}")
                state.check()
            _add_setting(db, "house_test_done")
        return "ok"

    opd_env.ops.run_with_progress(work, title="Working", changes={"settings"}, on_success=results.append)
    wait_for_ops(qtbot, opd_env)
    assert results == ["ok"] and changed == [frozenset({"settings"})] and warnings == []
    assert _has(opd_env, "house_test_done")


def test_cancel_rolls_the_write_back_and_shows_no_error(qtbot, opd_env, warnings):
    cancelled, results, changed = [], [], []
    opd_env.ops.changed.connect(changed.append)

    def work(db, state):
        with db.atomic():
            _add_setting(db, "house_test_half")
            deadline = time.monotonic() + 10
            while not state.cancelled() and time.monotonic() < deadline:
                time.sleep(0.01)
            state.check()
        return "finished"

    state = opd_env.ops.run_with_progress(work, title="Working", changes={"settings"}, on_success=results.append,
                                          on_cancel=lambda: cancelled.append(True))
    state.request_cancel()  # what the dialog's Cancel button does
    wait_for_ops(qtbot, opd_env)
    assert cancelled == [True] and results == [] and changed == [] and warnings == []
    assert not _has(opd_env, "house_test_half")


def test_a_transaction_left_open_by_a_cancelled_write_is_rolled_back(qtbot, opd_env, warnings):
    def work(db, state):
        db.execute("BEGIN IMMEDIATE")
        _add_setting(db, "house_test_open")
        raise Cancelled()

    opd_env.ops.run_with_progress(work, title="Working", changes={"settings"})
    wait_for_ops(qtbot, opd_env)
    opd_env.ops.run(lambda db: _add_setting(db, "house_test_after"), changes={"settings"})  # the writer still works
    wait_for_ops(qtbot, opd_env)
    assert not _has(opd_env, "house_test_open") and _has(opd_env, "house_test_after") and warnings == []


def test_an_error_in_a_long_write_is_shown(qtbot, opd_env, warnings):
    def work(db, state):
        raise UserError("The file is not a spreadsheet.")

    opd_env.ops.run_with_progress(work, title="Working")
    wait_for_ops(qtbot, opd_env)
    assert warnings == ["The file is not a spreadsheet."]


def test_a_cancelled_spreadsheet_import_keeps_nothing(opd_ctx):
    state = TaskState()
    state.request_cancel()
    with pytest.raises(Cancelled):
        importer.run_import(opd_ctx.db, SAMPLES / "workers_opd.xlsx", "workers", operator="Siti", state=state)
    assert opd_ctx.db.execute("SELECT count(*) FROM workers").fetchone()[0] == 0


def test_a_cancelled_bundle_import_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("RENTAN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("RENTAN_SCRYPT_LOG_N", "8")
    pair = make_pair(tmp_path)
    try:
        path = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick, operator="Siti").path
        before = counts(pair.dis)
        state = TaskState()
        state.request_cancel()
        with pytest.raises(Cancelled):
            sync_importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi", state=state)
        assert counts(pair.dis) == before and sync_history.import_history(pair.dis.db) == []
    finally:
        pair.close()
