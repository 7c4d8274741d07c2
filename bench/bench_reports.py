"""Reports at Disnaker scale: each report's build time beside the raw SQL aggregate it rests on.

60 OPDs, 150,000 sponsors, 200,000 workers and 2,400,000 payments (the payments area's demo
history, topped up with older months by a prepared executemany). Target: every report under
1 s at 12 and 36 months; figures are median [range] of >= 3 runs (bench/common.py).

    .venv/bin/python bench/bench_reports.py [--workers 200000] [--payments 2400000] [--runs 3]
                                            [--data-dir DIR (reuse a built install)]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

from rentan_desktop import i18n, setup_hooks
from rentan_desktop.context import AppContext
from rentan_desktop.domain.months import add_months, current_month, month_range
from rentan_desktop.payments.calendar import due_date
from rentan_desktop.reports.params import ReportParams
from rentan_desktop.reports.registry import REPORTS, build
from rentan_desktop.roster import demo
from rentan_desktop.store.site import initialise

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import load_note, measure, row  # noqa: E402


def make_install(folder: Path, opds: int, sponsors: int, workers: int, payments: int) -> AppContext:
    ctx = AppContext.open(folder)
    if ctx.site is not None:
        return ctx
    ctx.create_install_key("bench", os.environ["RENTAN_PASSPHRASE"])
    t = time.perf_counter()
    initialise(ctx.db, role="disnaker", pemda="Kota Palangka Raya", operator="bench")
    setup_hooks.after_initialise(ctx.db, ctx.data_dir)
    demo.generate(ctx.db, sponsors=sponsors, workers=workers, opds=opds)
    setup_hooks.after_demo(ctx.db, seed=20261123)
    have = ctx.db.execute("SELECT count(*) FROM payments").fetchone()[0]
    top_up(ctx, payments - have)
    print(f"built install: {time.perf_counter() - t:.0f} s, "
          f"{ctx.db.execute('SELECT count(*) FROM payments').fetchone()[0]:,} payments", flush=True)
    return ctx


def top_up(ctx: AppContext, missing: int) -> None:
    """Older history (the months before the demo's first) until the payments table holds enough rows."""
    if missing <= 0:
        return
    db = ctx.db
    rng = random.Random(7)
    first = db.execute("SELECT min(month) FROM payments").fetchone()[0] or current_month()
    workers = db.execute("SELECT id, opd_id, sponsor_id FROM workers WHERE status != 'draft'").fetchall()
    months = month_range(add_months(first, -24), add_months(first, -1))
    rows = []
    for m in reversed(months):
        paid = (due_date(m) - dt.timedelta(days=rng.randint(-3, 8))).isoformat()
        for wid, opd, sponsor in workers:
            rows.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), opd, wid, sponsor, m, 16800, 10000,
                         6800, "tpp", paid, "bench", paid))
            if len(rows) >= missing:
                break
        if len(rows) >= missing:
            break
    indexes = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'payments' "
                         "AND sql IS NOT NULL").fetchall()
    with db.atomic():
        for name, _sql in indexes:
            db.execute(f"DROP INDEX {name}")
        db.conn.executemany(
            "INSERT INTO payments(uid, opd_id, worker_id, sponsor_id, month, amount, jkk, jkm, method, paid_on, "
            "recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        for _name, sql in indexes:
            db.execute(sql)


LIVE = "kind = 'payment' AND reversed_at IS NULL"


def floors(p: ReportParams) -> dict[str, list[tuple[str, list]]]:
    """The raw SQL each report rests on: what SQLite alone needs to produce its figures."""
    period = [p.from_month, p.to_month]
    due = " ".join(f"WHEN '{m}' THEN '{due_date(m).isoformat()}'" for m in month_range(p.from_month, p.to_month))
    paid = (f"SELECT opd_id, month, count(*), sum(amount) FROM payments WHERE month BETWEEN ? AND ? AND {LIVE} "
            "GROUP BY month, opd_id", period)
    punctual = ("SELECT opd_id, month, count(*), sum(amount), sum(substr(paid_on, 1, 10) <= CASE month " + due
                + f" END) FROM payments WHERE month BETWEEN ? AND ? AND {LIVE} GROUP BY month, opd_id", period)
    covered = ("SELECT opd_id, status, start_month, ended_on, paid_through, declared_income, jht, count(*) "
               "FROM workers WHERE status IN ('submitted', 'active', 'ended', 'lapsed') GROUP BY 1, 2, 3, 4, 5, 6, 7",
               [])
    sponsors = ("SELECT s.opd_id, s.position_level, count(*), sum(c.n > 0) FROM sponsors s LEFT JOIN "
                "(SELECT sponsor_id, count(*) AS n FROM workers WHERE status IN ('draft', 'submitted', 'active') "
                "GROUP BY sponsor_id) c ON c.sponsor_id = s.id WHERE s.status = 'active' GROUP BY 1, 2", [])
    distinct = ("SELECT nik FROM workers GROUP BY nik HAVING count(*) > 1", [])
    return {
        "compliance": [sponsors],
        "workers": [("SELECT opd_id, status, occupation, gender, district, village, count(*) FROM workers "
                     "GROUP BY 1, 2, 3, 4, 5, 6", [])],
        "money": [paid, covered],
        "ranking": [sponsors, punctual],
        "coverage": [distinct, sponsors, paid, covered],
        "freshness": [("SELECT o.code, l.in_at, l.in_seq FROM opds o LEFT JOIN sync_links l ON l.peer = o.code", [])],
        "duplicates": [("SELECT nik FROM workers WHERE status != 'ended' GROUP BY nik HAVING count(*) > 1", [])],
        "summary": [distinct, sponsors, paid, covered],
        "paritrana": [distinct, sponsors, punctual, covered],
    }


def main() -> int:
    os.environ.setdefault("RENTAN_PASSPHRASE", "bench passphrase")  # installs are encrypted (issue 14)
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--opds", type=int, default=60)
    ap.add_argument("--sponsors", type=int, default=150_000)
    ap.add_argument("--workers", type=int, default=200_000)
    ap.add_argument("--payments", type=int, default=2_400_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--data-dir", help="reuse (or build into) this folder instead of a temporary one")
    ap.add_argument("--only", help="comma-separated report names (default: every Disnaker report)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="rentan-bench-reports-") as tmp:
        folder = Path(args.data_dir) if args.data_dir else Path(tmp)
        ctx = make_install(folder, args.opds, args.sponsors, args.workers, args.payments)
        db = ctx.db
        i18n.set_language("id")
        n_pay = db.execute("SELECT count(*) FROM payments").fetchone()[0]
        n_w = db.execute("SELECT count(*) FROM workers").fetchone()[0]
        n_o = db.execute("SELECT count(*) FROM opds").fetchone()[0]
        print(f"data: {n_o} OPDs, {n_w:,} workers, {n_pay:,} payments; median [range] of "
              f"{max(args.runs, 3)} runs; {load_note()}")
        month = current_month()
        cases = [("12 months", ReportParams(month=month)),
                 ("36 months", ReportParams(month=month, from_month=add_months(month, -35), to_month=month))]
        # Paid per OPD per month reads the rollup report_paid of schema step m008 (kept by triggers);
        # the floor is the raw SQL over payments and workers the figures rest on.
        only = set(args.only.split(",")) if args.only else set(REPORTS)
        worst = 0.0
        for label, params in cases:
            sql = floors(params.resolved())
            for key in REPORTS:
                if key not in only:
                    continue
                if label != cases[0][0] and key not in ("money", "ranking", "coverage", "summary", "paritrana"):
                    continue
                build(db, key, params)  # warm the page cache, as a user who opens the tab twice
                took = measure(lambda k=key, pr=params: build(db, k, pr), args.runs)
                floor = measure(lambda s=sql[key]: [db.execute(q, a).fetchall() for q, a in s], args.runs)
                worst = max(worst, took.median)
                row(f"{key} ({label})", took, floor, "target < 1 s")
        ctx.close()
    print(f"slowest report (median): {worst:.3f} s; {load_note()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
