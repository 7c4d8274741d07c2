"""A GUI write blocked by another program holding the write lock: the status bar says it is waiting
for another program, and within seconds a box says what to do; nothing is half-written (QA walk r3, 14)."""

from __future__ import annotations

import time

from rentan_desktop.ui.qt import QMessageBox
from tests.ui.conftest import wait_for_ops


def test_a_blocked_save_tells_the_clerk_within_seconds(qtbot, opd_env, monkeypatch):
    shown, waits = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    opd_env.ops.waiting_for_lock.connect(lambda n, of: waits.append((n, of)))
    locker = opd_env.ctx.new_connection()
    locker.execute("BEGIN IMMEDIATE")
    locker.execute("UPDATE settings SET value = value WHERE key = 'role'")

    def save(db):
        with db.conn:
            db.execute("INSERT INTO settings(key, value) VALUES ('blocked-a', '1')")
            db.execute("INSERT INTO settings(key, value) VALUES ('blocked-b', '1')")

    started = time.monotonic()
    try:
        opd_env.ops.run(save, changes={"settings"})
        wait_for_ops(qtbot, opd_env, timeout=30_000)
        waited = time.monotonic() - started
    finally:
        locker.conn.rollback()
        locker.conn.close()
    assert waits == [(2, 3), (3, 3)]
    assert waited < 20
    assert len(shown) == 1 and "Close the other program" in shown[0]
    assert opd_env.db.execute("SELECT count(*) FROM settings WHERE key LIKE 'blocked-%'").fetchone()[0] == 0


def test_the_status_bar_names_the_wait(qtbot, opd_env):
    from rentan_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(opd_env)
    qtbot.addWidget(window)
    opd_env.ops.waiting_for_lock.emit(2, 3)
    assert "Another program is writing" in window.busy_label.text() and "2 of 3" in window.busy_label.text()
