"""Step 4: tables owned by the disnaker area (present at both roles).

`duplicate_decisions` holds one row per worker of a decided duplicate case (same NIK in two
or more OPDs): which sponsorship stands, which is withdrawn, the note. Rows name workers by
their global uid, so the decision means the same thing in the OPD database that receives it
in a return bundle. A later decision on the same NIK supersedes the earlier rows; nothing is
deleted.

`bpjs_confirmations` keeps what the BPJS branch confirmed having received for a month (one
row per line of its file), so a reconciliation can be shown again later.
"""

from __future__ import annotations

import sqlite_utils

from rentan_desktop.store.sql import run_statements

SCHEMA = """
CREATE TABLE duplicate_decisions (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    case_uid TEXT NOT NULL,
    nik TEXT NOT NULL,
    worker_uid TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('stands', 'withdraw', 'correct_nik')),
    kept_worker_uid TEXT,
    kept_opd TEXT,
    note TEXT,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    superseded INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX duplicate_decisions_nik ON duplicate_decisions(nik, superseded);
CREATE INDEX duplicate_decisions_worker ON duplicate_decisions(worker_uid, superseded);
CREATE INDEX duplicate_decisions_rev ON duplicate_decisions(rev);

CREATE TABLE bpjs_confirmations (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    month TEXT NOT NULL,
    batch TEXT NOT NULL,
    kpj TEXT,
    nik TEXT,
    name TEXT,
    amount INTEGER NOT NULL,
    source_file TEXT NOT NULL,
    source_row INTEGER NOT NULL,
    imported_by TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    superseded INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX bpjs_confirmations_month ON bpjs_confirmations(month, superseded);
"""


def m004_disnaker(db: sqlite_utils.Database) -> None:
    run_statements(db, SCHEMA)
