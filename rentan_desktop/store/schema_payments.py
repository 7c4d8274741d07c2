"""Step 2: contribution rate tables (effective-dated data) and payments (append-only).

A payment row covers one worker and one month. Money is never edited in place: a mistake
is corrected by a `reversal` row (negative amounts, `reverses_id` -> the original) and the
original gets `reversed_at` stamped, which takes it out of the partial unique index
`payments_live`. That index lets at most one live payment exist per worker and month, so a
bulk month run twice cannot pay twice, whatever the caller does.

Every index of `payments` is a named index (uid too), so a bulk demo load may drop and rebuild
them (payments/demo.py). `payments_month` covers a month's totals without touching the table;
`workers_coverage` covers "who is due this month / who is behind" (coverage.py) so those
questions read a narrow index instead of the wide workers table. The default BPU rate table is seed data inserted here (payments/rates.py holds the values).
"""

from __future__ import annotations

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


def m002_payments(db: sqlite_utils.Database) -> None:
    run_statements(db, SCHEMA)
    from rentan_desktop.payments.rates import insert_default_table

    insert_default_table(db)
