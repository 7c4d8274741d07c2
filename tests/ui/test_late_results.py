"""A background task or a write that finishes after its window was replaced (a restore reopens the
main window) must not reach the deleted widgets: that aborted the whole process (QA walk r3, 19).
The late result is dropped; a write's change is still kept and announced."""

from __future__ import annotations

import threading

from rentan_desktop.ui.common import background
from rentan_desktop.ui.qt import QMainWindow, QMessageBox, QWidget, is_alive
from tests.ui.conftest import wait_for_ops


def _window_with_tab(qtbot) -> tuple[QMainWindow, QWidget]:
    window = QMainWindow()
    tab = QWidget(window)
    window.setCentralWidget(tab)
    window.show()
    return window, tab


def _replace(qtbot, window: QMainWindow, tab: QWidget) -> None:
    """What restore_and_reopen does to the old window: close it and let Qt delete it."""
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: not is_alive(tab), timeout=5000)


def _boxes(monkeypatch) -> list[str]:
    shown: list[str] = []

    def box(parent, title, text, *args, **kwargs):
        parent.windowTitle()  # a deleted parent raises here (the real box aborts the process)
        shown.append(text)

    monkeypatch.setattr(QMessageBox, "information", box)
    monkeypatch.setattr(QMessageBox, "warning", box)
    return shown


def test_a_task_finishing_after_its_window_was_replaced_is_dropped(qtbot, monkeypatch):
    shown = _boxes(monkeypatch)
    window, tab = _window_with_tab(qtbot)
    release = threading.Event()

    def work(_state):
        release.wait(10)
        return 42

    task = background.run_task(work, title="Ekspor", parent=tab,
                               on_success=lambda n: QMessageBox.information(tab, "Rentan", f"{n} baris"))
    _replace(qtbot, window, tab)
    release.set()
    qtbot.waitUntil(lambda: task not in background._running, timeout=5000)
    assert shown == []


def test_a_failed_task_after_its_window_was_replaced_shows_no_box(qtbot, monkeypatch):
    shown = _boxes(monkeypatch)
    window, tab = _window_with_tab(qtbot)
    release = threading.Event()

    def work(_state):
        release.wait(10)
        raise OSError("stick pulled out")

    task = background.run_task(work, title="Ekspor", parent=tab)
    _replace(qtbot, window, tab)
    release.set()
    qtbot.waitUntil(lambda: task not in background._running, timeout=5000)
    assert shown == []


def test_a_task_whose_window_stays_still_delivers(qtbot, monkeypatch):
    shown = _boxes(monkeypatch)
    window, tab = _window_with_tab(qtbot)
    qtbot.addWidget(window)
    task = background.run_task(lambda _s: 7, title="Ekspor", parent=tab,
                               on_success=lambda n: QMessageBox.information(tab, "Rentan", f"{n} baris"))
    qtbot.waitUntil(lambda: task not in background._running, timeout=5000)
    assert shown == ["7 baris"]


def test_a_write_finishing_after_its_window_was_replaced_is_kept_but_not_shown(qtbot, opd_env, monkeypatch):
    shown = _boxes(monkeypatch)
    window, tab = _window_with_tab(qtbot)
    release = threading.Event()
    changed: list[frozenset] = []
    opd_env.ops.changed.connect(changed.append)

    def write(db):
        release.wait(10)
        db.execute("INSERT INTO settings(key, value) VALUES ('late-write', '1')")

    opd_env.ops.run(write, changes={"settings"}, parent=tab,
                    on_success=lambda _r: QMessageBox.information(tab, "Rentan", "Tersimpan"))
    _replace(qtbot, window, tab)
    release.set()
    wait_for_ops(qtbot, opd_env)
    assert shown == []
    assert changed == [frozenset({"settings"})]
    assert opd_env.db.execute("SELECT count(*) FROM settings WHERE key = 'late-write'").fetchone()[0] == 1


def test_a_long_write_finishing_after_its_window_was_replaced_is_not_shown(qtbot, opd_env, monkeypatch):
    shown = _boxes(monkeypatch)
    window, tab = _window_with_tab(qtbot)
    release = threading.Event()

    def write(db, state):
        release.wait(10)
        return 3

    opd_env.ops.run_with_progress(write, title="Impor", parent=tab,
                                  on_success=lambda n: QMessageBox.information(tab, "Rentan", f"{n}"))
    _replace(qtbot, window, tab)
    release.set()
    wait_for_ops(qtbot, opd_env)
    assert shown == []
