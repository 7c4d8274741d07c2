"""Roster at scale: opening the roster tab and searching, beside the raw SQLite floor.

    .venv/bin/python bench/bench_roster.py [--workers 200000] [--sponsors 150000] [--data-dir DIR]

Builds an OPD install with `rentan init` and `rentan demo` in a temporary folder (or reuses
--data-dir when it already holds one), then prints side by side:
- opening the tab to its first paint (construct + show + the table's first paint event,
  offscreen, 1280x800) next to the raw queries the first screen needs (ids in name order,
  the first block of 256 rows, the headline counts);
- the search debounce (the roster tab's real timer interval);
- per search text, the time from the debounce ending (what the timer calls) to the table
  repainted, and the whole keystroke-to-paint with the real timer, next to the raw SQLite
  query for the same search (count, first 256 ids and their rows).
Every figure is the median [range] of >= 3 runs (bench/common.py).
Targets: first paint < 300 ms; debounce end to rows on screen < 50 ms. Names containing the text
are counted from the trigram index of schema step m014 (roster/name_index.py).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from rentan_desktop.context import AppContext  # noqa: E402
from rentan_desktop.roster import queries  # noqa: E402
from rentan_desktop.store import cipher  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import build_opd_install, load_note, measure, row  # noqa: E402

SEARCHES = ["s", "si", "sit", "siti", "a", "agus", "6271", "6271034", "bud", "dewi",
            "lestari", "siregar", "rahmawati"]  # 3+ letters: found anywhere in the name


def build(folder: Path, sponsors: int, workers: int) -> None:
    t = time.perf_counter()
    if build_opd_install(folder, sponsors, workers):
        print(f"built install: {sponsors:,} sponsors, {workers:,} workers in {time.perf_counter() - t:.1f} s")


def raw_query(conn: sqlite3.Connection, flt: queries.WorkerFilter) -> None:
    """The floor: the SQL the model runs (COUNT, first page of ids, its rows) on a plain connection."""
    where, params = queries._worker_where(flt)
    count = conn.execute(f"SELECT count(*) FROM workers w{where}", params).fetchone()[0]
    page_where, page_params = queries._worker_where(flt, steer=count > queries.STEER_MIN_MATCHES, by_name=True)
    ids = [r[0] for r in conn.execute(
        f"SELECT w.id FROM workers w{page_where} ORDER BY w.name COLLATE NOCASE ASC, w.id ASC LIMIT 256",
        page_params)] if count else []
    if ids:
        marks = ",".join("?" * len(ids))
        conn.execute("SELECT w.id, w.uid, w.name, w.nik, w.gender, w.birth_date, w.occupation, w.village, s.name, "
                     "s.nip, w.start_month, w.status, w.kpj, o.code, w.sponsor_id, w.ended_on, w.end_reason "
                     "FROM workers w LEFT JOIN sponsors s ON s.id = w.sponsor_id LEFT JOIN opds o ON o.id = w.opd_id "
                     f"WHERE w.id IN ({marks})", ids).fetchall()


def main() -> int:
    os.environ.setdefault("RENTAN_PASSPHRASE", "bench passphrase")  # installs are encrypted (issue 14)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=200_000)
    parser.add_argument("--sponsors", type=int, default=150_000)
    parser.add_argument("--data-dir", help="reuse or build the install here (default: a temporary folder)")
    parser.add_argument("--runs", type=int, default=3, help="runs of the first-paint measure")
    args = parser.parse_args()
    if args.data_dir:
        return run(Path(args.data_dir), args)
    with tempfile.TemporaryDirectory(prefix="rentan-bench-roster-") as tmp:
        return run(Path(tmp), args)


def run(folder: Path, args: argparse.Namespace) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    build(folder, args.sponsors, args.workers)

    from rentan_desktop.ui.common.operations import OpRunner
    from rentan_desktop.ui.env import UiEnv
    from rentan_desktop.ui.qt import (
        QApplication,
        QEvent,
        QObject,
    )
    from rentan_desktop.ui.roster.roster_tab import RosterTab

    app = QApplication.instance() or QApplication(sys.argv)
    ctx = AppContext.open(folder)
    env = UiEnv(ctx=ctx, ops=OpRunner(ctx), site=ctx.require_site())
    n_workers = ctx.db.execute("SELECT count(*) FROM workers").fetchone()[0]
    raw = cipher.open_connection(ctx.db_path, ctx.db_key())

    class Painted(QObject):
        def __init__(self):
            super().__init__()
            self.at: float | None = None

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and self.at is None:
                self.at = time.perf_counter()
            return False

    def wait_paint(watch: Painted) -> float:
        """Process events until the table has painted; the time when that paint has finished."""
        deadline = time.perf_counter() + 10
        while watch.at is None and time.perf_counter() < deadline:
            app.processEvents()
        watch.at = time.perf_counter()
        return watch.at

    # Warm the page cache once so runs compare like with like.
    raw_query(raw, queries.WorkerFilter())

    def open_tab() -> None:
        watch = Painted()
        tab = RosterTab(env)
        tab.worker_table.viewport().installEventFilter(watch)
        tab.resize(1280, 800)
        tab.show()
        wait_paint(watch)
        tab.close()
        tab.deleteLater()

    first_paint = measure(open_tab, args.runs, setup=app.processEvents)
    floor_open = measure(lambda: raw_query(raw, queries.WorkerFilter()), args.runs)

    tab = RosterTab(env)
    tab.resize(1280, 800)
    tab.show()
    settle = time.perf_counter() + 5
    while not tab.headline.text() and time.perf_counter() < settle:  # the totals load after the first paint
        app.processEvents()

    def clear() -> None:
        tab.search.setText("")
        tab.apply_search()
        app.processEvents()

    def after_debounce(text: str) -> Callable[[], None]:
        """What the debounce timer calls, to the table's repaint."""
        def run() -> None:
            watch = Painted()
            tab.worker_table.viewport().installEventFilter(watch)
            tab.search.blockSignals(True)  # the timer is not started: apply_search runs now
            tab.search.setText(text)
            tab.search.blockSignals(False)
            tab.apply_search()
            wait_paint(watch)
            tab.worker_table.viewport().removeEventFilter(watch)
        return run

    def keystroke(text: str) -> Callable[[], None]:
        """The whole wait: the text typed, the real debounce timer firing, the table repainted."""
        def run() -> None:
            fired: list[bool] = []
            tab._search_timer.timeout.connect(lambda: fired.append(True))  # after apply_search
            watch = Painted()
            tab.search.setText(text)
            deadline = time.perf_counter() + 10
            while not fired and time.perf_counter() < deadline:
                app.processEvents()
            tab.worker_table.viewport().installEventFilter(watch)
            tab.worker_table.viewport().update()  # a repaint is already queued by the reset; never skip one
            wait_paint(watch)
            tab.worker_table.viewport().removeEventFilter(watch)
            tab._search_timer.timeout.disconnect()
            tab._search_timer.timeout.connect(tab.apply_search)
        return run

    debounce_ms = tab._search_timer.interval()
    print(f"\nroster at {n_workers:,} workers (offscreen, 1280x800; median [range] of {max(args.runs, 3)} runs; "
          f"{load_note()})")
    row("open roster tab to first paint", first_paint, floor_open, "target < 300 ms")
    print(f"{'search debounce (the roster tab timer interval)':<52} {debounce_ms:>8d} ms")
    print("search, per text (floor: the raw SQL of count, first 256 ids and their rows):")
    for text in SEARCHES:
        floor = measure(lambda t=text: raw_query(raw, queries.WorkerFilter(search=t)), args.runs)
        after = measure(after_debounce(text), args.runs, setup=clear)
        total = measure(keystroke(text), args.runs, setup=clear)
        tab.search.setText(text)
        tab.apply_search()
        n = tab.worker_model.rowCount()
        row(f"  {text!r}: {n:,} rows; debounce end to rows on screen", after, floor, "target < 50 ms")
        row(f"  {text!r}: keystroke to painted rows (with debounce)", total, floor)
    headline = measure(lambda: queries.roster_counts(ctx.db), args.runs)
    row("headline totals (a worker thread, after first paint)", headline)
    print(f"install: {folder}")
    env.ops.shutdown()
    raw.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
