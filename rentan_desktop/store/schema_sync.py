"""Step 3: tables owned by the sync area (present at both roles).

`sync_peers`: the other side's public keys, one row per key (a rotation adds a row and
retires the old one). `status`: pending (received, not yet compared with the printed letter),
trusted, revoked, retired (replaced by a rotation).

`sync_links`: one row per peer site ('disnaker' at an OPD, the OPD code at Disnaker): the
last sequence sent and received, the hash chain, and the acknowledgements both ways
(`in_rev`: the peer's change sequence applied here, sent back as the ack; `acked_rev`: our
change sequence the peer has acknowledged, below which nothing is resent).

`sync_exports` / `sync_imports`: what was written and what was applied (who, when, file
hash, summary). Refused bundles are not recorded here: a refusal changes nothing in the
database (the file goes to the quarantine folder instead).

`sync_conflicts`: a field both sides changed, listed for a person to decide.

`sync_duplicate_flags`: at an OPD, workers whose NIK Disnaker found sponsored in another OPD.
"""

from __future__ import annotations

import sqlite_utils

from rentan_desktop.store.sql import run_statements

SCHEMA = """
CREATE TABLE sync_peers (
    id INTEGER PRIMARY KEY,
    peer TEXT NOT NULL,
    site_uid TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('opd', 'disnaker')),
    name TEXT NOT NULL DEFAULT '',
    key_id TEXT NOT NULL UNIQUE,
    sign_pub TEXT NOT NULL,
    age_recipient TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'trusted', 'revoked', 'retired')),
    source TEXT NOT NULL,
    added_at TEXT NOT NULL,
    trusted_at TEXT,
    trusted_by TEXT,
    revoked_at TEXT,
    revoked_by TEXT,
    revoke_reason TEXT
) STRICT;
CREATE INDEX sync_peers_peer ON sync_peers(peer, status);

CREATE TABLE sync_links (
    peer TEXT PRIMARY KEY,
    provisioned_at TEXT,
    out_seq INTEGER NOT NULL DEFAULT 0,
    out_hash TEXT,
    out_at TEXT,
    in_seq INTEGER NOT NULL DEFAULT 0,
    in_hash TEXT,
    in_at TEXT,
    in_rev INTEGER NOT NULL DEFAULT 0,
    acked_rev INTEGER NOT NULL DEFAULT 0,
    acked_at TEXT
) STRICT;

CREATE TABLE sync_exports (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    operator TEXT NOT NULL,
    peer TEXT NOT NULL,
    kind TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    rev_from INTEGER NOT NULL,
    rev_to INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    counts TEXT NOT NULL
) STRICT;

CREATE TABLE sync_imports (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    operator TEXT NOT NULL,
    peer TEXT NOT NULL,
    kind TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    totals TEXT NOT NULL,
    summary TEXT NOT NULL,
    archived_as TEXT
) STRICT;
CREATE INDEX sync_imports_hash ON sync_imports(file_sha256);

CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY,
    import_id INTEGER REFERENCES sync_imports(id),
    at TEXT NOT NULL,
    peer TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_uid TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    field TEXT NOT NULL,
    local_value TEXT,
    incoming_value TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept_local', 'took_incoming')),
    decided_by TEXT,
    decided_at TEXT
) STRICT;
CREATE INDEX sync_conflicts_status ON sync_conflicts(status);

CREATE TABLE sync_duplicate_flags (
    worker_uid TEXT PRIMARY KEY,
    other_opds TEXT NOT NULL,
    flagged_at TEXT NOT NULL,
    cleared_at TEXT
) STRICT;
"""


def m003_sync(db: sqlite_utils.Database) -> None:
    run_statements(db, SCHEMA)
