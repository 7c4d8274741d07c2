"""Plain SQLite beside SQLCipher on the same data: roster search, a payment month, report queries.

    .venv/bin/python bench/bench_at_rest.py [--workers 30000] [--sponsors 12000] [--runs 3] [--data-dir DIR]
                                            [--cpu] [--roster-only] [--first-format]

Builds one OPD install (encrypted, as every install is since issue 14) with `rentan init` and
`rentan demo` plus a year of payments (once per --data-dir: a second run reuses it), moves the new
names into the trigram index as the app's first search does, writes a plain copy of it with
`sqlcipher_export` (and, with --first-format, a copy in the first cipher format, HMAC-SHA512,
store.cipher.FORMATS[0]), then runs the same work on each in one run, interleaved, with the app's
connection settings (64 MB page cache) and the same SQLite engine (sqlcipher3's; a plain file opened
without a key), so a ratio is what the encryption costs and nothing else:
- opening a connection as the app does (key, pragmas, the schema read);
- roster: the keystroke-to-rows SQL of bench_roster for 13 searches (mean per keystroke) in each
  situation a clerk meets: the first search on a new connection (after unlock), warm, after a
  save committed on another connection (SQLite empties every other connection's page cache), each
  also after the GUI's idle warm-up (roster/prewarm.py, ui/shell/cache_warmer.py; untimed there,
  timed on its own row, which has no target: it runs between events); and the list with no
  search redrawn as the tab does (the count and the first block of the model, ui/common/windowed.py)
  warm, right after a form's save (a short write, which the write door runs on the GUI's own
  connection: ui/common/operations.py) and right after another connection wrote (an import, a
  bundle, the CLI: SQLite emptied the cache);
- payments: `service.record_month` for the first 500 sponsors' workers (about 1,150 contributions,
  rolled back), first on a fresh connection, then again on it;
- reports: the OPD's reports as the Reports tab builds them (reports.registry.build of compliance,
  workers and money, together), first on a fresh connection, then on a reader the app keeps open
  between tasks (AppContext.reader, store/readers.py) after another reader task, and on that reader
  after another connection wrote; and the same three situations for the raw SQL aggregates
  bench_reports gives as floors (no target: no screen runs them since the reports read the rollups
  and covering indexes).
Each figure is the median [range] of --runs runs (at least 3) of wall time, or with --cpu of this
thread's CPU time (the file is in the operating system's cache, so the work is CPU-bound and other
programs on a loaded machine inflate wall time, not CPU time). Target: encrypted at most 1.3x
plain. Default scale 30,000 workers, 12,000 sponsors and a year of payments (about 270,000, a
120 MB file): a large regency's OPD. --roster-only leaves out the payment and report rows (most of
the run's time). Beside each encrypted figure, the pages it read (read calls on the measuring thread,
/proc/thread-self/io; Linux): the per-page cost times these is what encryption adds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RENTAN_PASSPHRASE", "bench passphrase")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import sqlite_utils  # noqa: E402
from bench_roster import SEARCHES, raw_query  # noqa: E402
from common import MIN_RUNS, Figure, load_note  # noqa: E402
from sqlcipher3 import dbapi2 as sqlcipher  # noqa: E402

from rentan_desktop.cli import main as rentan  # noqa: E402
from rentan_desktop.context import AppContext  # noqa: E402
from rentan_desktop.domain.months import add_months, current_month  # noqa: E402
from rentan_desktop.payments import lifecycle, service  # noqa: E402
from rentan_desktop.reports import paid_rollup  # noqa: E402
from rentan_desktop.reports.registry import build as build_report  # noqa: E402
from rentan_desktop.reports.registry import reports_for  # noqa: E402
from rentan_desktop.roster import name_index, prewarm, queries  # noqa: E402
from rentan_desktop.store import cipher  # noqa: E402
from rentan_desktop.store import db as store_db  # noqa: E402
from rentan_desktop.store.readers import ReaderPool  # noqa: E402
from rentan_desktop.ui.common.windowed import WindowedTableModel  # noqa: E402

TARGET = 1.3
# What the timed rows read: wall time (default), or with --cpu this thread's CPU time, which other
# programs on a loaded machine do not inflate (the work here is CPU-bound: the file sits in the
# operating system's cache, every variant reads it through once first).
CLOCK = time.perf_counter
LIVE = "kind = 'payment' AND reversed_at IS NULL"


def build(folder: Path, sponsors: int, workers: int) -> str:
    """The encrypted install (built once per folder); returns its database key."""
    from rentan_desktop.payments.demo import generate_payments

    if not (folder / "rentan.sqlite3").exists():
        t = time.perf_counter()
        rentan(["--data-dir", str(folder), "init", "--training", "--role", "opd", "--pemda", "Kota Palangka Raya",
                "--opd-code", "1.01", "--opd-name", "Dinas Pendidikan", "--operator", "Bench"])
        rentan(["--data-dir", str(folder), "demo", "--sponsors", str(sponsors), "--workers", str(workers)])
        ctx = AppContext.open(folder)
        start = add_months(current_month(), -12)
        n_sponsors = ctx.db.execute("SELECT max(id) FROM sponsors").fetchone()[0]
        # Registered in the month their cover starts (a year ago), not all "new this month" as the demo
        # made them: the workers report lists this month's new workers by name.
        ctx.db.execute("UPDATE workers SET status = 'active', start_month = ?, ended_on = NULL, end_reason = NULL, "
                       "paid_through = NULL, sponsor_id = 1 + id % ?, created_at = ? || '-01 08:00:00'",
                       [start, n_sponsors, start])
        generate_payments(ctx.db, seed=7, months=12)
        ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        ctx.close()
        print(f"built install: {sponsors:,} sponsors, {workers:,} workers in {time.perf_counter() - t:.0f} s")
    ctx = AppContext.open(folder)
    key = ctx.db_key()
    # New names wait in workers_name_pending until a search moves them into the trigram index (the
    # app's first search does): before this, every 3-letter search here read all 30,000 names by LIKE.
    while name_index.fold(ctx.db):
        pass
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
    return key


VARIANTS = ("plain", "encrypted")
FIRST_FORMAT = "first format"


def variant_copies(encrypted: Path, key: str, folder: Path, first_format: bool) -> dict[str, Path]:
    """The plain copy (and with `first_format` the first-format copy) of the install's database, in `folder`."""
    copies = {"plain": folder / "plain.sqlite3"}
    if first_format:
        copies[FIRST_FORMAT] = folder / "first-format.sqlite3"
    conn = cipher.open_connection(encrypted, key)
    for name, target in copies.items():
        target.unlink(missing_ok=True)
        conn.execute("ATTACH DATABASE ? AS copy KEY " + ("''" if name == "plain" else f'"{key}"'), [str(target)])
        if name != "plain":
            cipher.apply_key(conn, key, cipher.FORMATS[0], schema="copy")
        conn.execute("SELECT sqlcipher_export('copy')")
        conn.execute("DETACH DATABASE copy")
    conn.close()
    assert cipher.is_plain(copies["plain"]) and not cipher.is_plain(encrypted)
    return {"encrypted": encrypted, **copies}


