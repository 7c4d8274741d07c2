"""The report rollups of the hub (step h006), kept by the loader in the import's transaction.

The desktop keeps `report_worker_groups` and `report_paid_days` current with SQLite triggers; on
the hub those names were grouping views over every worker and every payment, so each province
report grouped 12,000,000 payments again. Instead the loader recomputes, after writing a city's
rows, that city's part of two small tables: its worker groups (when the bundle carried workers)
and its live payments per (month, OPD, day paid) for the months the bundle touched. Each is read
OPD by OPD on the indexes `workers_opd_status` and `payments_live_month_opd`, so the cost follows
the city's size, never the province's. The SQL functions the views call read them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import compress
from typing import Any

import psycopg


class PaidAdded:
    """The live payments a load added, per (month, OPD id, day paid): count and amount.

    When a load only adds payments (none of the city's payments changed), the city's `report_paid`
    rows grow by exactly these, so the loader adds them instead of grouping the months' payments
    again (reading back every row of a fresh COPY, a third of the rollups' time). It counts what
    LIVE_PAYMENTS and substr(paid_on, 1, 10) count; a value Python cannot read as the SQL does
    (a non-text day, a non-integer amount) turns it off and the months are grouped again."""

    def __init__(self) -> None:
        self.groups: dict[tuple[Any, Any, Any], list[int]] = {}
        self.exact = True

    def add(self, months: Sequence[Any], opd_ids: Sequence[Any], paid_on: Sequence[Any], amounts: Sequence[Any],
            kinds: Sequence[Any], reversed_at: Sequence[Any], fresh: Sequence[bool] | None) -> None:
        """Count the new rows (`fresh` marks them; None: every row is new)."""
        rows = zip(months, opd_ids, paid_on, amounts, kinds, reversed_at, strict=True)
        groups = self.groups
        try:
            for month, opd_id, day, amount, kind, reversed_on in rows if fresh is None else compress(rows, fresh):
                if kind != "payment" or reversed_on is not None:
                    continue
                if (day is not None and type(day) is not str) or type(amount) is not int:
                    raise TypeError(day)
                key = (month, opd_id, day if day is None else day[:10])
                group = groups.get(key)
                if group is None:
                    groups[key] = [1, amount]
                else:
                    group[0] += 1
                    group[1] += amount
        except TypeError:
            self.exact = False


def refresh(conn: psycopg.Connection, pemda_id: int, workers_changed: bool, months: Collection[str],
            sponsors_changed: bool = False, paid: PaidAdded | None = None) -> None:
    """Recompute city `pemda_id`'s rollup rows (in the caller's transaction); `paid`, when exact,
    is what the load added to `report_paid` (see PaidAdded), else the months are grouped again.

    Each is a LATERAL subquery per OPD of the city (and per month): a plan of index look-ups that
    needs no statistics, which freshly loaded tables do not have yet."""
    args = {"city": pemda_id, "months": sorted(months)}
    if workers_changed or sponsors_changed:
        _refresh_people(conn, args, workers_changed)
    if workers_changed:
        conn.execute("DELETE FROM hub.report_groups WHERE pemda_id = %(city)s", args)
        conn.execute(
            "INSERT INTO hub.report_groups (pemda_id, opd_id, status, start_month, ended_month, paid_through, "
            "declared_income, jht, lapsed_on, workers) "
            "SELECT o.pemda_id, o.id, g.* FROM hub.opds o CROSS JOIN LATERAL ("
            f"SELECT {GROUP_KEYS}, count(*) FROM hub.workers w WHERE w.opd_id = o.id AND {GROUPED_WORKERS} "
            "GROUP BY 1, 2, 3, 4, 5, 6, 7) AS g WHERE o.pemda_id = %(city)s", args)
    if months and paid is not None and paid.exact:
        _add_paid(conn, pemda_id, paid)
    elif months:
        conn.execute("DELETE FROM hub.report_paid WHERE pemda_id = %(city)s AND month = ANY(%(months)s)", args)
        conn.execute(
            "INSERT INTO hub.report_paid (pemda_id, month, opd_id, paid_day, payments, amount) "
            "SELECT o.pemda_id, m.month, o.id, d.* FROM hub.opds o "
            "CROSS JOIN unnest(%(months)s::text[]) AS m(month) CROSS JOIN LATERAL ("
            "SELECT substr(p.paid_on, 1, 10), count(*), sum(p.amount) FROM hub.payments p "
            f"WHERE p.month = m.month AND p.opd_id = o.id AND {LIVE_PAYMENTS} GROUP BY 1) AS d "
            "WHERE o.pemda_id = %(city)s", args)


def _add_paid(conn: psycopg.Connection, pemda_id: int, paid: PaidAdded) -> None:
    """Add a load's new live payments to the city's `report_paid` rows (a few hundred groups)."""
    if not paid.groups:
        return
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS paid_added (month text, opd_id integer, paid_day text, "
                 "payments bigint, amount numeric) ON COMMIT DROP")
    conn.execute("TRUNCATE paid_added")
    with conn.cursor().copy("COPY paid_added (month, opd_id, paid_day, payments, amount) FROM STDIN") as copy:
        for (month, opd_id, day), (count, amount) in paid.groups.items():
            copy.write_row((month, opd_id, day, count, amount))
    same = ("r.pemda_id = %(city)s AND r.month = a.month AND r.opd_id = a.opd_id "
            "AND r.paid_day IS NOT DISTINCT FROM a.paid_day")
    args = {"city": pemda_id}
    conn.execute("UPDATE hub.report_paid r SET payments = r.payments + a.payments, amount = r.amount + a.amount "
                 f"FROM paid_added a WHERE {same}", args)
    conn.execute("INSERT INTO hub.report_paid (pemda_id, month, opd_id, paid_day, payments, amount) "
                 "SELECT %(city)s, a.month, a.opd_id, a.paid_day, a.payments, a.amount FROM paid_added a "
                 f"WHERE NOT EXISTS (SELECT 1 FROM hub.report_paid r WHERE {same})", args)


def _refresh_people(conn: psycopg.Connection, args: dict, workers_changed: bool) -> None:
    """The city's rows of step h007's rollups: workers per (OPD, status); active sponsors per (OPD,
    level, current workers); and every record of a NIP (NIK) held by more than one active sponsor
    (worker) record anywhere in the province, for the NIPs and NIKs the city holds or held."""
    if workers_changed:
        conn.execute("DELETE FROM hub.report_worker_status WHERE pemda_id = %(city)s", args)
        conn.execute(
            "INSERT INTO hub.report_worker_status (pemda_id, opd_id, status, workers) "
            "SELECT o.pemda_id, o.id, g.* FROM hub.opds o CROSS JOIN LATERAL ("
            "SELECT w.status, count(*) FROM hub.workers w WHERE w.opd_id = o.id GROUP BY 1) AS g "
            "WHERE o.pemda_id = %(city)s", args)
    conn.execute("DELETE FROM hub.report_sponsor_levels WHERE pemda_id = %(city)s", args)
    conn.execute(
        "INSERT INTO hub.report_sponsor_levels (pemda_id, opd_id, position_level, current_workers, records) "
        "SELECT o.pemda_id, o.id, g.* FROM hub.opds o CROSS JOIN LATERAL ("
        f"SELECT s.position_level, {CURRENT_OF_SPONSOR}, count(*) FROM hub.sponsors s "
        "WHERE s.opd_id = o.id AND s.status = 'active' GROUP BY 1, 2) AS g WHERE o.pemda_id = %(city)s", args)
    _refresh_shared(conn, args, "nips", "hub.sponsors s", "s.nip", "s.status = 'active'",
                    f"s.id, s.nip, s.pemda_id, s.opd_id, s.position_level, {CURRENT_OF_SPONSOR}")
    if workers_changed:
        _refresh_shared(conn, args, "niks", "hub.workers s", "s.nik", "true",
                        "s.id, s.nik, s.pemda_id, s.opd_id, s.status")


def _refresh_shared(conn: psycopg.Connection, args: dict, what: str, source: str, key: str, counted: str,
                    columns: str) -> None:
    """Rows of `report_shared_<what>` for the keys (NIP or NIK) the city holds now or held at its last
    load: deleted, then every counted record of a key held by more than one counted record."""
    table = f"hub.report_shared_{what}"
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS touched_{what} (key text PRIMARY KEY) ON COMMIT DROP")
    conn.execute(f"TRUNCATE touched_{what}")
    conn.execute(
        f"INSERT INTO touched_{what} SELECT {key} FROM hub.opds o JOIN {source} ON s.opd_id = o.id "
        f"WHERE o.pemda_id = %(city)s AND {key} IS NOT NULL "
        f"UNION SELECT {what[:3]} FROM {table} WHERE pemda_id = %(city)s", args)
    conn.execute(f"ANALYZE touched_{what}")
    conn.execute(f"DELETE FROM {table} WHERE {what[:3]} IN (SELECT key FROM touched_{what})")
    # Key by key on the NIP (NIK) index, so the cost follows the city's size: joined or grouped as
    # sets, the planner read every sponsor (worker) of the province at each import.
    # OFFSET 0 keeps the per-key subquery a subquery (the planner would otherwise flatten it).
    conn.execute(
        f"INSERT INTO {table} SELECT {columns} FROM touched_{what} t CROSS JOIN LATERAL ("
        f"SELECT * FROM {source} WHERE {key} = t.key AND {counted} OFFSET 0) AS s "
        f"WHERE (SELECT count(*) FROM (SELECT FROM {source} WHERE {key} = t.key AND {counted} LIMIT 2) AS x) > 1")


# Current workers of sponsor `s` (the index workers_sponsor_current of step h007).
CURRENT_OF_SPONSOR = ("(SELECT count(*) FROM hub.workers w WHERE w.sponsor_id = s.id "
                      "AND w.status IN ('draft', 'submitted', 'active'))")

# The grouping of steps h003 and h004 per OPD (step h006 repeats it for its first fill: a step never changes).
GROUP_KEYS = ("status, start_month, "
              "CASE WHEN status IN ('ended', 'lapsed') THEN coalesce(substr(ended_on, 1, 7), '') ELSE '' END, "
              "coalesce(paid_through, ''), declared_income, jht, "
              "CASE WHEN status = 'lapsed' THEN coalesce(status_changed_on, '') ELSE '' END")
GROUPED_WORKERS = "status IN ('submitted', 'active', 'ended', 'lapsed') AND start_month IS NOT NULL"
LIVE_PAYMENTS = "p.kind = 'payment' AND p.reversed_at IS NULL"
