"""Lifecycle at scale: the status refresh (lapses) and the arrears list, beside the raw SQL floor.

    .venv/bin/python bench/bench_lifecycle.py [--workers 200000] [--runs 3] [--data-dir DIR]

Builds (once per --data-dir) an OPD database of `workers` members who started 12 months ago,
with 12 monthly payments each for most of them (about 2.4 million rows) and a realistic mix:
4% behind 1-3 months, 2% with an old one-month gap later paid (never settled, no longer
owed), 2% four or more months behind (they lapse on the first refresh), 2% already lapsed.
Then, on the 1st of the current month (the previous month's due date has passed, this one's
has not):
- status refresh: lifecycle.refresh_due (finds the workers time may lapse, recomputes them,
  audits) inside a transaction rolled back after each run, beside the two statements it cannot
  avoid (the candidates from the workers_owing index; their live payments);
- arrears: status.arrears for the month, beside its two raw statements (workers whose paid
  run ends before the month; their payments inside the window).
Targets: each under 300 ms and within 3x its floor. Prints median and range of the runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rentan_desktop.domain.months import add_months, current_month, month_range
from rentan_desktop.payments import lifecycle, status
from rentan_desktop.payments.demo import _INDEXES
from rentan_desktop.store import db as store_db
from rentan_desktop.store.site import initialise, own_opd_id


def ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def build(path: Path, workers: int, today: dt.date) -> None:
    if path.exists():
        return
    t = time.perf_counter()
    db = store_db.connect(path)
    initialise(db, role="opd", pemda="Kota Bench", operator="Bench", opd_code="1.01", opd_name="Dinas Bench")
    opd = own_opd_id(db)
    now = current_month(today)
    start = add_months(now, -12)
    months = month_range(start, add_months(now, -1))
    rng = random.Random(18)
    stamp = "2026-01-01 00:00:00"
    worker_rows, payment_rows = [], []
    for wid in range(1, workers + 1):
        roll = rng.random()
        status_, ended_on, paid = "active", None, list(months)
        if roll < 0.04:
            paid = months[:-rng.randint(1, 3)]                    # behind 1-3 months
        elif roll < 0.06:
            gap = rng.randint(1, 5)                               # an old gap, paid after it
            paid = months[:gap] + months[gap + 1:]
        elif roll < 0.08:
            paid = months[:-rng.randint(4, 6)]                    # lapses on the first refresh
        elif roll < 0.10:
            cut = rng.randint(1, 3)
            paid = months[:cut]
            status_, ended_on = "lapsed", f"{months[cut + 3]}-17"
        run_end = None
        for m in months:
            if m not in paid:
                break
            run_end = m
        worker_rows.append((wid, f"w-{wid:07d}", opd, f"3201010101{wid:06d}", f"Pekerja {wid}", start, status_,
                            ended_on, run_end, stamp, stamp))
        payment_rows.extend((f"p-{wid}-{m}", opd, wid, m, m + "-10", stamp) for m in paid)
    with db.atomic():
        for name in _INDEXES:
            db.execute(f"DROP INDEX IF EXISTS {name}")
        db.conn.executemany(
            "INSERT INTO workers(id, uid, opd_id, nik, name, start_month, status, ended_on, paid_through, "
            "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)", worker_rows)
        db.conn.executemany(
            "INSERT INTO payments(uid, opd_id, worker_id, month, amount, jkk, jkm, jht, method, paid_on, kind, "
            "recorded_by, recorded_at) VALUES (?,?,?,?,16800,10000,6800,0,'tpp',?,'payment','bench',?)",
            payment_rows)
        for sql in _INDEXES.values():
            db.execute(sql)
    db.execute("ANALYZE")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    print(f"built {workers:,} workers, {len(payment_rows):,} payments in {time.perf_counter() - t:.1f} s")


def refresh_floor(db, today: dt.date) -> float:
    """The same work in raw SQL: the candidates, their live payments, the status updates and audit rows."""
    from rentan_desktop.payments.calendar import Calendar

    db.execute("BEGIN")
    t0 = time.perf_counter()
    last_due = Calendar.load(db).last_due_month(today)
    limit = add_months(last_due, -3)
    ids = [r[0] for r in db.execute(
        "SELECT id FROM (SELECT id FROM workers WHERE status IN ('submitted', 'active') AND paid_through < ? "
        "AND start_month <= ? UNION ALL SELECT id FROM workers WHERE status IN ('submitted', 'active') "
        "AND paid_through IS NULL AND start_month <= ?) c WHERE NOT EXISTS (SELECT 1 FROM payments p "
        "WHERE p.worker_id = c.id AND p.month > ? AND p.month <= ? AND p.kind = 'payment' "
        "AND p.reversed_at IS NULL)", [limit, limit, limit, limit, last_due])]
    rows = db.execute("SELECT p.worker_id, p.month FROM json_each(?) j CROSS JOIN payments p ON p.worker_id = j.value "
                      "AND p.kind = 'payment' AND p.reversed_at IS NULL", [json.dumps(ids)]).fetchall()
    day = f"{last_due}-17"
    db.conn.executemany("UPDATE workers SET status = 'lapsed', ended_on = ?, status_changed_on = ?, updated_at = ?, "
                        "rev = ? WHERE id = ?", [(day, day, day, 1, wid) for wid in ids])
    db.conn.executemany("INSERT INTO audit_log(at, operator, table_name, record_uid, action, before, after, note) "
                        "VALUES (?, 'Bench', 'workers', ?, 'status', ?, ?, ?)",
                        [(day, str(wid), '{"status": "active"}', '{"status": "lapsed"}', "lapsed") for wid in ids])
    elapsed = ms(t0)
    db.execute("ROLLBACK")
    assert rows is not None
    return elapsed


def arrears_floor(db, month: str, cap: str) -> float:
    """Its two statements: workers whose paid run ends before the month, their payments in the window."""
    window = add_months(month, -3)
    t0 = time.perf_counter()
    rows = db.execute(
        "SELECT w.id, w.uid, w.name, w.nik, w.status, w.start_month, w.ended_on, w.declared_income, w.jht, "
        "w.opd_id, s.uid, s.name, s.nip FROM workers w LEFT JOIN sponsors s ON s.id = w.sponsor_id "
        "WHERE w.id IN (SELECT id FROM workers WHERE status IN ('submitted', 'active', 'ended', 'lapsed') "
        "AND paid_through < ? UNION ALL SELECT id FROM workers WHERE status IN ('submitted', 'active', 'ended', "
        "'lapsed') AND paid_through IS NULL) AND w.start_month <= ? AND (w.status IN ('submitted', 'active') "
        "OR (w.status = 'lapsed' AND substr(w.ended_on, 1, 7) >= ?))", [cap, cap, window]).fetchall()
    db.execute("SELECT p.worker_id, p.month FROM json_each(?) j CROSS JOIN payments p ON p.worker_id = j.value "
               "AND p.month BETWEEN ? AND ? AND p.kind = 'payment' AND p.reversed_at IS NULL",
               [json.dumps([r[0] for r in rows]), add_months(month, -6), month]).fetchall()
    return ms(t0)


def line(label: str, app: list[float], floor: list[float]) -> str:
    a, f = statistics.median(app), statistics.median(floor)
    return (f"{label:<44}{a:>8.1f} ms ({min(app):.0f}-{max(app):.0f}){f:>9.1f} ms ({min(floor):.0f}-{max(floor):.0f})"
            f"{a / f:>7.1f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data-dir", help="reuse or build the database here (default: a temporary folder)")
    args = parser.parse_args()
    today = dt.date.today().replace(day=1)
    folder = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="rentan-bench-life-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"lifecycle-{args.workers}-{today:%Y%m}.sqlite3"
    build(path, args.workers, today)
    db = store_db.connect(path)
    month = current_month(today)
    n_workers = db.execute("SELECT count(*) FROM workers").fetchone()[0]
    n_payments = db.execute("SELECT count(*) FROM payments").fetchone()[0]

    refresh_app, refresh_raw, lapsed = [], [], 0
    for _ in range(args.runs):
        refresh_raw.append(refresh_floor(db, today))
        db.execute("BEGIN")
        t0 = time.perf_counter()
        lapsed = len(lifecycle.refresh_due(db, today=today, operator="Bench", cause="bench"))
        refresh_app.append(ms(t0))
        db.execute("ROLLBACK")

    arrears_app, arrears_raw, rows = [], [], []
    for _ in range(args.runs):
        arrears_raw.append(arrears_floor(db, month, add_months(month, -1)))
        t0 = time.perf_counter()
        rows = status.arrears(db, month, today)
        arrears_app.append(ms(t0))

    print(f"\nlifecycle at {n_workers:,} workers and {n_payments:,} payments, on {today:%d/%m/%Y} "
          f"(median and range of {args.runs} runs)")
    print(f"{'measure (target < 300 ms, <= 3x floor)':<44}{'app':>21}{'raw SQLite floor':>24}{'ratio':>8}")
    print(line(f"status refresh: {lapsed:,} lapse", refresh_app, refresh_raw))
    print(line(f"arrears list: {len(rows):,} workers", arrears_app, arrears_raw))
    print(f"database: {path}")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
