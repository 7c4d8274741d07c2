"""The GUI's side of data-folder faults: a message box instead of a silent exit, a write that
found the database locked tried again, a full disk told in the user's words."""

from __future__ import annotations

import sqlite3

from rentan_desktop.context import AppContext
from rentan_desktop.errors import UserError
from rentan_desktop.maintenance import faults
from rentan_desktop.ui import app as app_module
from rentan_desktop.ui.common import operations
from rentan_desktop.ui.qt import QMessageBox
from tests.ui.conftest import wait_for_ops


def test_a_read_only_data_folder_shows_a_message_saying_what_to_do(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(faults, "check_writable",
                        lambda folder: (_ for _ in ()).throw(UserError(faults.read_only_message(folder))))
    ctx = AppContext.open(tmp_path)
    assert app_module.data_folder_usable(ctx) is False
    assert len(shown) == 1 and str(tmp_path) in shown[0] and "permission" in shown[0]


def test_main_exits_with_an_error_code_not_zero(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: None)
    monkeypatch.setattr(faults, "check_writable", lambda folder: (_ for _ in ()).throw(UserError("no")))
    assert app_module.main(["--data-dir", str(tmp_path)]) == 2


def test_a_write_that_finds_the_database_locked_is_tried_again(qtbot, opd_env, monkeypatch):
    monkeypatch.setattr(operations, "LOCKED_RETRY_DELAYS", (0.01, 0.01))
    tries = []

    def write(db):
        tries.append(1)
        if len(tries) < 3:
            raise sqlite3.OperationalError("database is locked")
        return "saved"

    results = []
    opd_env.ops.run(write, on_success=results.append)
    wait_for_ops(qtbot, opd_env)
    assert results == ["saved"] and len(tries) == 3


def test_still_locked_says_so_in_words(qtbot, opd_env, monkeypatch):
    monkeypatch.setattr(operations, "LOCKED_RETRY_DELAYS", (0.01,))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))

    def write(db):
        raise sqlite3.OperationalError("database is locked")

    opd_env.ops.run(write)
    wait_for_ops(qtbot, opd_env)
    assert shown and "Another program is writing" in shown[0] and "OperationalError" not in shown[0]


def test_a_full_disk_is_told_with_advice(qtbot, opd_env, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    opd_env.ops.run(lambda db: (_ for _ in ()).throw(sqlite3.OperationalError("database or disk is full")))
    wait_for_ops(qtbot, opd_env)
    assert shown and "Free some space" in shown[0] and "disk is full" not in shown[0]


def test_a_folder_that_cannot_be_created_gets_the_same_message(qtbot, tmp_path, monkeypatch):
    import errno

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))

    def refuse(folder=None):
        raise OSError(errno.EROFS, "Read-only file system", str(tmp_path / "data"))

    monkeypatch.setattr(AppContext, "open", staticmethod(refuse))
    assert app_module.open_data_folder(str(tmp_path / "data")) is None
    assert shown and str(tmp_path / "data") in shown[0] and "permission" in shown[0]
