"""Size of the built folder and time from start to the main window shown (frozen build).

    python installer/measure.py [--runs 5] [--folder dist/rentan-desktop]

Sets up a fresh data folder with the frozen CLI (`rentan init`), then starts the frozen GUI
with `--quit-when-shown` under QT_QPA_PLATFORM=offscreen: it prints "main window shown" once
the window is up and quits. The first run is cold (nothing in the page cache yet).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def exe(folder: Path, name: str) -> Path:
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def time_to_window(folder: Path, data_dir: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen([str(exe(folder, "rentan-desktop")), "--data-dir", str(data_dir), "--quit-when-shown"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if "main window shown" in line:
            shown = time.perf_counter() - started
            proc.wait(timeout=60)
            return shown
    proc.wait(timeout=60)
    raise RuntimeError(f"the main window was never shown (exit code {proc.returncode})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--folder", type=Path, default=ROOT / "dist" / "rentan-desktop")
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory(prefix="rentan-measure-") as tmp:
        data_dir = Path(tmp) / "data"
        subprocess.run([str(exe(args.folder, "rentan")), "--data-dir", str(data_dir), "init", "--role", "opd",
                        "--pemda", "Kota Palangka Raya", "--opd-code", "1.01", "--opd-name", "Dinas Pendidikan",
                        "--operator", "Pengukur"], check=True, env=env, stdout=subprocess.DEVNULL)
        times = [time_to_window(args.folder, data_dir, env) for _ in range(args.runs)]
    print(f"built folder: {args.folder} {folder_size(args.folder) / 1e6:.0f} MB "
          f"({sum(1 for p in args.folder.rglob('*') if p.is_file())} files)")
    print(f"start to main window: first {times[0]:.2f} s, median {statistics.median(times):.2f} s "
          f"over {len(times)} runs ({', '.join(f'{t:.2f}' for t in times)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
