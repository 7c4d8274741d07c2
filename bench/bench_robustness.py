"""Backups, restore and the start-up integrity check at scale, each beside its raw floor.

    .venv/bin/python bench/bench_robustness.py [--workers 200000] [--data-dir DIR]

Builds an OPD install with `rentan init` and `rentan demo` (payments from the demo hooks) in a
temporary folder, then times:
- create_backup (online backup API + counts + sidecar + rotation) next to a plain file copy
  of the checkpointed database (what a copy in Explorer would cost, unsafe while WAL is active);
- the start-up quick_check next to reading the whole file once;
- restore_backup (quick_check of the backup + safety backup of the current + copy in place)
  next to a plain file copy;
- list_backups of 10 backups (what the restore dialog opens with) with sidecars.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from rentan_desktop.maintenance import backup, integrity
from rentan_desktop.paths import db_path
from rentan_desktop.store import cipher

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import build_opd_install, load_note, repeat  # noqa: E402
from common import row as line  # noqa: E402


def timed(fn):
    """(last result, Figure of >= 3 runs)."""
    return repeat(fn)


def build(folder: Path, workers: int) -> None:
    t = time.perf_counter()
    if build_opd_install(folder, int(workers * 0.8), workers):
        print(f"built install: {workers:,} workers in {time.perf_counter() - t:.1f} s")


def main() -> None:
    os.environ.setdefault("RENTAN_PASSPHRASE", "bench passphrase")  # installs are encrypted (issue 14)
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=200_000)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rentan-bench-") as tmp:
        folder = args.data_dir or Path(tmp) / "opd"
        build(folder, args.workers)
        path = db_path(folder)
        from rentan_desktop.context import AppContext

        ctx = AppContext.open(folder)
        key = ctx.db_key()
        ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        ctx.close()
        size = path.stat().st_size / 1e6
        print(f"database {size:.0f} MB (median [range] of 3 runs; {load_note()})")
        scratch = Path(tmp) / "scratch"
        scratch.mkdir()

        made, ours = timed(lambda: backup.create_backup(path, "manual", key=key))
        _, floor = timed(lambda: shutil.copyfile(path, scratch / "copy.sqlite3"))
        line("create_backup", ours, floor, f"{made.stat().st_size / 1e6:.0f} MB")

        verdict, ours = timed(lambda: integrity.check_file(path, key=key))
        assert verdict.ok

        def read_all() -> None:
            with path.open("rb") as handle:
                while handle.read(1 << 20):
                    pass

        _, floor = timed(read_all)
        line("quick_check (background, after start)", ours, floor, "floor = read the file once")
        verdict, ours = timed(lambda: integrity.check_header(path, lambda: cipher.open_connection(path, key, readonly=True)))
        assert verdict.ok
        line("start-up check (header + schema)", ours, floor, "floor = read the file once")

        _, ours = timed(lambda: backup.restore_backup(path, made, key=key))
        _, floor = timed(lambda: shutil.copyfile(made, scratch / "restored.sqlite3"))
        line("restore_backup", ours, floor, "incl. quick_check + safety backup")

        for _ in range(8):
            backup.create_backup(path, "daily", key=key, keep=10)
        listed, ours = timed(lambda: backup.list_backups(folder))
        _, floor = timed(lambda: sorted((folder / "backups").glob("*.sqlite3")))
        line(f"list_backups ({len(listed)})", ours, floor, "floor = glob the folder")


if __name__ == "__main__":
    main()
