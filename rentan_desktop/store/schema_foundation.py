"""Step 1: settings, OPDs, sponsors, workers, the audit trail and the change sequence.

Disnaker owns kpj, submitted_on and the bpjs_* columns of a worker (what the BPJS branch
answered); the OPD owns every other roster field.

Every record has an integer key for fast local joins and a `uid` (UUID) that stays unique
when many OPD databases meet at Disnaker. `rev` is the local change sequence number of the
record's last change (sync exports what has not been acknowledged). Nothing is deleted:
records end with a date and a reason.
"""

from __future__ import annotations

import sqlite_utils

from rentan_desktop.store.sql import run_statements

SCHEMA = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) STRICT;

CREATE TABLE opds (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    head_name TEXT,
    head_nip TEXT,
    contact TEXT,
    address TEXT,
    asn_count INTEGER,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE sponsors (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    opd_id INTEGER NOT NULL REFERENCES opds(id),
    kind TEXT NOT NULL CHECK (kind IN ('pns', 'pppk', 'non_asn', 'apbd', 'csr')),
    nip TEXT,
    name TEXT NOT NULL,
    position TEXT,
    position_level TEXT NOT NULL DEFAULT 'staff'
        CHECK (position_level IN ('head_opd', 'head_division', 'staff')),
    eselon TEXT,
    gender TEXT CHECK (gender IN ('L', 'P')),
    birth_date TEXT,
    phone TEXT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
    ended_on TEXT,
    end_reason TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE UNIQUE INDEX sponsors_opd_nip ON sponsors(opd_id, nip) WHERE nip IS NOT NULL;
CREATE INDEX sponsors_name ON sponsors(name COLLATE NOCASE);
CREATE INDEX sponsors_nip ON sponsors(nip);
CREATE INDEX sponsors_rev ON sponsors(rev);

CREATE TABLE workers (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    opd_id INTEGER NOT NULL REFERENCES opds(id),
    sponsor_id INTEGER REFERENCES sponsors(id),
    relationship TEXT,
    nik TEXT NOT NULL,
    name TEXT NOT NULL,
    birth_place TEXT,
    birth_date TEXT,
    gender TEXT CHECK (gender IN ('L', 'P')),
    mother_name TEXT,
    phone TEXT,
    street TEXT,
    rt TEXT,
    rw TEXT,
    village TEXT,
    district TEXT,
    regency TEXT,
    occupation TEXT,
    work_location TEXT,
    declared_income INTEGER NOT NULL DEFAULT 1000000,
    jht INTEGER NOT NULL DEFAULT 0,
    heir_name TEXT,
    heir_relationship TEXT,
    start_month TEXT,
    kpj TEXT,
    submitted_on TEXT,
    bpjs_status TEXT CHECK (bpjs_status IN ('submitted', 'accepted', 'rejected')),
    bpjs_reason TEXT,
    bpjs_start_date TEXT,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'submitted', 'active', 'lapsed', 'ended')),
    status_changed_on TEXT,
    ended_on TEXT,
    end_reason TEXT,
    age_override_reason TEXT,
    paid_through TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE UNIQUE INDEX workers_opd_nik ON workers(opd_id, nik);
CREATE INDEX workers_nik ON workers(nik);
CREATE INDEX workers_name ON workers(name COLLATE NOCASE);
CREATE INDEX workers_sponsor ON workers(sponsor_id);
CREATE INDEX workers_status ON workers(status);
CREATE INDEX workers_rev ON workers(rev);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    operator TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_uid TEXT NOT NULL,
    action TEXT NOT NULL,
    before TEXT,
    after TEXT,
    note TEXT
) STRICT;
CREATE INDEX audit_record ON audit_log(record_uid, id);
"""


def m001_foundation(db: sqlite_utils.Database) -> None:
    run_statements(db, SCHEMA)
