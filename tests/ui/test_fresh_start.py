"""The GUI's real entry point on an empty data folder: the first-run dialog, in Indonesian,
then the main window (QA walk r3, defect 1: a fresh install ended in a traceback)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from rentan_desktop.ui.qt import QDialog
from rentan_desktop.ui.shell import main_window

answer = sys.argv[2]

def first_run(dialog):
    print("first run:", dialog.windowTitle(), flush=True)
    if answer == "cancel":
        return QDialog.DialogCode.Rejected
    dialog.pemda.setText("Kota Palangka Raya")
    dialog.opd_code.setText("1.01")
    dialog.opd_name.setText("Dinas Pendidikan")
    dialog.operator.setText("Siti Rahma")
    dialog.passphrase.setText("kata sandi panjang")
    dialog.passphrase_again.setText("kata sandi panjang")
    dialog.accept()
    return dialog.result()

main_window.FirstRunDialog.exec = first_run
from rentan_desktop.ui import app
sys.exit(app.main(["--data-dir", sys.argv[1], "--quit-when-shown"]))
"""


def run_app(tmp_path, answer: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("RENTAN_LANGUAGE", "RENTAN_PASSPHRASE")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "share"), HOME=str(tmp_path))
    return subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "data"), answer],
                          capture_output=True, text=True, env=env, timeout=180)


def test_a_fresh_folder_opens_the_first_run_dialog_in_indonesian_then_the_main_window(tmp_path):
    done = run_app(tmp_path, "fill")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    title = next(line for line in done.stdout.splitlines() if line.startswith("first run:"))
    assert title == "first run: Penyiapan Rentan Desktop"  # Indonesian before any database exists
    assert "main window shown" in done.stdout
    database = tmp_path / "data" / "rentan.sqlite3"
    assert database.exists() and not database.read_bytes().startswith(b"SQLite format 3")  # encrypted


def test_quitting_the_first_run_dialog_leaves_nothing_behind(tmp_path):
    done = run_app(tmp_path, "cancel")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr and "main window shown" not in done.stdout
    assert not (tmp_path / "data" / "rentan.sqlite3").exists()
