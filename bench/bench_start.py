"""GUI start to the painted roster on an encrypted install, beside bare PySide6 + SQLCipher painting the same rows.

    .venv/bin/python bench/bench_start.py [--data-dir DIR] [--workers 200000] [--runs 3] [--no-cold]

Starts the real `rentan-desktop --data-dir DIR --start-tab roster --quit-when-shown` in a
subprocess (unlocked with RENTAN_PASSPHRASE, as a script would) and times from the spawn to
its "main window shown" line, printed once the roster's table has painted its first rows
(ui/shell/start_probe.py); the quit afterwards (which runs the background quick_check and
daily backup if they have not run yet) is not part of the figure.

The FLOOR is a bare subprocess doing the least the same screen needs:
- unwrap the install key from the passphrase with the install's own Argon2id cost (64 MiB,
  3 passes), in a thread while PySide6.QtWidgets imports (the derivation releases the GIL;
  the app does the same), then HKDF the database key;
- open the same file with SQLCipher; read the first 50 workers by name through the
  `workers_name` index (ORDER BY name COLLATE NOCASE, no sort) and the number of workers
  the roster shows (from `worker_counts` when the install has it, as the app does; else
  count(*), which decrypts a whole index of the workers);
- fill a QTableWidget, show it in a 1280x800 window and wait for its first paint.
A KDF line beside them is a subprocess that only imports `cryptography` and derives the key
once: the part of both figures that the security parameters fix (never lowered to go faster).

Both programs run from bytecode as an installed build does: when the environment forbids
writing .pyc files (PYTHONDONTWRITEBYTECODE), the children get a PYTHONPYCACHEPREFIX in the
temporary folder instead (the untimed warm-up writes it), so neither recompiles its sources
on every start.
- WARM: one untimed start of each first, so the file and the modules are in the page cache.
  Target: the app within 3x the floor.
- COLD: the page cache is emptied before every run (`echo 3 > /proc/sys/vm/drop_caches` as
  root; where that is refused, posix_fadvise(DONTNEED) over the database folder, the virtual
  environment, the project and the bytecode cache; the method used is printed). Target: the app under 2 s.
Median [range] of >= 3 runs, app, floor and KDF interleaved so all see the same load.
--data-dir reuses an install (default: an encrypted OPD install built with `rentan init` +
`rentan demo` in a temporary folder; RENTAN_PASSPHRASE defaults to the bench passphrase).
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
from common import Figure, build_opd_install, load_note, row  # noqa: E402

PROJECT = Path(__file__).resolve().parent.parent

KEY = """
import base64, json, sys, threading
from pathlib import Path


def unwrap(folder, passphrase):
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    entry = json.loads((folder / "keys" / "install-key.json").read_text())["operators"][0]
    wrap = entry["wrap"]
    kek = Argon2id(salt=base64.b64decode(wrap["salt"]), length=32, iterations=wrap["kdf"]["t"],
                   lanes=wrap["kdf"]["p"], memory_cost=wrap["kdf"]["m"]).derive(passphrase.encode())
    install_key = AESGCM(kek).decrypt(base64.b64decode(wrap["nonce"]), base64.b64decode(wrap["data"]),
                                      entry["name"].encode())
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"rentan database key v1").derive(install_key)
"""

KDF_ONLY = KEY + """
unwrap(Path(sys.argv[1]), sys.argv[2])
print("main window shown", flush=True)
"""

BARE = KEY + """
keys = []
derive = threading.Thread(target=lambda: keys.append(unwrap(Path(sys.argv[1]), sys.argv[2])))
derive.start()  # Argon2id releases the GIL: Qt loads meanwhile
from sqlcipher3 import dbapi2 as sqlcipher
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
app = QApplication(sys.argv[:1])
derive.join()
conn = sqlcipher.connect(str(Path(sys.argv[1]) / sys.argv[3]))
conn.execute(f"PRAGMA key = \\"x'{keys[0].hex()}'\\"")
conn.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA256")  # the app's format (store.cipher.CURRENT)
rows = conn.execute("SELECT name, nik, gender, birth_date, occupation, village, start_month, status "
                    "FROM workers ORDER BY name COLLATE NOCASE LIMIT 50").fetchall()
tallied = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'worker_counts'").fetchone()
count = conn.execute("SELECT coalesce(sum(workers), 0) FROM worker_counts" if tallied
                     else "SELECT count(*) FROM workers").fetchone()[0]
table = QTableWidget(len(rows), 8)
for r, values in enumerate(rows):
    for c, value in enumerate(values):
        table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
window = QMainWindow()
window.setWindowTitle(f"{count} workers")
window.setCentralWidget(table)
window.resize(1280, 800)


class FirstPaint(QObject):
    fired = False

    def eventFilter(self, watched, event):
        if not self.fired and event.type() == QEvent.Type.Paint:
            self.fired = True
            QTimer.singleShot(0, lambda: (print("main window shown", flush=True), app.quit()))
        return False


probe = FirstPaint()
table.viewport().installEventFilter(probe)
window.show()
app.exec()
"""


def child_env(cache: Path) -> dict[str, str]:
    """The children's environment: offscreen Qt, and bytecode cached as an installed build has it."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    if env.pop("PYTHONDONTWRITEBYTECODE", None) is not None or "PYTHONPYCACHEPREFIX" in env:
        env.setdefault("PYTHONPYCACHEPREFIX", str(cache))
    return env


