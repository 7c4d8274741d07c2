"""The report rollups of the hub (step h006), kept by the loader in the import's transaction.

The desktop keeps `report_worker_groups` and `report_paid_days` current with SQLite triggers; on
the hub those names were grouping views over every worker and every payment, so each province
report grouped 12,000,000 payments again. Instead the loader recomputes, after writing a city's
rows, that city's part of two small tables: its worker groups (when the bundle carried workers)
and its live payments per (month, OPD, day paid) for the months the bundle touched. Each is read
through the city's OPDs on the indexes `workers_opd_status` and `payments_live_month_opd`, so the
cost follows the city's size, never the province's. The SQL functions the views call read them.
"""

from __future__ import annotations

from collections.abc import Collection

import psycopg

_CITY_OPDS = "(SELECT id FROM hub.opds WHERE pemda_id = %(city)s)"


def refresh(conn: psycopg.Connection, pemda_id: int, workers_changed: bool, months: Collection[str]) -> None:
    """Recompute city `pemda_id`'s rollup rows (in the caller's transaction)."""
    args = {"city": pemda_id, "months": sorted(months)}
    if workers_changed:
        conn.execute("DELETE FROM hub.report_groups WHERE pemda_id = %(city)s", args)
        conn.execute(
            "INSERT INTO hub.report_groups (pemda_id, opd_id, status, start_month, ended_month, paid_through, "
            "declared_income, jht, lapsed_on, workers) "
            f"SELECT %(city)s, {GROUP_KEYS}, count(*) FROM hub.workers "
            f"WHERE opd_id IN {_CITY_OPDS} AND {GROUPED_WORKERS} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9", args)
    if months:
        conn.execute("DELETE FROM hub.report_paid WHERE pemda_id = %(city)s AND month = ANY(%(months)s)", args)
        conn.execute(
            "INSERT INTO hub.report_paid (pemda_id, month, opd_id, paid_day, payments, amount) "
            f"SELECT %(city)s, {PAID_KEYS}, count(*), sum(amount) FROM hub.payments "
            f"WHERE month = ANY(%(months)s) AND opd_id IN {_CITY_OPDS} AND {LIVE_PAYMENTS} "
            "GROUP BY 1, 2, 3, 4", args)


# The grouping of steps h003 and h004 (step h006 repeats it for its first fill: a step never changes).
GROUP_KEYS = ("opd_id, status, start_month, "
              "CASE WHEN status IN ('ended', 'lapsed') THEN coalesce(substr(ended_on, 1, 7), '') ELSE '' END, "
              "coalesce(paid_through, ''), declared_income, jht, "
              "CASE WHEN status = 'lapsed' THEN coalesce(status_changed_on, '') ELSE '' END")
GROUPED_WORKERS = "status IN ('submitted', 'active', 'ended', 'lapsed') AND start_month IS NOT NULL"
PAID_KEYS = "month, opd_id, substr(paid_on, 1, 10)"
LIVE_PAYMENTS = "kind = 'payment' AND reversed_at IS NULL"
