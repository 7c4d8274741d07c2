"""Roster at scale: opening the roster tab and searching, beside the raw SQLite floor.

    .venv/bin/python bench/bench_roster.py [--workers 200000] [--sponsors 150000] [--data-dir DIR]

Builds an OPD install with `rentan init` and `rentan demo` in a temporary folder (or reuses
--data-dir when it already holds one), then prints side by side:
- opening the tab to its first paint (construct + show + the table's first paint event,
  offscreen, 1280x800) next to the raw queries the first screen needs (ids in name order,
  the first block of 256 rows, the headline counts);
- the median time from a keystroke in the search box to repainted rows (the debounce timer
  is bypassed: the refresh runs at once and events are processed until the table repainted)
  next to the raw SQLite query for the same search (ids and the first block).
- scrolling: the windowed model reading 20 consecutive blocks from the middle of the list (each
  page continues after the previous block's last key) next to the same pages read by OFFSET.
Targets: first paint < 300 ms; keystroke < 50 ms and within 3x the raw query; scrolling no
slower than OFFSET.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from rentan_desktop.cli import main as rentan  # noqa: E402
from rentan_desktop.context import AppContext  # noqa: E402
from rentan_desktop.roster import queries  # noqa: E402
from rentan_desktop.store import cipher  # noqa: E402

SEARCHES = ["s", "si", "sit", "siti", "a", "ag", "agu", "agus", "r", "ra", "rah", "rahm", "6271", "62710",
            "627103", "6271034", "1980", "19800", "bud", "dewi",
            "siregar", "rahmawati"]  # surnames: no name starts with them, so the search looks inside names


def build(folder: Path, sponsors: int, workers: int) -> None:
    from rentan_desktop import paths

    if paths.db_path(folder).exists():
        return
    t = time.perf_counter()
    rentan(["--data-dir", str(folder), "init", "--role", "opd", "--pemda", "Kota Palangka Raya",
            "--opd-code", "1.01", "--opd-name", "Dinas Pendidikan", "--operator", "Bench", "--training"])
    rentan(["--data-dir", str(folder), "demo", "--sponsors", str(sponsors), "--workers", str(workers)])
    print(f"built install: {sponsors:,} sponsors, {workers:,} workers in {time.perf_counter() - t:.1f} s")


def raw_query(conn: sqlite3.Connection, flt: queries.WorkerFilter) -> float:
    """The floor: the SQL the model runs (COUNT, first page of ids, its rows) on a plain connection."""
    where, params = queries._worker_where(flt)
    t = time.perf_counter()
    count = conn.execute(f"SELECT count(*) FROM workers w{where}", params).fetchone()[0]
    if count == 0 and queries.can_search_inside(flt.search):  # the model's fallback, same SQL
        flt = dataclasses.replace(flt, inside=True)
        where, params = queries._worker_where(flt)
        count = conn.execute(f"SELECT count(*) FROM workers w{where}", params).fetchone()[0]
    page_where, page_params = queries._worker_where(flt, steer=count > queries.STEER_MIN_MATCHES)
    ids = [r[0] for r in conn.execute(
        f"SELECT w.id FROM workers w{page_where} ORDER BY w.name COLLATE NOCASE ASC, w.id ASC LIMIT 256",
        page_params)] if count else []
    if ids:
        marks = ",".join("?" * len(ids))
        conn.execute("SELECT w.id, w.uid, w.name, w.nik, w.gender, w.birth_date, w.occupation, w.village, s.name, "
                     "s.nip, w.start_month, w.status, w.kpj, o.code, w.sponsor_id, w.ended_on, w.end_reason "
                     "FROM workers w LEFT JOIN sponsors s ON s.id = w.sponsor_id LEFT JOIN opds o ON o.id = w.opd_id "
                     f"WHERE w.id IN ({marks})", ids).fetchall()
    return (time.perf_counter() - t) * 1000


def main() -> int:
    os.environ.setdefault("RENTAN_PASSPHRASE", "bench passphrase")  # installs are encrypted (issue 14)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=200_000)
    parser.add_argument("--sponsors", type=int, default=150_000)
    parser.add_argument("--data-dir", help="reuse or build the install here (default: a temporary folder)")
    parser.add_argument("--runs", type=int, default=3, help="runs of the first-paint measure")
    args = parser.parse_args()
    if args.data_dir:
        return measure(Path(args.data_dir), args)
    with tempfile.TemporaryDirectory(prefix="rentan-bench-roster-") as tmp:
        return measure(Path(tmp), args)


def measure(folder: Path, args: argparse.Namespace) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    build(folder, args.sponsors, args.workers)

    from rentan_desktop.ui.common.operations import OpRunner
    from rentan_desktop.ui.env import UiEnv
    from rentan_desktop.ui.qt import (
        QAbstractTableModel,
        QApplication,
        QEvent,
        QModelIndex,
        QObject,
        Qt,
        QTableView,
    )
    from rentan_desktop.ui.roster.roster_tab import RosterTab

    app = QApplication.instance() or QApplication(sys.argv)
    ctx = AppContext.open(folder)
    env = UiEnv(ctx=ctx, ops=OpRunner(ctx), site=ctx.require_site())
    n_workers = ctx.db.execute("SELECT count(*) FROM workers").fetchone()[0]
    raw = cipher.open_connection(ctx.db_path, ctx.db_key())
    opd_id = None  # an OPD install holding only its own OPD filters nothing (see roster_table.roster_opd_id)

    class PlainModel(QAbstractTableModel):
        """The floor for Qt's share: rows already in a list, nothing computed in data()."""

        def __init__(self):
            super().__init__()
            self.rows: list[list] = []
            self.count = 0

        def set_rows(self, rows: list[list], count: int) -> None:
            self.beginResetModel()
            self.rows, self.count = rows, count
            self.endResetModel()

        def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802
            return 0 if parent.isValid() else self.count

        def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802
            return 0 if parent.isValid() else 10

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole and index.row() < len(self.rows):
                return self.rows[index.row()][index.column()]
            return None

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

    first_paint = []
    for _ in range(args.runs):
        watch = Painted()
        t0 = time.perf_counter()
        tab = RosterTab(env)
        tab.worker_table.viewport().installEventFilter(watch)
        tab.resize(1280, 800)
        tab.show()
        first_paint.append((wait_paint(watch) - t0) * 1000)
        tab.close()
        tab.deleteLater()
        app.processEvents()

    floor_open = []
    for _ in range(args.runs):
        floor_open.append(raw_query(raw, queries.WorkerFilter()))

    tab = RosterTab(env)
    tab.resize(1280, 800)
    tab.show()
    settle = time.perf_counter() + 5
    while not tab.headline.text() and time.perf_counter() < settle:  # the totals load after the first paint
        app.processEvents()
    keystroke, floors, matches, qt_floor, model_ready = [], [], [], [], []
    plain = PlainModel()
    plain_view = QTableView()
    plain_view.setModel(plain)
    plain_view.resize(tab.worker_table.size())
    plain_view.show()
    app.processEvents()
    for text in SEARCHES:
        watch = Painted()
        tab.worker_table.viewport().installEventFilter(watch)
        t0 = time.perf_counter()
        tab.search.setText(text)
        tab.apply_search()  # what the debounce timer calls
        # Rows updated in the model: the count and the block of rows the view shows are loaded.
        for r in range(min(40, tab.worker_model.rowCount())):
            tab.worker_model.index(r, 0).data()
        model_ready.append((time.perf_counter() - t0) * 1000)
        wait_paint(watch)
        keystroke.append((watch.at - t0) * 1000)
        tab.worker_table.viewport().removeEventFilter(watch)
        matches.append(tab.worker_model.rowCount())
        floors.append(raw_query(raw, queries.WorkerFilter(search=text, opd_id=opd_id)))
        # Qt's own share: the same visible cells from a plain Python list, reset and repainted.
        shown = [[tab.worker_model.index(r, c).data() for c in range(tab.worker_model.columnCount())]
                 for r in range(min(40, tab.worker_model.rowCount()))]
        watch = Painted()
        plain_view.viewport().installEventFilter(watch)
        t0 = time.perf_counter()
        plain.set_rows(shown, tab.worker_model.rowCount())
        wait_paint(watch)
        qt_floor.append((watch.at - t0) * 1000)
        plain_view.viewport().removeEventFilter(watch)
    print(f"\nroster at {n_workers:,} workers (offscreen, 1280x800; medians)")
    print(f"{'measure':<46}{'app':>10}{'raw SQLite':>13}{'ratio':>8}")
    fp, fo = statistics.median(first_paint), statistics.median(floor_open)
    print(f"{'open roster tab to first paint (target <300 ms)':<46}{fp:>8.1f}ms{fo:>11.1f}ms{fp / fo:>7.1f}x")
    ks, kf = statistics.median(keystroke), statistics.median(floors)
    print(f"{'keystroke to updated rows (target <50, <=3x)':<46}{ks:>8.1f}ms{kf:>11.1f}ms{ks / kf:>7.1f}x")
    mr = statistics.median(model_ready)
    print(f"{'  of which rows updated in the model':<46}{mr:>8.1f}ms{kf:>11.1f}ms{mr / kf:>7.1f}x")
    qf = statistics.median(qt_floor)
    print(f"{'  Qt alone: same cells from a Python list':<46}{qf:>8.1f}ms   (raw SQLite + Qt: {kf + qf:.1f} ms, "
          f"app {ks / (kf + qf):.1f}x that)")
    print("\nper search:")
    for text, k, f, q, n in zip(SEARCHES, keystroke, floors, qt_floor, matches, strict=True):
        print(f"  {text!r:<12}{n:>8,} rows {k:>8.1f} ms   raw SQLite {f:>6.1f} ms   Qt repaint {q:>6.1f} ms")
    scroll = measure_scroll(ctx.db, raw, n_workers)
    print(f"\n{'scroll 20 blocks from the middle (model, keyset)':<46}{scroll['model']:>8.1f}ms"
          f"   the same pages by OFFSET + rows {scroll['offset']:.1f} ms")
    print(f"{'  of which the 20 page queries (keyset)':<46}{scroll['keyset ids']:>8.1f}ms"
          f"   by OFFSET {scroll['offset ids']:.1f} ms ({scroll['offset ids'] / scroll['keyset ids']:.1f}x)")
    t = time.perf_counter()
    queries.roster_counts(ctx.db)
    counts_ms = (time.perf_counter() - t) * 1000
    print(f"\nheadline totals (counted on a worker thread after the first paint): {counts_ms:.0f} ms")
    print(f"first paint runs: {', '.join(f'{v:.0f}' for v in first_paint)} ms; install: {folder}")
    env.ops.shutdown()
    raw.close()
    ctx.close()
    return 0


