"""Step: covering indexes so the reports and the arrears list read indexes, never worker rows.

At 200,000 workers in an encrypted file, every worker row a query visits costs a page
decryption; the reports visited 40,000 (arrears) to 200,000 (current workers per sponsor, NIKs
held twice, current workers per OPD) of them on every build. These indexes carry the columns
those queries read, so each becomes an index-only scan (EXPLAIN QUERY PLAN: COVERING INDEX).
Each replaces a narrower index with the same leading columns (every query that used the old
one keeps its prefix), so writes pay for no extra index:
- `workers_owing` (replaces workers_lifecycle): status, paid_through, start_month, then what the
  arrears rule reads (payments/status.py) and the OPD of current-worker counts;
- `workers_sponsor_status` (replaces workers_sponsor): current workers per sponsor;
- `workers_nik_status` (replaces workers_nik): NIKs held by more than one active record;
- `sponsors_active` (new; 150,000 sponsors): the active sponsors' OPD, level and NIP;
- `workers_opd_status_created` and `workers_profile` (the workers report's counts per OPD and
  status and its occupation, gender, age and place counts), paid for by dropping
  `workers_status`, whose one column leads workers_coverage and workers_owing already.
Self-contained: no import of live app code.
"""

from __future__ import annotations

import sqlite_utils

STEPS = (
    "DROP INDEX IF EXISTS workers_lifecycle",
    "CREATE INDEX IF NOT EXISTS workers_owing ON workers(status, paid_through, start_month, opd_id, ended_on, "
    "declared_income, jht, submitted_on)",
    "DROP INDEX IF EXISTS workers_sponsor",
    "CREATE INDEX IF NOT EXISTS workers_sponsor_status ON workers(sponsor_id, status)",
    "DROP INDEX IF EXISTS workers_nik",
    "CREATE INDEX IF NOT EXISTS workers_nik_status ON workers(nik, status, opd_id)",
    "CREATE INDEX IF NOT EXISTS sponsors_active ON sponsors(status, opd_id, position_level, nip)",
    "DROP INDEX IF EXISTS workers_status",
    "CREATE INDEX IF NOT EXISTS workers_opd_status_created ON workers(opd_id, status, created_at)",
    "CREATE INDEX IF NOT EXISTS workers_profile ON workers(status, occupation, gender, birth_date, district, "
    "village)",
)


def m013_report_covering_indexes(db: sqlite_utils.Database) -> None:
    for sql in STEPS:
        db.execute(sql)
