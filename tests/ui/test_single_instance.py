"""One running instance per data folder; a second start brings the first window forward."""

from __future__ import annotations

import os
import subprocess
import sys

from rentan_desktop.maintenance.running import LOCK_NAME, gui_pid
from rentan_desktop.ui.maintenance.single_instance import SingleInstance, bring_forward, server_name
from rentan_desktop.ui.qt import QMainWindow
from tests.conftest import INSTALL_PASSPHRASE


def test_second_start_asks_the_first_to_come_forward(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.claim()
    assert first.holds_lock and (tmp_path / LOCK_NAME).exists()
    second = SingleInstance(tmp_path)
    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        assert not second.claim()
    assert not second.holds_lock
    first.release()
    # After the first quits, a new start becomes the instance.
    third = SingleInstance(tmp_path)
    assert third.claim()
    third.release()


def test_different_folders_run_side_by_side(qtbot, tmp_path):
    a = SingleInstance(tmp_path / "a")
    b = SingleInstance(tmp_path / "b")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert a.claim() and b.claim()
    a.release()
    b.release()


def test_lock_left_by_a_crashed_process_is_taken_over(qtbot, tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (tmp_path / LOCK_NAME).write_text(f"{dead.pid}\nrentan-desktop\n{__import__('socket').gethostname()}\n")
    assert gui_pid(tmp_path) is None
    instance = SingleInstance(tmp_path)
    assert instance.claim()
    instance.release()


def test_bring_forward_restores_a_minimised_window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    bring_forward(window)
    assert window.isVisible() and not window.isMinimized()


def _start_app(folder, *extra):
    code = "import sys; from rentan_desktop.ui.app import main; sys.exit(main(sys.argv[1:]))"
    # A new process has no key store here: it unlocks with the passphrase, as a script would.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RENTAN_PASSPHRASE": INSTALL_PASSPHRASE}
    return subprocess.Popen([sys.executable, "-c", code, "--data-dir", str(folder), *extra], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_app_starts_once_per_folder(qtbot, opd_ctx):
    folder = opd_ctx.data_dir
    opd_ctx.close()
    # The real start-up path in its own process: single instance, integrity check + daily
    # backup, logging, main window.
    first = _start_app(folder, "--quit-when-shown")
    out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert "main window shown" in out
    assert [p.name for p in (folder / "backups").glob("*-daily.rgen")]
    assert "rentan-desktop started" in (folder / "logs" / "rentan.log").read_text(encoding="utf-8")
    # While an instance holds the folder, a second start knocks, exits 0 and opens no window.
    holder = SingleInstance(folder)
    assert holder.claim()
    try:
        with qtbot.waitSignal(holder.activation_requested, timeout=30_000):
            second = _start_app(folder, "--quit-when-shown")
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "main window shown" not in out
    finally:
        holder.release()


def test_a_knock_during_a_dialog_brings_the_dialog_forward(qtbot, tmp_path):
    from rentan_desktop.ui.maintenance.single_instance import bring_front_window, front_window
    from rentan_desktop.ui.qt import QDialog, QTimer

    first = SingleInstance(tmp_path)
    assert first.claim()
    first.activation_requested.connect(bring_front_window)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    seen = []

    def knock():
        seen.append(front_window())
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert not SingleInstance(tmp_path).claim()
        dialog.accept()

    QTimer.singleShot(0, knock)
    dialog.exec()  # e.g. the first-run dialog, before any main window exists
    first.release()
    assert seen == [dialog]