def read_through(path: Path) -> None:
    """Read the file once, untimed, so every variant starts from the operating system's page cache."""
    with open(path, "rb") as fh:
        while fh.read(1 << 20):
            pass


def _open(path: Path, key: str | None) -> sqlite_utils.Database:
    """A connection configured as the app's (WAL, 64 MB cache...), without migrating; a plain
    file through the same SQLite engine as the encrypted ones."""
    if key is not None:
        return store_db.connect(path, key=key, migrate=False)
    conn = sqlcipher.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    db.session, db.cipher_key = None, None
    store_db._configure(db)
    return db


def _reads() -> int:
    """Read calls made by this thread so far: one per page SQLite reads from the file (0 where unknown)."""
    try:
        with open("/proc/thread-self/io") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("syscr"))
    except (OSError, StopIteration):
        return 0


class Sample(tuple):
    """(seconds, pages read) of one timed call; samples add up."""

    def __new__(cls, seconds: float = 0.0, pages: int = 0) -> Sample:
        return super().__new__(cls, (seconds, pages))

    def __add__(self, other: tuple) -> Sample:
        return Sample(self[0] + other[0], self[1] + other[1])


def _timed(fn) -> Sample:
    reads, start = _reads(), CLOCK()
    fn()
    elapsed = CLOCK() - start
    return Sample(elapsed, _reads() - reads)


def opening(path: Path, key: str | None) -> float:
    start = CLOCK()
    db = _open(path, key)
    db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    elapsed = CLOCK() - start
    db.close()
    return elapsed


def _keystroke(db: sqlite_utils.Database, text: str) -> Sample:
    flt = queries.WorkerFilter(search=text)
    return _timed(lambda: raw_query(db.conn, flt))


