"""Live payments per (month, OPD, day paid): the rollup of schema step m011 and its dirty keys.

Every write to payments marks its (month, OPD) key dirty (a trigger, in the writer's
transaction). `DAYS_SQL` reads the clean keys from `report_paid_days` and recomputes the dirty
ones from the covering index `payments_live_month_opd`, so the figures are right on every path
without a refresh. `fold` writes the dirty keys back into the rollup when it can do so at once
(SQLite only, never waiting for another writer): the next report reads them from the rollup.
"""

from __future__ import annotations

import sqlite_utils

from rentan_desktop.store.fold import fold_now

_LIVE_P = "p.kind = 'payment' AND p.reversed_at IS NULL"
# CROSS JOIN: SQLite keeps the (few) dirty keys as the outer loop and enters the covering index at each
# key, never walking every payment of the period; PostgreSQL reads it as the plain join it is.
_RECOMPUTE = ("SELECT p.month, p.opd_id, substr(p.paid_on, 1, 10), count(*), sum(p.amount) "
              "FROM report_paid_dirty d CROSS JOIN payments p WHERE p.month = d.month AND p.opd_id = d.opd_id AND "
              f"{_LIVE_P}")


def days_sql(scoped: bool) -> str:
    """(month, opd_id, paid_day, payments, amount) rows of months ? to ? (twice: rollup, then dirty),
    one OPD (a third and fourth ?) when `scoped`. Plain SQL: PostgreSQL runs it on the hub's views."""
    scope_r = " AND r.opd_id = ?" if scoped else ""
    scope_d = " AND d.opd_id = ?" if scoped else ""
    return (
        "SELECT r.month, r.opd_id, r.paid_day, r.payments, r.amount FROM report_paid_days r "
        f"WHERE r.month BETWEEN ? AND ?{scope_r} AND NOT EXISTS (SELECT 1 FROM report_paid_dirty d "
        "WHERE d.month = r.month AND d.opd_id = r.opd_id) "
        f"UNION ALL {_RECOMPUTE} AND d.month BETWEEN ? AND ?{scope_d} "
        "GROUP BY p.month, p.opd_id, substr(p.paid_on, 1, 10)")


def days_args(first: str, last: str, opd_id: int | None) -> list:
    scope = [] if opd_id is None else [opd_id]
    return [first, last, *scope, first, last, *scope]


def fold(db: sqlite_utils.Database) -> bool:
    """Recompute the dirty keys into the rollup; False when there was nothing to do or it could not
    write now (another writer busy, a read-only connection, the hub): the figures are right anyway."""
    return fold_now(db, "SELECT 1 FROM report_paid_dirty LIMIT 1", (
        "DELETE FROM report_paid_days WHERE (month, opd_id) IN (SELECT month, opd_id FROM report_paid_dirty)",
        f"INSERT INTO report_paid_days(month, opd_id, paid_day, payments, amount) {_RECOMPUTE} GROUP BY 1, 2, 3",
        "DELETE FROM report_paid_dirty",
    ), "payments rollup")
