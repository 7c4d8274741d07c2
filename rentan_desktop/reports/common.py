"""Pieces every report shares: the OPD scope, which workers count, amounts due and paid.

Definitions used throughout (and stated in the report notes):
- a *current* worker has status draft, submitted or active (not lapsed, not ended);
  a sponsor "has a worker" when at least one of their workers is current;
- a worker owes contributions from `start_month` while active; a lapsed worker up to the month
  of the lapse and an ended worker up to the month of `ended_on` (both inclusive);
- a payment counts as paid unless a reversal row points at it (`reverses_id`);
- city-wide counts of people are distinct persons: sponsors by NIP (a civil servant who moved
  OPD is ended in one and active in another) and workers by NIK (the same person entered by
  two OPDs counts once).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import sqlite_utils

from rentan_desktop.domain.months import month_range
from rentan_desktop.i18n import translate
from rentan_desktop.store import settings

CURRENT = ("draft", "submitted", "active")
CURRENT_SQL = "('draft', 'submitted', 'active')"
OWING_SQL = "('active', 'lapsed', 'ended')"
# Paid = a payment row no reversal points at. The subquery is evaluated once (not correlated).
NOT_REVERSED = "id NOT IN (SELECT reverses_id FROM payments WHERE reverses_id IS NOT NULL)"


def scope(alias: str, opd_id: int | None) -> tuple[str, list]:
    """SQL condition (starting with AND) limiting rows to one OPD, or nothing for all OPDs."""
    if opd_id is None:
        return "", []
    prefix = f"{alias}." if alias else ""
    return f" AND {prefix}opd_id = ?", [opd_id]


def scope_label(db: sqlite_utils.Database, opd_id: int | None) -> str:
    if opd_id is None:
        return translate("reports", "All OPDs")
    row = db.execute("SELECT code, name FROM opds WHERE id = ?", [opd_id]).fetchone()
    return f"{row[0]} {row[1]}" if row else "?"


def opd_rows(db: sqlite_utils.Database, opd_id: int | None = None) -> list[tuple[int, str, str, int | None]]:
    """(id, code, name, asn_count) of the OPDs in scope, by code."""
    where, args = ("WHERE id = ?", [opd_id]) if opd_id is not None else ("", [])
    return [tuple(r) for r in db.execute(f"SELECT id, code, name, asn_count FROM opds {where} ORDER BY code", args)]


def quotas(db: sqlite_utils.Database) -> dict[str, int]:
    values = settings.get(db, "quotas") or {}
    return {level: int(values.get(level, 1) or 1) for level in ("head_opd", "head_division", "staff")}


# ---- contribution amounts (rate tables are effective-dated data owned by payments) ----

@dataclass(frozen=True)
class RateTable:
    effective_from: str
    jkm_flat: int
    jkk_permille: int
    jht_permille: int
    brackets: tuple[tuple[int, int | None, int], ...]  # income_from, income_to, base_income


class Rates:
    """The amount due for (declared income, JHT, month), from the table in force that month.

    Reads rate_tables/rate_brackets once; without any table the programme's lowest bracket
    (JKK 1% of Rp1.000.000 + JKM Rp6.800 = Rp16.800) applies.
    """

    def __init__(self, db: sqlite_utils.Database):
        tables = []
        for tid, eff, jkm, jkk, jht in db.execute(
                "SELECT id, effective_from, jkm_flat, jkk_permille, jht_permille FROM rate_tables "
                "ORDER BY effective_from"):
            brackets = tuple(tuple(r) for r in db.execute(
                "SELECT income_from, income_to, base_income FROM rate_brackets WHERE rate_table_id = ? "
                "ORDER BY income_from", [tid]))
            tables.append(RateTable(eff[:7], jkm, jkk, jht, brackets))
        self.tables = tables
        self._cache: dict[tuple[int, int, str], int] = {}

    def amount(self, income: int, jht: int, month: str) -> int:
        key = (income, jht, month)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._amount(income, jht, month)
        return found

    def _amount(self, income: int, jht: int, month: str) -> int:
        table = None
        for t in self.tables:
            if t.effective_from <= month:
                table = t
        if table is None:
            table = self.tables[0] if self.tables else None
        if table is None:
            return 16_800 + (20_000 if jht else 0)
        base = None
        for lo, hi, b in table.brackets:
            if income >= lo and (hi is None or income <= hi):
                base = b
        if base is None:
            base = table.brackets[-1][2] if table.brackets and income > table.brackets[-1][0] else income
        amount = round(base * table.jkk_permille / 1000) + table.jkm_flat
        if jht:
            amount += round(base * table.jht_permille / 1000)
        return amount


def owing_groups(db: sqlite_utils.Database, to_month: str, opd_id: int | None) -> list[tuple]:
    """Workers who owe, grouped: (opd_id, start_month, last_month or None, income, jht, count).

    200,000 workers fold into a few thousand groups, so the months can be expanded in Python.
    """
    cond, args = scope("", opd_id)
    return [tuple(r) for r in db.execute(
        "SELECT opd_id, start_month, "
        "CASE status WHEN 'ended' THEN substr(ended_on, 1, 7) "
        "WHEN 'lapsed' THEN substr(status_changed_on, 1, 7) END AS last_month, "
        "declared_income, jht, count(*) FROM workers "
        f"WHERE status IN {OWING_SQL} AND start_month IS NOT NULL AND start_month <= ?{cond} "
        "GROUP BY 1, 2, 3, 4, 5", [to_month, *args])]


def due_by_opd_month(db: sqlite_utils.Database, months: list[str], opd_id: int | None,
                     rates: Rates) -> dict[tuple[int, str], tuple[int, int]]:
    """{(opd_id, month): (workers due, amount due)} for the given months."""
    out: dict[tuple[int, str], list[int]] = {}
    if not months:
        return {}
    for opd, start, last, income, jht, count in owing_groups(db, months[-1], opd_id):
        for m in months:
            if m < start or (last is not None and m > last):
                continue
            cell = out.setdefault((opd, m), [0, 0])
            cell[0] += count
            cell[1] += count * rates.amount(income, jht, m)
    return {k: (v[0], v[1]) for k, v in out.items()}


def paid_by_opd_month(db: sqlite_utils.Database, first: str, last: str,
                      opd_id: int | None) -> dict[tuple[int, str], tuple[int, int]]:
    """{(opd_id, month covered): (payments counted, amount)}; reversed payments left out."""
    cond, args = scope("", opd_id)
    return {(r[0], r[1]): (r[2], r[3]) for r in db.execute(
        "SELECT opd_id, month, count(*), sum(amount) FROM payments "
        f"WHERE month BETWEEN ? AND ? AND kind = 'payment' AND {NOT_REVERSED}{cond} "
        "GROUP BY opd_id, month", [first, last, *args])}


def period_months(first: str, last: str) -> list[str]:
    return month_range(first, last)


def age_band(birth: str | None, today: dt.date) -> str:
    if not birth:
        return translate("reports", "Unknown")
    b = dt.date.fromisoformat(birth[:10])
    age = today.year - b.year - ((today.month, today.day) < (b.month, b.day))
    for hi, label in ((25, "18-24"), (35, "25-34"), (45, "35-44"), (55, "45-54"), (65, "55-64")):
        if age < hi:
            return label if age >= 18 else translate("reports", "Under 18")
    return translate("reports", "65 and over")


AGE_BANDS_ORDER = ("Under 18", "18-24", "25-34", "35-44", "45-54", "55-64", "65 and over", "Unknown")


def today_of(text: str) -> dt.date:
    return dt.date.fromisoformat(text) if text else dt.date.today()


def sum_col(rows: Iterable[tuple], index: int) -> int:
    return sum(r[index] or 0 for r in rows)
