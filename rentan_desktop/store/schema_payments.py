"""Step 2: contribution rate tables (effective-dated data) and payments (append-only)."""

from __future__ import annotations

import sqlite_utils

from rentan_desktop.store.sql import run_statements

SCHEMA = """
CREATE TABLE rate_tables (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    effective_from TEXT NOT NULL UNIQUE,
    jkm_flat INTEGER NOT NULL,
    jkk_permille INTEGER NOT NULL,
    jht_permille INTEGER NOT NULL,
    note TEXT,
    created_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE rate_brackets (
    id INTEGER PRIMARY KEY,
    rate_table_id INTEGER NOT NULL REFERENCES rate_tables(id),
    income_from INTEGER NOT NULL,
    income_to INTEGER,
    base_income INTEGER NOT NULL
) STRICT;
CREATE INDEX rate_brackets_table ON rate_brackets(rate_table_id, income_from);

CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    opd_id INTEGER NOT NULL REFERENCES opds(id),
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    sponsor_id INTEGER REFERENCES sponsors(id),
    month TEXT NOT NULL,
    amount INTEGER NOT NULL,
    jkk INTEGER NOT NULL,
    jkm INTEGER NOT NULL,
    jht INTEGER NOT NULL DEFAULT 0,
    method TEXT NOT NULL,
    reference TEXT,
    paid_on TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'payment' CHECK (kind IN ('payment', 'reversal')),
    reverses_id INTEGER REFERENCES payments(id),
    reason TEXT,
    batch TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX payments_worker_month ON payments(worker_id, month);
CREATE INDEX payments_month ON payments(month);
CREATE INDEX payments_rev ON payments(rev);
"""


def m002_payments(db: sqlite_utils.Database) -> None:
    run_statements(db, SCHEMA)
