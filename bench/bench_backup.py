"""Ten backup generations of an install that changes between them, beside the database's size.

    .venv/bin/python bench/bench_backup.py [--workers 200000] [--data-dir DIR]

Builds an encrypted OPD install (`rentan init`, `rentan demo`) with a year of payments ending ten
months ago, then takes ten generations (backup.create_backup, the daily path), each after a
realistic change: a month of contributions recorded for every active worker
(payments.service.record_month) and roster edits (a phone number changed for 2% of workers,
a street for 1%). Prints:
- the ten generations' total size (page store + generation lists) beside the database's size
  (target: at most 2x), and what ten full encrypted copies would take;
- the time of one backup (median [range] of the ten) beside a plain file copy of the database;
- the time to rebuild and quick-check a generation, as a restore does (oldest, middle, newest),
  beside a plain file copy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("RENTAN_PASSPHRASE", "bench passphrase")  # installs are encrypted (issue 14)
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Figure, build_opd_install, load_note, measure, row  # noqa: E402

from rentan_desktop.context import AppContext  # noqa: E402
from rentan_desktop.domain.months import add_months, current_month  # noqa: E402
from rentan_desktop.maintenance import backup, page_store  # noqa: E402
from rentan_desktop.maintenance.health import check_file  # noqa: E402
from rentan_desktop.paths import db_path  # noqa: E402
from rentan_desktop.payments import service  # noqa: E402

GENERATIONS = 10
TARGET = 2.0


def build(folder: Path, workers: int) -> None:
    """The install with a year of payments ending ten months ago (built once per folder)."""
    from rentan_desktop.payments.demo import generate_payments

    t = time.perf_counter()
    if not build_opd_install(folder, int(workers * 0.6), workers):
        return
    ctx = AppContext.open(folder)
    ctx.db.execute("DELETE FROM payments")
    n_sponsors = ctx.db.execute("SELECT max(id) FROM sponsors").fetchone()[0]
    ctx.db.execute("UPDATE workers SET status = 'active', start_month = ?, ended_on = NULL, end_reason = NULL, "
                   "paid_through = NULL, sponsor_id = 1 + id % ?", [add_months(current_month(), -22), n_sponsors])
    then = dt.date.today().replace(day=15)
    for _ in range(GENERATIONS):
        then = (then.replace(day=1) - dt.timedelta(days=1)).replace(day=15)
    generate_payments(ctx.db, seed=7, months=12, today=then)
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
    print(f"built install: {workers:,} workers in {time.perf_counter() - t:.0f} s", flush=True)


def change(ctx: AppContext, n: int) -> int:
    """A month of contributions and some roster edits; returns the payments recorded."""
    month = add_months(current_month(), n - GENERATIONS)
    year, mon = (int(part) for part in month.split("-"))
    paid = service.record_month(ctx.db, "Bench", month, "tpp", today=dt.date(year, mon, 15)).count
    with ctx.db.conn:
        ctx.db.execute("UPDATE workers SET phone = printf('0812%08d', id + ?) WHERE id % 50 = ?", [n, n])
        ctx.db.execute("UPDATE workers SET street = coalesce(street, 'Jl.') || ' RT ' || ? WHERE id % 100 = ?", [n, 50 + n])
    return paid


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=200_000)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rentan-bench-backup-") as tmp:
        folder = args.data_dir or Path(tmp) / "opd"
        build(folder, args.workers)
        path = db_path(folder)
        shutil.rmtree(folder / "backups", ignore_errors=True)
        ctx = AppContext.open(folder)
        key = ctx.db_key()
        times, made, paid = [], [], 0
        for n in range(GENERATIONS):
            paid += change(ctx, n)
            ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            start = time.perf_counter()
            made.append(backup.create_backup(path, "daily", key=key, keep=GENERATIONS))
            times.append(time.perf_counter() - start)
        workers, payments = (ctx.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("workers", "payments"))
        ctx.close()
        size = path.stat().st_size
        kept = backup.list_backups(folder)
        assert len(kept) == GENERATIONS
        total = page_store.store_size(folder / "backups") + sum(info.path.stat().st_size for info in kept)
        print(f"data: {workers:,} workers, {payments:,} payments ({paid:,} recorded over the ten changes); "
              f"database {size / 1e6:.0f} MB; {load_note()}")
        ratio = total / size
        print(f"{'ten generations, total size':<52} {total / 1e6:12.0f} MB   database {size / 1e6:.0f} MB   "
              f"x{ratio:5.2f}  target <= {TARGET}x  {'ok' if ratio <= TARGET else 'OVER'}  "
              f"(ten full encrypted copies: {GENERATIONS * size / 1e6:.0f} MB)")
        scratch = Path(tmp) / "scratch"
        scratch.mkdir()
        floor = measure(lambda: shutil.copyfile(path, scratch / "copy.sqlite3"))
        row("one backup (snapshot, new pages, rotation)", Figure(tuple(times)), floor, "floor = copy the file")
        rebuilt = scratch / "rebuilt.sqlite3"
        picks = iter([made[0], made[GENERATIONS // 2], made[-1]])

        def restore() -> None:
            rebuilt.unlink(missing_ok=True)
            backup.write_copy(next(picks), rebuilt, key)

        row("restore: rebuild a generation + quick_check", measure(restore), floor,
            "oldest, middle, newest; floor = copy the file")
        assert check_file(rebuilt, key=key).ok
        return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
