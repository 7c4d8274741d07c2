"""Step 2: contribution rate tables (effective-dated data) and payments (append-only).

A payment row covers one worker and one month. Money is never edited in place: a mistake
is corrected by a `reversal` row (negative amounts, `reverses_id` -> the original) and the
original gets `reversed_at` stamped, which takes it out of the partial unique index
`payments_live`. That index lets at most one live payment exist per worker and month, so a
bulk month run twice cannot pay twice, whatever the caller does.

Every index of `payments` is a named index (uid too), so a bulk demo load may drop and rebuild
them (payments/demo.py). `payments_month` covers a month's totals without touching the table;
`workers_coverage` covers "who is due this month / who is behind" (coverage.py) so those
questions read a narrow index instead of the wide workers table. The default BPU rate table is
seed data inserted here, frozen as it was at 0.1.0: payments/rates.py may change, this step may not.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlite_utils

from rentan_desktop.store.sql import run_statements

SCHEMA = """
CREATE TABLE rate_tables (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    effective_from TEXT NOT NULL UNIQUE,
    jkm_flat INTEGER NOT NULL CHECK (jkm_flat >= 0),
    jkk_permille INTEGER NOT NULL CHECK (jkk_permille >= 0),
    jht_permille INTEGER NOT NULL CHECK (jht_permille >= 0),
    note TEXT,
    created_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE rate_brackets (
    id INTEGER PRIMARY KEY,
    rate_table_id INTEGER NOT NULL REFERENCES rate_tables(id),
    income_from INTEGER NOT NULL,
    income_to INTEGER,
    base_income INTEGER NOT NULL CHECK (base_income > 0)
) STRICT;
CREATE UNIQUE INDEX rate_brackets_table ON rate_brackets(rate_table_id, income_from);

CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL,
    opd_id INTEGER NOT NULL REFERENCES opds(id),
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    sponsor_id INTEGER REFERENCES sponsors(id),
    month TEXT NOT NULL,
    amount INTEGER NOT NULL,
    jkk INTEGER NOT NULL,
    jkm INTEGER NOT NULL,
    jht INTEGER NOT NULL DEFAULT 0,
    method TEXT NOT NULL CHECK (method IN ('tpp', 'cash', 'transfer', 'apbd', 'csr')),
    reference TEXT,
    paid_on TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'payment' CHECK (kind IN ('payment', 'reversal')),
    reverses_id INTEGER REFERENCES payments(id),
    reason TEXT,
    reversed_at TEXT,
    batch TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 0,
    CHECK ((kind = 'payment' AND amount > 0 AND reverses_id IS NULL)
        OR (kind = 'reversal' AND amount < 0 AND reverses_id IS NOT NULL AND reason IS NOT NULL))
) STRICT;
CREATE UNIQUE INDEX payments_uid ON payments(uid);
CREATE INDEX payments_worker_month ON payments(worker_id, month);
CREATE UNIQUE INDEX payments_live ON payments(worker_id, month)
    WHERE kind = 'payment' AND reversed_at IS NULL;
CREATE INDEX payments_month ON payments(month, worker_id, amount)
    WHERE kind = 'payment' AND reversed_at IS NULL;
CREATE INDEX payments_rev ON payments(rev);
CREATE INDEX workers_coverage ON workers(status, start_month, paid_through, ended_on, declared_income, jht,
    sponsor_id);
"""


# PP 44/2015 rates for BPU: JKK 1%, JKM Rp6,800, JHT 2% (optional); in force since July 2015.
# Brackets (income from, income to, base income): bases step Rp200,000 to Rp2.6M, then Rp500,000,
# then Rp1,000,000; each reaches up to its base + Rp99,000. The upper part and the highest base
# (Rp20.7M) are unconfirmed figures from the domain brief: data that Disnaker edits.
SEED_TABLE = {"effective_from": "2015-07", "jkk_permille": 10, "jkm_flat": 6_800, "jht_permille": 20,
              "note": "BPU (PP 44/2015); upper brackets unconfirmed"}
SEED_BRACKETS = [
    (0, 1099000, 1000000), (1099001, 1299000, 1200000), (1299001, 1499000, 1400000),
    (1499001, 1699000, 1600000), (1699001, 1899000, 1800000), (1899001, 2099000, 2000000),
    (2099001, 2299000, 2200000), (2299001, 2499000, 2400000), (2499001, 2699000, 2600000),
    (2699001, 3199000, 3100000), (3199001, 3699000, 3600000), (3699001, 4199000, 4100000),
    (4199001, 4699000, 4600000), (4699001, 5199000, 5100000), (5199001, 5699000, 5600000),
    (5699001, 6199000, 6100000), (6199001, 6699000, 6600000), (6699001, 7199000, 7100000),
    (7199001, 7699000, 7600000), (7699001, 8199000, 8100000), (8199001, 8699000, 8600000),
    (8699001, 9199000, 9100000), (9199001, 9699000, 9600000), (9699001, 10799000, 10700000),
    (10799001, 11799000, 11700000), (11799001, 12799000, 12700000), (12799001, 13799000, 13700000),
    (13799001, 14799000, 14700000), (14799001, 15799000, 15700000), (15799001, 16799000, 16700000),
    (16799001, 17799000, 17700000), (17799001, 18799000, 18700000), (18799001, 19799000, 19700000),
    (19799001, None, 20700000),
]


def m002_payments(db: sqlite_utils.Database) -> None:
    run_statements(db, SCHEMA)
    t = SEED_TABLE
    uid = str(uuid.uuid4())
    stamp = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
    db.execute(
        "INSERT INTO rate_tables(uid, effective_from, jkm_flat, jkk_permille, jht_permille, note, created_at, rev) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
        [uid, t["effective_from"], t["jkm_flat"], t["jkk_permille"], t["jht_permille"], t["note"], stamp])
    table_id = db.execute("SELECT id FROM rate_tables WHERE uid = ?", [uid]).fetchone()[0]
    db.conn.executemany(
        "INSERT INTO rate_brackets(rate_table_id, income_from, income_to, base_income) VALUES (?, ?, ?, ?)",
        [(table_id, lo, hi, base) for lo, hi, base in SEED_BRACKETS])
