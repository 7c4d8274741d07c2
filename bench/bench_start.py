"""GUI start to the painted main window at scale, beside bare PySide6 + SQLite painting the same rows.

    .venv/bin/python bench/bench_start.py [--data-dir DIR] [--workers 200000] [--runs 3]

Starts the real `rentan-desktop --data-dir DIR --quit-when-shown` in a subprocess and times
from the spawn to its "main window shown" line (printed once the window is shown and the
event loop has painted it); the quit afterwards (which waits for the background quick_check
and daily backup) is not part of the figure. The floor is a bare subprocess: import
PySide6.QtWidgets and sqlite3, open the same file, read the first 50 workers by name into a
QTableWidget and show it. Both warm (one untimed start first, so the file is in the page
cache); median [range] of >= 3 runs. Target: the app within 3x the floor.
--data-dir reuses an install (default: an OPD install built with `rentan demo` in a temporary
folder).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Figure, load_note, row  # noqa: E402

BARE = """
import sqlite3, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
app = QApplication(sys.argv[:1])
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute("SELECT name, nik, gender, birth_date, occupation, village, start_month, status "
                    "FROM workers ORDER BY name COLLATE NOCASE LIMIT 50").fetchall()
count = conn.execute("SELECT count(*) FROM workers").fetchone()[0]
table = QTableWidget(len(rows), 8)
for r, values in enumerate(rows):
    for c, value in enumerate(values):
        table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
window = QMainWindow()
window.setWindowTitle(f"{count} workers")
window.setCentralWidget(table)
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("main window shown", flush=True), app.quit()))
app.exec()
"""


def time_to_line(cmd: list[str], line: str) -> float:
    """Seconds from spawning `cmd` to `line` on its stdout; the process is then waited for."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    seen = None
    for out in proc.stdout:
        if line in out:
            seen = time.perf_counter() - start
            break
    _, err = proc.communicate(timeout=600)
    if seen is None:
        raise SystemExit(f"{cmd[0]} never printed {line!r}: {err[-2000:]}")
    return seen


def build(folder: Path, workers: int) -> None:
    from rentan_desktop.cli import main as rentan
    from rentan_desktop.paths import db_path

    if db_path(folder).exists():
        return
    t = time.perf_counter()
    rentan(["--data-dir", str(folder), "init", "--role", "opd", "--pemda", "Kota Palangka Raya",
            "--opd-code", "1.01", "--opd-name", "Dinas Pendidikan", "--operator", "Bench"])
    rentan(["--data-dir", str(folder), "demo", "--sponsors", str(workers * 3 // 4), "--workers", str(workers)])
    print(f"built install: {workers:,} workers in {time.perf_counter() - t:.1f} s", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="an install to start (default: build one in a temporary folder)")
    parser.add_argument("--workers", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rentan-bench-start-") as tmp:
        folder = Path(args.data_dir) if args.data_dir else Path(tmp)
        build(folder, args.workers)
        from rentan_desktop.paths import db_path

        app_cmd = [sys.executable, "-c", "import sys; from rentan_desktop.ui.app import main; sys.exit(main())",
                   "--data-dir", str(folder), "--quit-when-shown"]
        bare_cmd = [sys.executable, "-c", BARE, str(db_path(folder))]
        time_to_line(app_cmd, "main window shown")  # warm: the file and the modules in the page cache
        time_to_line(bare_cmd, "main window shown")
        runs = max(args.runs, 3)
        app, bare = [], []
        for _ in range(runs):  # interleaved, so both see the same load
            app.append(time_to_line(app_cmd, "main window shown"))
            bare.append(time_to_line(bare_cmd, "main window shown"))
        print(f"\nGUI start, warm (median [range] of {runs} runs; {load_note()})")
        row("rentan-desktop start to main window shown", Figure(tuple(app)), Figure(tuple(bare)),
            "target <= 3x floor (bare PySide6 + SQLite)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