def time_to_line(cmd: list[str], line: str, env: dict[str, str] | None = None) -> float:
    """Seconds from spawning `cmd` to `line` on its stdout; the process is then waited for."""
    env = env or {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
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


def drop_caches() -> bool:
    """Empty the whole page cache (root on Linux); False where the kernel refuses."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as fh:
            fh.write("3\n")
        return True
    except OSError:
        return False


def fadvise_out(folders: list[Path]) -> int:
    """Ask the kernel to forget the cached pages of every file under `folders`; the file count."""
    done = 0
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                try:
                    fd = os.open(os.path.join(root, name), os.O_RDONLY)
                except OSError:
                    continue
                try:
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                    done += 1
                except OSError:
                    pass
                finally:
                    os.close(fd)
    return done


class Evictor:
    """Empties the page cache before a cold run, by the strongest method this machine allows."""

    def __init__(self, data_dir: Path, cache: Path | None = None):
        self.folders = [data_dir, Path(sys.prefix), PROJECT, *([cache] if cache else [])]
        self.method = "drop_caches" if drop_caches() else "posix_fadvise(DONTNEED)"

    def __call__(self) -> None:
        if self.method == "drop_caches" and drop_caches():
            return
        self.method = "posix_fadvise(DONTNEED)"
        os.sync()
        fadvise_out(self.folders)

    def describe(self) -> str:
        if self.method == "drop_caches":
            return "page cache emptied with `echo 3 > /proc/sys/vm/drop_caches` before every run"
        return ("page cache of the database folder, the virtual environment and the project emptied with "
                "posix_fadvise(DONTNEED) before every run (drop_caches refused)")


def build(folder: Path, workers: int) -> None:
    t = time.perf_counter()
    if build_opd_install(folder, workers * 3 // 4, workers):
        print(f"built install: {workers:,} workers in {time.perf_counter() - t:.1f} s", flush=True)


def interleaved(commands: list[list[str]], runs: int, env: dict[str, str], before=None) -> list[list[float]]:
    """Each command `runs` times, taking turns (so all see the same load); `before` runs untimed first."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for n, cmd in enumerate(commands):
            if before is not None:
                before()
            times[n].append(time_to_line(cmd, "main window shown", env))
    return times


def main() -> int:
    os.environ.setdefault("RENTAN_PASSPHRASE", "bench passphrase")  # installs are encrypted (issue 14)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="an install to start (default: build one in a temporary folder)")
    parser.add_argument("--workers", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-cold", action="store_true", help="skip the cold starts (they empty the page cache)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rentan-bench-start-") as tmp:
        folder = Path(args.data_dir) if args.data_dir else Path(tmp)
        build(folder, args.workers)
        from rentan_desktop.paths import db_path

        app_cmd = [sys.executable, "-c", "import sys; from rentan_desktop.ui.app import main; sys.exit(main())",
                   "--data-dir", str(folder), "--start-tab", "roster", "--quit-when-shown"]
        passphrase = os.environ["RENTAN_PASSPHRASE"]
        bare_cmd = [sys.executable, "-c", BARE, str(folder), passphrase, str(db_path(folder).relative_to(folder))]
        kdf_cmd = [sys.executable, "-c", KDF_ONLY, str(folder), passphrase]
        cache = Path(tmp) / "pycache"
        env = child_env(cache)
        runs = max(args.runs, 3)
        mib = db_path(folder).stat().st_size / 2**20
        for cmd in (app_cmd, bare_cmd, kdf_cmd):  # warm: the file, the modules and their bytecode cached
            time_to_line(cmd, "main window shown", env)
        app, bare, kdf = interleaved([app_cmd, bare_cmd, kdf_cmd], runs, env)
        print(f"\nGUI start to the painted roster, encrypted install of {args.workers:,} workers ({mib:.0f} MiB); "
              f"median [range] of {runs} runs; {load_note()}")
        print("floor: bare PySide6 + SQLCipher, Argon2id at the install's cost overlapping the Qt import, the first "
              "50 workers by name through their index, the count the roster shows, one painted QTableWidget"
              + (f"; bytecode cached in {cache}" if "PYTHONPYCACHEPREFIX" in env else ""))
        row("WARM rentan-desktop start to painted roster", Figure(tuple(app)), Figure(tuple(bare)),
            "target <= 3x floor")
        row("WARM  of which no faster: Argon2id unwrap alone", Figure(tuple(kdf)), None,
            "python + cryptography + one derivation")
        if not args.no_cold:
            evict = Evictor(folder, cache)
            app, bare, kdf = interleaved([app_cmd, bare_cmd, kdf_cmd], runs, env, before=evict)
            print(f"cold: {evict.describe()}")
            row("COLD rentan-desktop start to painted roster", Figure(tuple(app)), Figure(tuple(bare)),
                "target <= 2 s")
            row("COLD  of which no faster: Argon2id unwrap alone", Figure(tuple(kdf)), None,
                "python + cryptography + one derivation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