def measure_scroll(db, raw: sqlite3.Connection, n_workers: int, blocks: int = 20,
                   runs: int = 5) -> dict[str, float]:
    """Medians over `runs`: the model reading `blocks` consecutive blocks from the middle (keyset
    pages + their rows), the same pages read by OFFSET + their rows, and the page queries alone."""
    from rentan_desktop.ui.roster.roster_models import WorkerTableModel

    flt = queries.WorkerFilter()
    times: dict[str, list[float]] = {"model": [], "offset": [], "keyset ids": [], "offset ids": []}
    for run in range(runs):
        model = WorkerTableModel(db)
        model.refresh()
        block = model.BLOCK
        start = (n_workers // 2 // block + run) * block
        model.id_at(start)  # the jump: this block is read by OFFSET, the next ones continue after it
        t0 = time.perf_counter()
        for b in range(1, blocks + 1):
            model.id_at(start + b * block)
        times["model"].append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        for b in range(1, blocks + 1):
            queries.fetch_workers(db, queries.worker_ids(db, flt, "name", False, start + b * block, block, True))
        times["offset"].append((time.perf_counter() - t0) * 1000)
        last = queries.fetch_workers(db, [model.id_at(start + block - 1)])
        key = next((row["name"], row["id"]) for row in last.values())
        t0 = time.perf_counter()
        for _ in range(blocks):
            ids = queries.worker_ids(db, flt, "name", False, 0, block, True, key)
            key = (raw.execute("SELECT name FROM workers WHERE id = ?", [ids[-1]]).fetchone()[0], ids[-1])
        times["keyset ids"].append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        for b in range(1, blocks + 1):
            queries.worker_ids(db, flt, "name", False, start + b * block, block, True)
        times["offset ids"].append((time.perf_counter() - t0) * 1000)
    return {k: statistics.median(v) for k, v in times.items()}


if __name__ == "__main__":
    sys.exit(main())
