"""Step: live payments per (month, OPD, day paid), with the keys a write has touched marked dirty.

`report_paid_days` holds, per month covered, OPD and day paid, the number and amount of live
payments (kind 'payment', not reversed): 2.4 million payments fold into some ten thousand
rows, which the reports read instead of every payment (the day paid answers punctuality).
It is NOT kept by an upsert per payment (tried: 40-100x slower bulk months). Instead every
write to payments (insert, update, delete; any path: GUI, CLI, bundle, bulk month) marks its
(month, OPD) key in `report_paid_dirty` with a cheap INSERT OR IGNORE in the same
transaction. A report takes the clean keys from the rollup and recomputes the dirty keys from
the covering index `payments_live_month_opd` (reports.common.paid_by_opd_month), so the figure
is right without anyone running a refresh; when it can write, it folds the dirty keys back
into the rollup (reports.paid_rollup). On PostgreSQL (the province hub) the same two names
are views (hub step h004). Self-contained: no import of live app code.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

_MARK_NEW = "INSERT OR IGNORE INTO report_paid_dirty(month, opd_id) VALUES (NEW.month, NEW.opd_id);"
_MARK_OLD = "INSERT OR IGNORE INTO report_paid_dirty(month, opd_id) VALUES (OLD.month, OLD.opd_id);"

SCHEMA = f"""
CREATE TABLE report_paid_days (
    month TEXT NOT NULL,
    opd_id INTEGER NOT NULL,
    paid_day TEXT NOT NULL,
    payments INTEGER NOT NULL,
    amount INTEGER NOT NULL,
    PRIMARY KEY (month, opd_id, paid_day)
) WITHOUT ROWID, STRICT;
CREATE TABLE report_paid_dirty (
    month TEXT NOT NULL,
    opd_id INTEGER NOT NULL,
    PRIMARY KEY (month, opd_id)
) WITHOUT ROWID, STRICT;
CREATE TRIGGER report_paid_dirty_insert AFTER INSERT ON payments WHEN NEW.kind = 'payment'
BEGIN {_MARK_NEW} END;
CREATE TRIGGER report_paid_dirty_update AFTER UPDATE OF month, opd_id, amount, paid_on, kind, reversed_at ON payments
BEGIN {_MARK_OLD} {_MARK_NEW} END;
CREATE TRIGGER report_paid_dirty_delete AFTER DELETE ON payments
BEGIN {_MARK_OLD} END;
"""


def m011_report_paid_rollup(db: sqlite_utils.Database) -> None:
    statement = ""
    for line in SCHEMA.splitlines(keepends=True):  # executescript would commit
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    db.execute("INSERT INTO report_paid_days(month, opd_id, paid_day, payments, amount) "
               "SELECT month, opd_id, substr(paid_on, 1, 10), count(*), sum(amount) FROM payments "
               "WHERE kind = 'payment' AND reversed_at IS NULL GROUP BY 1, 2, 3")
