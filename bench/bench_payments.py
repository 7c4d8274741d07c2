"""Payments at scale: tab opening, the bulk month and the arrears list, beside the raw SQLite floor.

    .venv/bin/python bench/bench_payments.py [--workers 200000] [--sponsors 20000] [--data-dir DIR]

Builds an OPD install with `rentan init` and `rentan demo` (no demo payments), makes every
worker an active member since 12 months ago and loads the demo payment history for those
12 months (about 2.4 million rows, timed: that is the demo generator's load); every worker
gets a sponsor so that the payroll month reaches all of them. Then it prints:
- recording the bulk month (payroll deductions for every eligible worker: service.record_month)
  next to a raw prepared executemany of the same rows into the same table and indexes,
  each run inside a transaction rolled back afterwards, except the last app run;
- building the arrears list (status.arrears) next to the two raw SQL statements it runs
  (workers whose paid run ends before the month; their paid months in one range), and the naive
  NOT EXISTS-over-payments query of one month it replaces (for reference);
- opening the payment tab for the month (construct + show + first paint of the table,
  offscreen, 1280x800) next to the raw queries its first screen needs.
Targets: bulk month within 3x its floor; arrears list and tab opening under 500 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from rentan_desktop.cli import main as rentan  # noqa: E402
from rentan_desktop.context import AppContext  # noqa: E402
from rentan_desktop.domain.months import add_months, current_month  # noqa: E402
from rentan_desktop.payments import coverage, service, status  # noqa: E402
from rentan_desktop.payments.demo import generate_payments  # noqa: E402
from rentan_desktop.payments.rates import RateBook  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Figure, load_note, row  # noqa: E402

ROLLUP_TRIGGERS = ("report_worker_groups_insert", "report_worker_groups_delete", "report_worker_groups_update_old",
                   "report_worker_groups_update_new",  # m010: covered workers per group key
                   "report_paid_dirty_insert", "report_paid_dirty_update", "report_paid_dirty_delete")  # m011


def without_rollup_triggers(db, fn):
    """Run `fn` in a transaction with the report rollup triggers dropped, then roll back (DDL included)."""
    saved = dict(db.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                            f"({','.join('?' * len(ROLLUP_TRIGGERS))})", ROLLUP_TRIGGERS).fetchall())
    db.execute("BEGIN")
    for name in saved:
        db.execute(f"DROP TRIGGER {name}")
    t0 = time.perf_counter()
    fn()
    elapsed = ms(t0)
    db.execute("ROLLBACK")
    return elapsed, len(saved)


def ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def build(folder: Path, sponsors: int, workers: int) -> None:
    from rentan_desktop import paths, setup_hooks

    if paths.db_path(folder).exists():
        return
    t = time.perf_counter()
    rentan(["--data-dir", str(folder), "init", "--role", "opd", "--pemda", "Kota Palangka Raya",
            "--opd-code", "1.01", "--opd-name", "Dinas Pendidikan", "--operator", "Bench", "--training"])
    original = setup_hooks.after_demo
    setup_hooks.after_demo = lambda db, seed: None   # the history is loaded below, after the reshaping
    try:
        rentan(["--data-dir", str(folder), "demo", "--sponsors", str(sponsors), "--workers", str(workers)])
    finally:
        setup_hooks.after_demo = original
    print(f"built install: {sponsors:,} sponsors, {workers:,} workers in {time.perf_counter() - t:.1f} s")
    ctx = AppContext.open(folder)
    db = ctx.db
    start = add_months(current_month(), -12)
    with db.atomic():
        n_sponsors = db.execute("SELECT max(id) FROM sponsors").fetchone()[0]
        db.execute("UPDATE workers SET status = 'active', start_month = ?, ended_on = NULL, end_reason = NULL, "
                   "paid_through = NULL, sponsor_id = 1 + id % ?", [start, n_sponsors])
    t = time.perf_counter()
    rows = generate_payments(db, seed=7, months=12)
    print(f"demo payment history: {rows:,} rows in {time.perf_counter() - t:.1f} s (generate_payments)")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")   # as after a restart of the app
    ctx.close()


def bulk_floor(db, month: str) -> tuple[float, int]:
    """The same rows inserted by a plain prepared executemany (rows built beforehand)."""
    where, params = service._bulk_filter(db, month, "tpp", None)
    book = RateBook.load(db)
    rows = db.execute(
        f"SELECT w.id, w.opd_id, w.sponsor_id, w.declared_income, w.jht FROM workers w JOIN sponsors s "
        f"ON s.id = w.sponsor_id WHERE {where} AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.month = ? "
        f"AND p.worker_id = w.id AND p.kind = 'payment' AND p.reversed_at IS NULL)", [*params, month]).fetchall()
    a = book.amount(1_000_000, False, month)
    data = [(str(uuid.uuid4()), opd, wid, sid, month, a.total, a.jkk, a.jkm, a.jht, "tpp", None, "2026-11-20",
             "b", "bench", "2026-11-20 00:00:00", 1) for wid, opd, sid, _, _ in rows]
    db.execute("BEGIN")
    t0 = time.perf_counter()
    db.conn.executemany(
        "INSERT INTO payments(uid, opd_id, worker_id, sponsor_id, month, amount, jkk, jkm, jht, method, reference, "
        "paid_on, kind, batch, recorded_by, recorded_at, rev) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'payment',?,?,?,?)",
        data)
    elapsed = ms(t0)
    db.execute("ROLLBACK")
    return elapsed, len(data)


def main() -> int:
    os.environ.setdefault("RENTAN_PASSPHRASE", "bench passphrase")  # installs are encrypted (issue 14)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=200_000)
    parser.add_argument("--sponsors", type=int, default=20_000)
    parser.add_argument("--data-dir", help="reuse or build the install here (default: a temporary folder)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="rentan-bench-pay-"))
    folder.mkdir(parents=True, exist_ok=True)
    build(folder, args.sponsors, args.workers)

    ctx = AppContext.open(folder)
    db = ctx.db
    month = current_month()
    n_workers = db.execute("SELECT count(*) FROM workers").fetchone()[0]
    n_payments = db.execute("SELECT count(*) FROM payments").fetchone()[0]

    # -- bulk month --------------------------------------------------------------------------
    floors, apps, bare, recorded = [], [], [], 0
    args.runs = max(args.runs, 3)
    for run in range(args.runs):
        f, n = bulk_floor(db, month)
        floors.append(f)
        took, dropped = without_rollup_triggers(db, lambda: service.record_month(
            db, "Bench", month, "tpp", reference=f"TPP-{month}"))
        bare.append(took)
        last = run == args.runs - 1
        if not last:
            db.execute("BEGIN")
        t0 = time.perf_counter()
        result = service.record_month(db, "Bench", month, "tpp", reference=f"TPP-{month}")
        apps.append(ms(t0))
        recorded = result.count
        if not last:
            db.execute("ROLLBACK")
    assert recorded == n, (recorded, n)
    t0 = time.perf_counter()
    again = service.record_month(db, "Bench", month, "tpp")
    second_run = ms(t0)

    # -- arrears -----------------------------------------------------------------------------
    # The raw statements of status.arrears: workers whose paid run ends before the month (on the
    # workers_owing index), then their live payments in one range (payments/status.py).
    cap = add_months(month, -1)
    raw_sql = ("SELECT w.id, w.uid, w.name, w.nik, w.status, w.start_month, w.ended_on, w.declared_income, w.jht, "
               "w.opd_id, s.uid, s.name, s.nip FROM workers w LEFT JOIN sponsors s ON s.id = w.sponsor_id "
               "WHERE w.id IN (SELECT id FROM workers WHERE status IN ('submitted', 'active', 'ended', 'lapsed') "
               "AND paid_through < ? UNION ALL SELECT id FROM workers WHERE status IN ('submitted', 'active', "
               "'ended', 'lapsed') AND paid_through IS NULL) AND w.start_month <= ?")
    naive_where, naive_params = coverage.covered_sql(month)
    naive_sql = (f"SELECT w.id FROM workers w WHERE {naive_where} AND NOT EXISTS (SELECT 1 FROM payments p "
                 f"WHERE p.worker_id = w.id AND p.month = ? AND p.kind = 'payment' AND p.reversed_at IS NULL)")
    arrears_app, arrears_raw, naive = [], [], []
    rows = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        rows = status.arrears(db, month)
        arrears_app.append(ms(t0))
        t0 = time.perf_counter()
        found = db.execute(raw_sql, [cap, cap]).fetchall()
        db.execute("SELECT p.worker_id, p.month FROM json_each(?) j CROSS JOIN payments p ON p.worker_id = j.value "
                   "AND p.month BETWEEN ? AND ? AND p.kind = 'payment' AND p.reversed_at IS NULL",
                   [json.dumps([r[0] for r in found]), add_months(month, -6), month]).fetchall()
        arrears_raw.append(ms(t0))
        t0 = time.perf_counter()
        db.execute(naive_sql, [*naive_params, month]).fetchall()
        naive.append(ms(t0))

    # -- payment tab -------------------------------------------------------------------------
    from rentan_desktop.ui.common.operations import OpRunner
    from rentan_desktop.ui.env import UiEnv
    from rentan_desktop.ui.payments.payment_tab import PaymentTab
    from rentan_desktop.ui.qt import QApplication, QEvent, QObject

    app = QApplication.instance() or QApplication(sys.argv)
    env = UiEnv(ctx=ctx, ops=OpRunner(ctx), site=ctx.require_site())

    class Painted(QObject):
        def __init__(self):
            super().__init__()
            self.at: float | None = None

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and self.at is None:
                self.at = time.perf_counter()
            return False

    def raw_open() -> float:
        """The statements of month_view.select_month and the first block of rows_for."""
        where, p = coverage.covered_sql(month)
        t0 = time.perf_counter()
        ids = sorted(r[0] for r in db.execute(f"SELECT w.id FROM workers w WHERE {where}", p))
        db.execute(f"SELECT w.declared_income, w.jht, count(*) FROM workers w WHERE {where} GROUP BY 1, 2",
                   p).fetchall()
        db.execute("SELECT count(*), sum(amount) FROM payments p WHERE p.month = ? AND p.kind = 'payment' "
                   "AND p.reversed_at IS NULL", [month]).fetchone()
        db.execute("SELECT w.id, w.uid, w.name, w.nik, w.status, s.uid, s.name, s.nip, w.declared_income, w.jht, "
                   "p.uid, p.amount, p.method, p.paid_on, p.reference FROM workers w "
                   "LEFT JOIN sponsors s ON s.id = w.sponsor_id LEFT JOIN payments p ON p.month = ? "
                   "AND p.worker_id = w.id AND p.kind = 'payment' AND p.reversed_at IS NULL "
                   "WHERE w.id IN (SELECT value FROM json_each(?))", [month, json.dumps(ids[:256])]).fetchall()
        return ms(t0)

    opens, floor_open = [], []
    for _ in range(args.runs):
        watch = Painted()
        t0 = time.perf_counter()
        tab = PaymentTab(env)
        tab.month_view.viewport().installEventFilter(watch)
        tab.resize(1280, 800)
        tab.show()
        deadline = time.perf_counter() + 20
        while watch.at is None and time.perf_counter() < deadline:
            app.processEvents()
        opens.append((watch.at - t0) * 1000 if watch.at else float("nan"))
        shown = tab.month_model.rowCount()
        while env.ops.busy:   # the queued lapse check; not part of the first paint
            app.processEvents()
        tab.close()
        tab.deleteLater()
        app.processEvents()
        floor_open.append(raw_open())
    env.ops.shutdown()

    def fig(values: list[float]) -> Figure:
        return Figure(tuple(v / 1000 for v in values))

    print(f"\npayments at {n_workers:,} workers and {n_payments:,} payment rows (month {month}; median [range] of "
          f"{args.runs} runs; {load_note()})")
    row(f"bulk month: {recorded:,} payments", fig(apps), fig(floors), "target <= 3x floor (raw executemany)")
    row(f"  the same without the {dropped} report rollup triggers", fig(bare), fig(floors),
        f"triggers add x{statistics.median(apps) / statistics.median(bare):.2f}")
    row(f"arrears list: {len(rows):,} workers", fig(arrears_app), fig(arrears_raw), "target < 500 ms")
    row(f"open payment tab, {shown:,} rows, to first paint", fig(opens), fig(floor_open), "target < 500 ms")
    row("reference: naive arrears (NOT EXISTS over payments)", fig(naive))
    print(f"second bulk run of the same month: {again.count} new, {again.already_paid:,} already paid, "
          f"{second_run:.0f} ms; install: {folder}")
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