def _save_elsewhere(writer: sqlite_utils.Database) -> None:
    """What a save on the writer thread (or an import, a bundle) does to every other connection: one
    row committed, so SQLite empties their page caches (PRAGMA data_version changes). The value must
    change: SQLite writes nothing for an UPDATE that leaves the row as it was."""
    writer.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('bench_save', ?)", [str(time.perf_counter_ns())])


def _redraw(db: sqlite_utils.Database) -> Sample:
    """The roster list redrawn with no search (what the tab does after a save): the model's own queries
    (ui/roster/roster_models.py), the count from worker_counts, then the first block it paints: ids in
    name order along the index and their rows."""
    def work() -> None:
        flt = queries.WorkerFilter()
        count = queries.count_workers(db, flt)
        ids = queries.worker_ids(db, flt, limit=WindowedTableModel.BLOCK, steer=count > queries.STEER_MIN_MATCHES)
        queries.fetch_workers(db, ids)
    return _timed(work)


def roster(path: Path, key: str | None) -> dict[str, Sample]:
    """Seconds per keystroke over the searches (mean), for each situation a clerk meets:
    - fresh: the first search on a new connection (after unlock): every page read is decrypted;
    - warm: the same search again;
    - fresh, warmed: a new connection after the GUI's idle warm-up (roster/prewarm.py, untimed);
    - after a save: the connection was warm, another connection committed one row (the writer
      thread's save): SQLite emptied the cache;
    - after a save, warmed: the same once the idle warm-up ran again (untimed);
    - warm-up: the idle warm-up itself on a new connection (what the GUI spends between events);
    - redraw: the list with no search redrawn warm; right after a form's save, which the write door
      commits on the GUI's own connection (its cache stays); and right after another connection wrote
      (before any warm-up can run)."""
    got = {name: Sample() for name in ("fresh", "warm", "fresh_warmed", "after_save", "after_save_warmed",
                                       "warm_up", "redraw_warm", "redraw_after_own_save", "redraw_after_save")}
    writer = _open(path, key)
    for text in SEARCHES:
        db = _open(path, key)
        _redraw(db)
        got["redraw_warm"] += _redraw(db)
        _save_elsewhere(db)  # a form's save through the write door's short path: the same connection
        got["redraw_after_own_save"] += _redraw(db)
        _save_elsewhere(writer)
        got["redraw_after_save"] += _redraw(db)
        got["fresh"] += _keystroke(db, text)
        got["warm"] += _keystroke(db, text)
        _save_elsewhere(writer)
        got["after_save"] += _keystroke(db, text)
        _save_elsewhere(writer)
        prewarm.warm(db)
        got["after_save_warmed"] += _keystroke(db, text)
        db.close()
        db = _open(path, key)
        got["warm_up"] += _timed(lambda db=db: prewarm.warm(db))
        got["fresh_warmed"] += _keystroke(db, text)
        db.close()
    writer.close()
    return {name: Sample(seconds / len(SEARCHES), pages // len(SEARCHES)) for name, (seconds, pages) in got.items()}


PAY_SPONSORS = 500  # a month for this many sponsors' workers: a large OPD's payroll run (about 1,150 contributions)


def payments(path: Path, key: str | None, sponsors: int = PAY_SPONSORS) -> tuple[Sample, Sample, int]:
    """(cold, warm) seconds to record a month for the first `sponsors` sponsors' workers (rolled back):
    cold = first on a fresh connection. (The whole month at 30,000 workers takes minutes here, 3-4 ms
    a contribution, whatever the encryption: bench_payments measures that path.)"""
    db, month, times, count = _open(path, key), current_month(), [], 0
    uids = [r[0] for r in db.execute("SELECT uid FROM sponsors ORDER BY id LIMIT ?", [sponsors])]
    for _ in range(2):
        db.execute("BEGIN")
        result: list = []
        times.append(_timed(lambda result=result: result.append(service.record_month(db, "Bench", month, "tpp", sponsor_uids=uids))))
        count = result[0].count
        db.execute("ROLLBACK")
    db.close()
    return times[0], times[1], count


REPORT_SQL = [
    (f"SELECT opd_id, month, count(*), sum(amount) FROM payments WHERE month BETWEEN ? AND ? AND {LIVE} "
     "GROUP BY month, opd_id", "period"),
    ("SELECT opd_id, status, start_month, ended_on, paid_through, declared_income, jht, count(*) FROM workers "
     "WHERE status IN ('submitted', 'active', 'ended', 'lapsed') GROUP BY 1, 2, 3, 4, 5, 6, 7", None),
    ("SELECT s.opd_id, s.position_level, count(*), sum(c.n > 0) FROM sponsors s LEFT JOIN (SELECT sponsor_id, "
     "count(*) AS n FROM workers WHERE status IN ('draft', 'submitted', 'active') GROUP BY sponsor_id) c "
     "ON c.sponsor_id = s.id WHERE s.status = 'active' GROUP BY 1, 2", None),
    ("SELECT opd_id, status, occupation, gender, district, village, count(*) FROM workers "
     "GROUP BY 1, 2, 3, 4, 5, 6", None),
    ("SELECT nik FROM workers GROUP BY nik HAVING count(*) > 1", None),
]


def _report_aggregates(db: sqlite_utils.Database) -> Sample:
    period = [add_months(current_month(), -11), current_month()]

    def work() -> None:
        for statement, params in REPORT_SQL:
            db.execute(statement, period if params else []).fetchall()
    return _timed(work)


OPD_REPORTS = tuple(spec.key for spec in reports_for("opd"))


def _report_builds(db: sqlite_utils.Database) -> Sample:
    """The OPD's reports as the Reports tab builds them on its reader (compliance, workers, money)."""
    def work() -> None:
        for key in OPD_REPORTS:
            build_report(db, key)
    return _timed(work)


def settle_reports(path: Path, key: str | None) -> None:
    """What the first report of the day writes, done once untimed on each copy: the day's lapses
    and the payments rollup folded (later builds that day only read)."""
    db = _open(path, key)
    lifecycle.bring_to_today(db)
    paid_rollup.fold(db)
    db.close()


def reports(path: Path, key: str | None, work=_report_builds) -> tuple[Sample, Sample, Sample]:
    """`work` as a GUI background reader runs it (a report task on AppContext.reader's pool): the
    first task on a fresh connection; the next task on the same kept connection (warm); and a task
    after another connection wrote (SQLite then empties the kept connection's page cache)."""
    pool = ReaderPool(lambda: _open(path, key))
    with pool.connection() as db:
        fresh = work(db)
    with pool.connection() as db:
        kept = work(db)
    writer = _open(path, key)
    _save_elsewhere(writer)
    writer.close()
    with pool.connection() as db:
        after_write = work(db)
    pool.close()
    return fresh, kept, after_write


ROSTER_ROWS = {"fresh": "roster keystroke, fresh connection (unlock)", "warm": "roster keystroke, warm",
               "fresh_warmed": "roster keystroke, fresh, after idle warm-up",
               "after_save": "roster keystroke after a save elsewhere",
               "after_save_warmed": "roster keystroke after a save, warmed again",
               "warm_up": "idle warm-up of the roster pages (13 runs, mean)",
               "redraw_warm": "roster list redrawn (no search), warm",
               "redraw_after_own_save": "roster list redrawn right after a form's save",
               "redraw_after_save": "roster list redrawn after another conn. wrote"}
PAYMENT_ROWS = ("record a month (500 sponsors), fresh connection", "record a month (500 sponsors), warm")
REPORT_ROWS = ("reports built (3 OPD reports), fresh connection", "reports built, kept reader (warm)",
               "reports built, kept reader after a write")
FLOOR_ROWS = ("floor SQL aggregates, fresh connection", "floor SQL aggregates, kept reader (warm)",
              "floor SQL aggregates, kept reader after a write")
ROWS = ("open a connection (key, pragmas, schema)", *ROSTER_ROWS.values(), *PAYMENT_ROWS, *REPORT_ROWS, *FLOOR_ROWS)
# No target: the idle warm-up runs between events (not waited for); the floor SQL is what bench_reports
# compares the reports with, and no screen runs it since the reports read the rollups.
NO_TARGET = {ROSTER_ROWS["warm_up"], *FLOOR_ROWS}


def measure_all(paths: dict[str, Path], key: str, runs: int,
                roster_only: bool = False) -> tuple[dict[str, dict[str, Figure]], dict[str, dict[str, int]], int]:
    """Every row for every variant, the variants interleaved run by run (the machine's load hits all
    alike); with the median pages each row read."""
    times: dict[str, dict[str, list[float]]] = {v: {r: [] for r in ROWS} for v in paths}
    pages: dict[str, dict[str, list[int]]] = {v: {r: [] for r in ROWS} for v in paths}
    count = 0
    if not roster_only:
        for path in paths.values():
            settle_reports(path, None if path == paths["plain"] else key)
    for _ in range(max(runs, MIN_RUNS)):
        for variant, path in paths.items():
            k = None if variant == "plain" else key

            def got(row_name: str, sample: Sample, variant: str = variant) -> None:
                times[variant][row_name].append(sample[0])
                pages[variant][row_name].append(sample[1])

            times[variant][ROWS[0]].append(opening(path, k))
            for situation, sample in roster(path, k).items():
                got(ROSTER_ROWS[situation], sample)
            if roster_only:
                continue
            cold, warm, count = payments(path, k)
            got(PAYMENT_ROWS[0], cold)
            got(PAYMENT_ROWS[1], warm)
            for row_name, sample in zip(REPORT_ROWS, reports(path, k), strict=True):
                got(row_name, sample)
            for row_name, sample in zip(FLOOR_ROWS, reports(path, k, _report_aggregates), strict=True):
                got(row_name, sample)
    return ({v: {r: Figure(tuple(t)) for r, t in rows.items() if t} for v, rows in times.items()},
            {v: {r: int(statistics.median(n)) for r, n in rows.items() if n} for v, rows in pages.items()}, count)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=30_000)
    parser.add_argument("--sponsors", type=int, default=12_000)
    parser.add_argument("--runs", type=int, default=MIN_RUNS)
    parser.add_argument("--data-dir", help="reuse or build the install here (default: a temporary folder)")
    parser.add_argument("--cpu", action="store_true",
                        help="time with this thread's CPU time instead of wall time (steadier on a loaded machine)")
    parser.add_argument("--roster-only", action="store_true",
                        help="only opening and the roster rows (the payment runs take most of the time)")
    parser.add_argument("--first-format", action="store_true",
                        help="also measure a copy in the first cipher format (HMAC-SHA512)")
    args = parser.parse_args()
    if args.cpu:
        global CLOCK
        CLOCK = time.thread_time
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="rentan-bench-at-rest-") as tmp:
        folder = Path(args.data_dir) if args.data_dir else Path(tmp) / "opd"
        key = build(folder, args.sponsors, args.workers)
        paths = variant_copies(folder / "rentan.sqlite3", key, Path(tmp), args.first_format)
        for path in paths.values():
            read_through(path)
        conn = cipher.open_connection(paths["encrypted"], key)
        n_workers, n_payments = (conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("workers", "payments"))
        conn.close()
        runs = max(args.runs, MIN_RUNS)
        older = f", first format = {cipher.FORMATS[0].name}" if args.first_format else ""
        print(f"data: {n_workers:,} workers, {n_payments:,} payments; {paths['encrypted'].stat().st_size / 1e6:.0f} MB; "
              f"SQLCipher {sqlcipher.connect(':memory:').execute('PRAGMA cipher_version').fetchone()[0]} "
              f"(SQLite {sqlcipher.sqlite_version}) for every file; encrypted = {cipher.CURRENT.name}{older}; "
              f"median [range] of {runs} runs of {'CPU' if args.cpu else 'wall'} time; set up in {time.perf_counter() - began:.0f} s; {load_note()}", flush=True)
        figures, pages, count = measure_all(paths, key, runs, args.roster_only)
        print(f"{'':48} {'plain':>28} {'encrypted':>28} {'pages':>6} {'ratio':>6}   "
              + (f"{FIRST_FORMAT:>28} {'ratio':>6}   " if args.first_format else "") + f"target <= {TARGET}x (encrypted)")
        worst = 0.0
        for name in ROWS:
            if name not in figures["plain"]:
                continue
            plain, now = figures["plain"][name], figures["encrypted"][name]
            ratio = now.median / plain.median
            if name not in NO_TARGET:
                worst = max(worst, ratio)
            old = ""
            if args.first_format:
                first = figures[FIRST_FORMAT][name]
                old = f"{first.text():>28} {first.median / plain.median:5.2f}x   "
            note = f" ({count:,} contributions)" if name.startswith("record") and "fresh" in name else ""
            read = pages["encrypted"].get(name)
            verdict = "no target" if name in NO_TARGET else "ok" if ratio <= TARGET else "OVER"
            print(f"{name:48} {plain.text():>28} {now.text():>28} {'' if read is None else read:>6} {ratio:5.2f}x   "
                  f"{old}{verdict}{note}", flush=True)
        print(f"whole run {time.perf_counter() - began:.0f} s", flush=True)
        return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
