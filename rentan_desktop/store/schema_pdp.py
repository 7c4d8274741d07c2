"""Step 7 (UU PDP): who exported or printed personal data, and when a worker was pseudonymised.

Self-contained on purpose: a migration step never imports live application code.
"""

from __future__ import annotations

import sqlite_utils

from rentan_desktop.store.sql import run_statements

SCHEMA = """
CREATE TABLE personal_data_access (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    operator TEXT NOT NULL,
    action TEXT NOT NULL,
    subject_table TEXT,
    subject_uid TEXT,
    detail TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX personal_data_access_at ON personal_data_access(at);
ALTER TABLE workers ADD COLUMN pseudonymised_on TEXT;
"""


def m008_personal_data_protection(db: sqlite_utils.Database) -> None:
    run_statements(db, SCHEMA)
