"""A contribution history for demo data, consistent with the membership rules.

Active and submitted workers paid every month of the last `months` (most by payroll
deduction, a few in cash or ahead), some stopped 1 to 3 months ago (arrears, at risk);
lapsed workers stopped paying more than 3 months before their lapse; ended workers paid
until they ended. Rows go in through one prepared executemany with the payment indexes
dropped and rebuilt after the load (200,000 workers x 12 months in well under a minute).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import uuid

import sqlite_utils

from rentan_desktop.domain.months import add_months, current_month, month_range
from rentan_desktop.payments import lifecycle
from rentan_desktop.payments.calendar import due_date
from rentan_desktop.payments.rates import RateBook
from rentan_desktop.store import audit, clock, settings
from rentan_desktop.store.clock import new_uid, now_iso

_INDEXES = {
    "payments_uid": "CREATE UNIQUE INDEX payments_uid ON payments(uid)",
    "payments_worker_month": "CREATE INDEX payments_worker_month ON payments(worker_id, month)",
    "payments_live": "CREATE UNIQUE INDEX payments_live ON payments(worker_id, month) "
                     "WHERE kind = 'payment' AND reversed_at IS NULL",
    "payments_month": "CREATE INDEX payments_month ON payments(month, worker_id, amount) "
                      "WHERE kind = 'payment' AND reversed_at IS NULL",
    "payments_rev": "CREATE INDEX payments_rev ON payments(rev)",
}
_METHOD_OF_KIND = {"pns": "tpp", "pppk": "tpp", "non_asn": "tpp", "apbd": "apbd", "csr": "csr"}


def _uids(n: int) -> list[str]:
    raw = os.urandom(16 * n)
    out = []
    for i in range(n):
        b = bytearray(raw[16 * i:16 * i + 16])
        b[6] = (b[6] & 0x0F) | 0x40
        b[8] = (b[8] & 0x3F) | 0x80
        out.append(str(uuid.UUID(bytes=bytes(b))))
    return out


def generate_payments(db: sqlite_utils.Database, seed: int = 20261123, months: int = 12,
                      today: dt.date | None = None, operator: str = "demo") -> int:
    """Add payment history for workers that have none yet; returns the number of rows."""
    rng = random.Random(seed)
    today = today or clock.today()
    now = current_month(today)
    first_month = add_months(now, -months)
    last_month = add_months(now, -1)
    book = RateBook.load(db)
    stamp = now_iso()
    workers = db.execute(
        "SELECT w.id, w.opd_id, w.sponsor_id, s.kind, w.status, w.start_month, w.ended_on, w.declared_income, w.jht "
        "FROM workers w LEFT JOIN sponsors s ON s.id = w.sponsor_id "
        "WHERE w.status != 'draft' AND w.start_month IS NOT NULL AND w.paid_through IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.worker_id = w.id)").fetchall()
    if not workers:
        return 0
    prices: dict[tuple[int, int, str], tuple[int, int, int, int]] = {}
    batches = {m: new_uid() for m in month_range(first_month, add_months(now, 12))}
    # Paid a few days before the due date, and never in the future (a bundle refuses that).
    paid_on = {m: min(due_date(m) - dt.timedelta(days=rng.randint(3, 10)), clock.today()) for m in batches}
    rows: list[tuple] = []
    paid_through: list[tuple[str, int]] = []
    behind: list[int] = []
    # Demo memberships begin inside the generated history, so no month before it stays unpaid
    # (an unpaid month is never settled: such a worker would have lapsed long ago).
    moved = [(first_month, w[0]) for w in workers if w[5] < first_month and w[4] in ("submitted", "active", "lapsed")]
    db.conn.executemany("UPDATE workers SET start_month = ? WHERE id = ?", moved)
    for wid, opd_id, sponsor_id, kind, status, start, ended_on, income, jht in workers:
        begin = max(start, first_month)
        end = last_month
        roll = rng.random()
        if status == "ended":
            end = min(end, (ended_on or last_month)[:7])
        elif status == "lapsed":
            # Last paid month at least 5 months back: the 4th unpaid month has passed its due date.
            end = add_months(now, -rng.randint(5, 9))
        elif roll < 0.06:
            end = add_months(last_month, -rng.randint(1, 3))     # behind or at risk
        elif roll < 0.10:
            end = add_months(now, rng.choice((2, 5, 11)))           # prepaid in cash
        if begin > end or end < last_month or begin != start:
            behind.append(wid)   # may have lapsed: the lifecycle dates it below
        if begin > end:
            continue
        method = _METHOD_OF_KIND.get(kind or "", "cash")
        prepaid = end > last_month
        for m in month_range(begin, end):
            key = (income, jht, m)
            if key not in prices:
                a = book.amount(income, bool(jht), m)
                prices[key] = (a.total, a.jkk, a.jkm, a.jht)
            a = prices[key]
            if prepaid and m >= now:
                rows.append((opd_id, wid, sponsor_id, m, *a, "cash", f"KW-{wid}", paid_on[now].isoformat(), None))
            else:
                rows.append((opd_id, wid, sponsor_id, m, *a, method, f"TPP-{m}" if method == "tpp" else None,
                             paid_on[m].isoformat(), batches[m]))
        paid_through.append((end, wid))
    uids = _uids(len(rows))
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute("PRAGMA cache_size = -262144")  # 256 MiB for the load: about 2x faster (performance.md)
    try:
        _load(db, rows, uids, paid_through, behind, operator, stamp, today)
    finally:
        db.execute(f"PRAGMA cache_size = {int(cache)}")
    return len(rows)


def _load(db: sqlite_utils.Database, rows: list[tuple], uids: list[str], paid_through: list[tuple[str, int]],
          behind: list[int], operator: str, stamp: str, today: dt.date) -> None:
    with db.atomic():
        rev = audit.next_rev(db)
        for name in _INDEXES:
            db.execute(f"DROP INDEX IF EXISTS {name}")
        db.conn.executemany(
            "INSERT INTO payments(uid, opd_id, worker_id, sponsor_id, month, amount, jkk, jkm, jht, method, reference, "
            "paid_on, batch, kind, recorded_by, recorded_at, rev) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,'payment',?,?,?)",
            [(uid, *row, operator, stamp, rev) for uid, row in zip(uids, rows, strict=True)])
        for sql in _INDEXES.values():
            db.execute(sql)
        # Each history is one unbroken run from the start month: it ends at `end`. Workers behind
        # get status and paid_through from the lifecycle (lapses dated as they happened).
        db.conn.executemany("UPDATE workers SET paid_through = ? WHERE id = ?", paid_through)
        lifecycle.refresh_workers(db, behind, today=today, operator=operator, cause="demo")
        audit.record(db, operator=operator, table="install", uid=settings.get(db, "site_uid", ""),
                     action="demo", note=f"demo payments: {len(rows)} rows")
