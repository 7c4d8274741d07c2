"""Step: covered workers counted per report group key, kept current by triggers.

`report_worker_groups`: covered workers (submitted, active, ended, lapsed, with a start month)
counted per report group key (OPD, status, start month, month ended, paid through, declared
income, JHT, date lapsed); 200,000 workers fold into a few thousand rows, where the reports
used to read every worker row into Python. A NULL in the key is stored as '' (a key column
cannot be NULL); the reports read it back with NULLIF. Triggers update it in the transaction
of every write to workers (insert, update of a key column, delete), so it never disagrees
with workers. On PostgreSQL (the province hub) the same name can be a view grouping workers
the same way. Self-contained: no import of live app code.

(A per-OPD/month/day rollup of payments kept by an upsert trigger on payments was tried and
left out: inside the bulk month's transaction it made the payment inserts 40-100x slower.)
"""

from __future__ import annotations

import sqlite3

import sqlite_utils


def _group_key(row: str) -> str:
    return (f"{row}.opd_id, {row}.status, {row}.start_month, "
            f"CASE WHEN {row}.status IN ('ended', 'lapsed') THEN coalesce(substr({row}.ended_on, 1, 7), '') ELSE '' END, "
            f"coalesce({row}.paid_through, ''), {row}.declared_income, {row}.jht, "
            f"CASE WHEN {row}.status = 'lapsed' THEN coalesce({row}.status_changed_on, '') ELSE '' END")


_GROUP_COLUMNS = "opd_id, status, start_month, ended_month, paid_through, declared_income, jht, lapsed_on"
_GROUP_UPDATE_OF = "opd_id, status, start_month, ended_on, paid_through, declared_income, jht, status_changed_on"
_COVERED_NEW = "NEW.status IN ('submitted', 'active', 'ended', 'lapsed') AND NEW.start_month IS NOT NULL"
_COVERED_OLD = "OLD.status IN ('submitted', 'active', 'ended', 'lapsed') AND OLD.start_month IS NOT NULL"
_GROUP_ADD = (f"INSERT INTO report_worker_groups({_GROUP_COLUMNS}, workers) VALUES ({_group_key('NEW')}, 1) "
              f"ON CONFLICT({_GROUP_COLUMNS}) DO UPDATE SET workers = workers + 1;")
_GROUP_SUBTRACT = (f"UPDATE report_worker_groups SET workers = workers - 1 WHERE ({_GROUP_COLUMNS}) = "
                   f"({_group_key('OLD')});")

GROUP_SCHEMA = f"""
CREATE TABLE report_worker_groups (
    opd_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    start_month TEXT NOT NULL,
    ended_month TEXT NOT NULL,
    paid_through TEXT NOT NULL,
    declared_income INTEGER NOT NULL,
    jht INTEGER NOT NULL,
    lapsed_on TEXT NOT NULL,
    workers INTEGER NOT NULL,
    PRIMARY KEY ({_GROUP_COLUMNS})
) WITHOUT ROWID, STRICT;
CREATE TRIGGER report_worker_groups_insert AFTER INSERT ON workers WHEN {_COVERED_NEW}
BEGIN {_GROUP_ADD} END;
CREATE TRIGGER report_worker_groups_delete AFTER DELETE ON workers WHEN {_COVERED_OLD}
BEGIN {_GROUP_SUBTRACT} END;
CREATE TRIGGER report_worker_groups_update_old AFTER UPDATE OF {_GROUP_UPDATE_OF} ON workers WHEN {_COVERED_OLD}
BEGIN {_GROUP_SUBTRACT} END;
CREATE TRIGGER report_worker_groups_update_new AFTER UPDATE OF {_GROUP_UPDATE_OF} ON workers WHEN {_COVERED_NEW}
BEGIN {_GROUP_ADD} END;
"""


def m010_report_rollups(db: sqlite_utils.Database) -> None:
    statement = ""
    for line in GROUP_SCHEMA.splitlines(keepends=True):  # executescript would commit
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    db.execute(f"INSERT INTO report_worker_groups({_GROUP_COLUMNS}, workers) "
               f"SELECT {_group_key('workers')}, count(*) FROM workers WHERE "
               f"{_COVERED_NEW.replace('NEW.', 'workers.')} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8")
