"""Step: what the Disnaker reports sum, rolled up and kept current by triggers.

- `report_paid`: live payments per (OPD, month covered, day paid). The reports sum paid months
  per OPD and month (and count those paid by the due date); over 2.4 million payments that
  read ~1 s even from a covering index; the rollup is a few tens of thousands of rows.
- `report_worker_groups`: covered workers (submitted, active, ended, lapsed, with a start
  month) counted per report group key (OPD, status, start month, month ended, paid through,
  declared income, JHT, date lapsed); 200,000 workers fold into a few thousand rows. A NULL
  in the key is stored as '' (a key column cannot be NULL); the reports read it back NULLIF.
Triggers update both in the transaction of every write (insert, update, delete), so they can
never disagree with payments and workers. On PostgreSQL (the province hub) the same names can
be views grouping the base tables the same way. Self-contained: no import of live app code.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

_LIVE_NEW = "NEW.kind = 'payment' AND NEW.reversed_at IS NULL"
_LIVE_OLD = "OLD.kind = 'payment' AND OLD.reversed_at IS NULL"
_ADD = ("INSERT INTO report_paid(opd_id, month, paid_day, payments, amount) "
        "VALUES (NEW.opd_id, NEW.month, substr(NEW.paid_on, 1, 10), 1, NEW.amount) "
        "ON CONFLICT(opd_id, month, paid_day) DO UPDATE SET payments = payments + 1, "
        "amount = amount + excluded.amount;")
_SUBTRACT = ("UPDATE report_paid SET payments = payments - 1, amount = amount - OLD.amount "
             "WHERE opd_id = OLD.opd_id AND month = OLD.month AND paid_day = substr(OLD.paid_on, 1, 10);")

SCHEMA = f"""
CREATE TABLE report_paid (
    opd_id INTEGER NOT NULL,
    month TEXT NOT NULL,
    paid_day TEXT NOT NULL,
    payments INTEGER NOT NULL,
    amount INTEGER NOT NULL,
    PRIMARY KEY (opd_id, month, paid_day)
) WITHOUT ROWID, STRICT;
CREATE INDEX report_paid_month ON report_paid(month, opd_id, paid_day, payments, amount);
CREATE TRIGGER report_paid_insert AFTER INSERT ON payments WHEN {_LIVE_NEW}
BEGIN {_ADD} END;
CREATE TRIGGER report_paid_delete AFTER DELETE ON payments WHEN {_LIVE_OLD}
BEGIN {_SUBTRACT} END;
CREATE TRIGGER report_paid_update_old AFTER UPDATE OF kind, reversed_at, opd_id, month, paid_on, amount
ON payments WHEN {_LIVE_OLD}
BEGIN {_SUBTRACT} END;
CREATE TRIGGER report_paid_update_new AFTER UPDATE OF kind, reversed_at, opd_id, month, paid_on, amount
ON payments WHEN {_LIVE_NEW}
BEGIN {_ADD} END;
"""


def _group_key(row: str) -> str:
    return (f"{row}.opd_id, {row}.status, {row}.start_month, "
            f"CASE WHEN {row}.status = 'ended' THEN coalesce(substr({row}.ended_on, 1, 7), '') ELSE '' END, "
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


def m008_report_rollups(db: sqlite_utils.Database) -> None:
    statement = ""
    for line in (SCHEMA + GROUP_SCHEMA).splitlines(keepends=True):  # executescript would commit
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    db.execute(f"INSERT INTO report_worker_groups({_GROUP_COLUMNS}, workers) "
               f"SELECT {_group_key('workers')}, count(*) FROM workers WHERE "
               f"{_COVERED_NEW.replace('NEW.', 'workers.')} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8")
    db.execute("INSERT INTO report_paid(opd_id, month, paid_day, payments, amount) "
               "SELECT opd_id, month, substr(paid_on, 1, 10), count(*), sum(amount) FROM payments "
               "WHERE kind = 'payment' AND reversed_at IS NULL GROUP BY 1, 2, 3")
