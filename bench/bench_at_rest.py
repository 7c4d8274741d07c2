"""Plain SQLite beside SQLCipher on the same data: roster search, a payment month, report queries.

    .venv/bin/python bench/bench_at_rest.py [--workers 30000] [--sponsors 12000] [--runs 5] [--data-dir DIR]

Builds one OPD install (encrypted, as every install is since issue 14) with `rentan init` and
`rentan demo` plus a year of payments, writes a plain copy of it (sqlcipher_export), then runs
the same work on both in one run, with the app's connection settings (64 MB page cache):
- roster: the keystroke-to-rows SQL of bench_roster for 22 searches (median per keystroke);
- payments: `service.record_month` for a whole month (rolled back);
- reports: the aggregates the Disnaker reports rest on (bench_reports' floors, together).
Each is printed cold (the first run on a fresh connection: every page read is decrypted) and
warm (the median of the next runs on that connection, as the app's long-lived connections are).
Target: encrypted at most 1.3x plain. Smaller than the 200k benches so it can run on a loaded machine.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RENTAN_PASSPHRASE", "bench passphrase")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_roster import SEARCHES, raw_query  # noqa: E402
from sqlcipher3 import dbapi2 as sqlcipher  # noqa: E402

from rentan_desktop.cli import main as rentan  # noqa: E402
from rentan_desktop.context import AppContext  # noqa: E402
from rentan_desktop.domain.months import add_months, current_month  # noqa: E402
from rentan_desktop.payments import service  # noqa: E402
from rentan_desktop.roster import queries  # noqa: E402
from rentan_desktop.store import cipher  # noqa: E402
from rentan_desktop.store import db as store_db  # noqa: E402

TARGET = 1.3
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
        ctx.db.execute("UPDATE workers SET status = 'active', start_month = ?, ended_on = NULL, end_reason = NULL, "
                       "paid_through = NULL, sponsor_id = 1 + id % ?", [start, n_sponsors])
        generate_payments(ctx.db, seed=7, months=12)
        ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        ctx.close()
        print(f"built install: {sponsors:,} sponsors, {workers:,} workers in {time.perf_counter() - t:.0f} s")
    ctx = AppContext.open(folder)
    key = ctx.db_key()
    ctx.close()
    return key


def plain_copy(encrypted: Path, key: str, target: Path) -> None:
    target.unlink(missing_ok=True)
    conn = sqlcipher.connect(str(encrypted))
    cipher.apply_key(conn, key)
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", [str(target)])
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()


def _open(path: Path, key: str | None):
    """A connection configured as the app's (WAL, 64 MB cache...), without migrating."""
    return store_db.connect(path, key=key, migrate=False).conn


def roster(path: Path, key: str | None, runs: int) -> tuple[float, float]:
    """(cold, warm) median ms per keystroke over the searches: cold on a fresh connection per search."""
    cold, warm = [], []
    for text in SEARCHES:
        conn = _open(path, key)
        flt = queries.WorkerFilter(search=text)
        cold.append(raw_query(conn, flt))
        warm += [raw_query(conn, flt) for _ in range(runs)]
        conn.close()
    return statistics.median(cold), statistics.median(warm)


def payments(path: Path, key: str | None, runs: int) -> tuple[float, float, int]:
    """(cold, warm) ms to record a whole month (rolled back): cold = first run on a fresh connection."""
    month, cold, warm, count = current_month(), [], [], 0
    for _ in range(max(1, runs // 2)):
        db = store_db.connect(path, key=key, migrate=False)
        for i in range(3):
            db.execute("BEGIN")
            t = time.perf_counter()
            count = service.record_month(db, "Bench", month, "tpp").count
            (cold if i == 0 else warm).append((time.perf_counter() - t) * 1000)
            db.execute("ROLLBACK")
        db.close()
    return statistics.median(cold), statistics.median(warm), count


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


def reports(path: Path, key: str | None, runs: int) -> tuple[float, float]:
    """(cold, warm) ms for the five aggregates together: cold = first run on a fresh connection."""
    period = [add_months(current_month(), -11), current_month()]
    cold, warm = [], []
    for _ in range(runs):
        conn = _open(path, key)
        for i in range(2):
            t = time.perf_counter()
            for statement, params in REPORT_SQL:
                conn.execute(statement, period if params else []).fetchall()
            (cold if i == 0 else warm).append((time.perf_counter() - t) * 1000)
        conn.close()
    return statistics.median(cold), statistics.median(warm)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=30_000)
    parser.add_argument("--sponsors", type=int, default=12_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", help="reuse or build the install here (default: a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rentan-bench-at-rest-") as tmp:
        folder = Path(args.data_dir) if args.data_dir else Path(tmp) / "opd"
        key = build(folder, args.sponsors, args.workers)
        encrypted = folder / "rentan.sqlite3"
        plain = Path(tmp) / "plain.sqlite3"
        plain_copy(encrypted, key, plain)
        assert cipher.is_plain(plain) and not cipher.is_plain(encrypted)
        conn = cipher.open_connection(encrypted, key)
        n_workers, n_payments = (conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("workers", "payments"))
        conn.close()
        print(f"data: {n_workers:,} workers, {n_payments:,} payments; {encrypted.stat().st_size / 1e6:.0f} MB; "
              f"plain: SQLite {sqlite3.sqlite_version} (standard library, as 0.1); encrypted: SQLCipher "
              f"{sqlcipher.connect(':memory:').execute('PRAGMA cipher_version').fetchone()[0]} "
              f"(SQLite {sqlcipher.sqlite_version}); "
              f"medians over {args.runs} fresh connections")
        rows = []
        (rc_p, rw_p), (rc_e, rw_e) = roster(plain, None, args.runs), roster(encrypted, key, args.runs)
        rows += [("roster keystroke, cold connection", rc_p, rc_e, ""),
                 ("roster keystroke, warm", rw_p, rw_e, "")]
        (pc_p, pw_p, count), (pc_e, pw_e, _) = payments(plain, None, args.runs), payments(encrypted, key, args.runs)
        rows += [("record a month, cold connection", pc_p, pc_e, f"{count:,} contributions"),
                 ("record a month, warm", pw_p, pw_e, "")]
        (qc_p, qw_p), (qc_e, qw_e) = reports(plain, None, args.runs), reports(encrypted, key, args.runs)
        rows += [("report aggregates, cold connection", qc_p, qc_e, ""),
                 ("report aggregates, warm", qw_p, qw_e, "")]
        print(f"{'':38} {'plain':>10} {'encrypted':>12} {'ratio':>7}  target <= {TARGET}x")
        worst = 0.0
        for name, a, b, note in rows:
            ratio = b / a if a else float("inf")
            worst = max(worst, ratio)
            print(f"{name:38} {a:8.1f} ms {b:8.1f} ms {ratio:6.2f}x  {'ok' if ratio <= TARGET else 'OVER'} {note}")
        return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
