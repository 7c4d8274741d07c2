"""Step: workers counted per OPD, status and 'has a sponsor', kept current by triggers.

The roster shows how many workers its list holds before it paints its first rows. Counting
200,000 encrypted rows reads and decrypts a whole index (about 1,000 pages: 35 ms warm, most
of a second on the first start after booting the PC). `worker_counts` holds the same number
in a handful of rows; triggers update it in the transaction of every write to workers
(insert, update of a counted column, delete), so it never disagrees with workers. A filter
the table cannot answer (search text, readiness, one sponsor) still counts in SQL.
Self-contained: no import of live app code.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

_KEY = "opd_id, status, without_sponsor"
_ADD = (f"INSERT INTO worker_counts({_KEY}, workers) VALUES (NEW.opd_id, NEW.status, NEW.sponsor_id IS NULL, 1) "
        f"ON CONFLICT({_KEY}) DO UPDATE SET workers = workers + 1;")
_SUBTRACT = ("UPDATE worker_counts SET workers = workers - 1 WHERE opd_id = OLD.opd_id AND status = OLD.status "
             "AND without_sponsor = (OLD.sponsor_id IS NULL);")
_MOVED = "(OLD.opd_id, OLD.status, OLD.sponsor_id IS NULL) IS NOT (NEW.opd_id, NEW.status, NEW.sponsor_id IS NULL)"

SCHEMA = f"""
CREATE TABLE worker_counts (
    opd_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    without_sponsor INTEGER NOT NULL,
    workers INTEGER NOT NULL,
    PRIMARY KEY ({_KEY})
) WITHOUT ROWID, STRICT;
CREATE TRIGGER worker_counts_insert AFTER INSERT ON workers
BEGIN {_ADD} END;
CREATE TRIGGER worker_counts_delete AFTER DELETE ON workers
BEGIN {_SUBTRACT} END;
CREATE TRIGGER worker_counts_update AFTER UPDATE OF opd_id, status, sponsor_id ON workers WHEN {_MOVED}
BEGIN {_SUBTRACT} {_ADD} END;
"""


def m015_worker_counts(db: sqlite_utils.Database) -> None:
    statement = ""
    for line in SCHEMA.splitlines(keepends=True):  # executescript would commit
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    db.execute(f"INSERT INTO worker_counts({_KEY}, workers) "
               "SELECT opd_id, status, sponsor_id IS NULL, count(*) FROM workers GROUP BY 1, 2, 3")
