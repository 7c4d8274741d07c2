"""Contribution rate tables as effective-dated data: which table is in force, what a month costs.

A table holds JKK and JHT as permille of a base income, JKM as a flat amount, and income
brackets (declared income range -> base income). The table in force for a month is the one
with the latest `effective_from` not after that month, so a table added for a later month
never changes the amounts of earlier months. New tables may only start after the latest one.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.domain.months import is_month, month_text
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.store import audit
from rentan_desktop.store.clock import new_uid, now_iso


def _default_brackets() -> list[tuple[int, int | None, int]]:
    """BPU brackets: bases step Rp200,000 to Rp2.6M, then Rp500,000, then Rp1,000,000.

    Each bracket reaches up to its base + Rp99,000 (income up to Rp1,099,000 counts as
    Rp1,000,000). The upper part of the table and the highest base (Rp20.7M, JKK Rp207,000)
    are *unconfirmed* figures from the domain brief; they are data, editable by Disnaker.
    """
    bases = [1_000_000 + 200_000 * i for i in range(9)]          # 1.0M .. 2.6M
    bases += [3_100_000 + 500_000 * i for i in range(14)]        # 3.1M .. 9.6M
    bases += [10_700_000 + 1_000_000 * i for i in range(11)]     # 10.7M .. 20.7M
    brackets = []
    low = 0
    for index, base in enumerate(bases):
        high = None if index == len(bases) - 1 else base + 99_000
        brackets.append((low, high, base))
        low = (high or 0) + 1
    return brackets


# PP 44/2015 rates for BPU: JKK 1%, JKM Rp6,800, JHT 2% (optional); in force since July 2015.
DEFAULT_TABLE = {
    "effective_from": "2015-07",
    "jkk_permille": 10,
    "jkm_flat": 6_800,
    "jht_permille": 20,
    "note": "BPU (PP 44/2015); upper brackets unconfirmed",
    "brackets": _default_brackets(),
}


@dataclass(frozen=True)
class Amount:
    jkk: int
    jkm: int
    jht: int
    total: int


@dataclass(frozen=True)
class Bracket:
    income_from: int
    income_to: int | None
    base_income: int


@dataclass(frozen=True)
class RateTable:
    id: int
    uid: str
    effective_from: str
    jkk_permille: int
    jkm_flat: int
    jht_permille: int
    note: str | None
    brackets: tuple[Bracket, ...]

    def base_for(self, declared_income: int) -> int:
        for b in self.brackets:
            if declared_income >= b.income_from and (b.income_to is None or declared_income <= b.income_to):
                return b.base_income
        # Below the first bracket (or in a hole of an edited table): the nearest lower bracket.
        lower = [b for b in self.brackets if b.income_from <= declared_income]
        return (lower[-1] if lower else self.brackets[0]).base_income

    def amount(self, declared_income: int, jht: bool) -> Amount:
        base = self.base_for(int(declared_income))
        jkk = _permille(base, self.jkk_permille)
        jht_amount = _permille(base, self.jht_permille) if jht else 0
        return Amount(jkk, self.jkm_flat, jht_amount, jkk + self.jkm_flat + jht_amount)


def _permille(base: int, permille: int) -> int:
    """Whole Rupiah, rounded half up."""
    return (base * permille + 500) // 1000


class RateBook:
    """All tables of an install, loaded once for a batch of look-ups."""

    def __init__(self, tables: list[RateTable]):
        self.tables = sorted(tables, key=lambda t: t.effective_from)

    @classmethod
    def load(cls, db: sqlite_utils.Database) -> RateBook:
        brackets: dict[int, list[Bracket]] = {}
        for table_id, lo, hi, base in db.execute(
                "SELECT rate_table_id, income_from, income_to, base_income FROM rate_brackets "
                "ORDER BY rate_table_id, income_from"):
            brackets.setdefault(table_id, []).append(Bracket(lo, hi, base))
        tables = [RateTable(tid, uid, eff, jkk, jkm, jht, note, tuple(brackets.get(tid, ())))
                  for tid, uid, eff, jkk, jkm, jht, note in db.execute(
                      "SELECT id, uid, effective_from, jkk_permille, jkm_flat, jht_permille, note "
                      "FROM rate_tables ORDER BY effective_from")]
        return cls(tables)

    def table_for(self, month: str) -> RateTable:
        found = None
        for table in self.tables:
            if table.effective_from <= month:
                found = table
        if found is None or not found.brackets:
            raise UserError(translate("payments", "No contribution rate table is in force for {month}.").format(
                month=month))
        return found

    def amount(self, declared_income: int, jht: bool, month: str) -> Amount:
        return self.table_for(month).amount(declared_income, jht)


def amount_for(db: sqlite_utils.Database, declared_income: int, jht: bool, month: str) -> Amount:
    """The contribution due for one worker-month under the table in force that month."""
    return RateBook.load(db).amount(declared_income, jht, month)


def tables(db: sqlite_utils.Database) -> list[RateTable]:
    return RateBook.load(db).tables


def _insert_table(db: sqlite_utils.Database, effective_from: str, jkk_permille: int, jkm_flat: int,
                  jht_permille: int, note: str | None, brackets: list[tuple[int, int | None, int]],
                  rev: int) -> str:
    uid = new_uid()
    db.execute(
        "INSERT INTO rate_tables(uid, effective_from, jkm_flat, jkk_permille, jht_permille, note, created_at, rev) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [uid, effective_from, jkm_flat, jkk_permille, jht_permille, note, now_iso(), rev])
    table_id = db.execute("SELECT id FROM rate_tables WHERE uid = ?", [uid]).fetchone()[0]
    db.conn.executemany(
        "INSERT INTO rate_brackets(rate_table_id, income_from, income_to, base_income) VALUES (?, ?, ?, ?)",
        [(table_id, lo, hi, base) for lo, hi, base in brackets])
    return uid


def check_table(effective_from: str, jkk_permille: int, jkm_flat: int, jht_permille: int,
                brackets: list[tuple[int, int | None, int]], latest: str | None) -> list[Issue]:
    """What is wrong with a new table, each issue naming its field."""
    issues = []
    if not is_month(effective_from or ""):
        issues.append(Issue("effective_from", translate("payments", "The first month must look like 2027-01.")))
    elif latest and effective_from <= latest:
        issues.append(Issue("effective_from", translate(
            "payments", "A new table must start after {month}, when the latest table starts; "
                        "earlier months keep their amounts.").format(month=month_text(latest))))
    for name, value in (("jkk_permille", jkk_permille), ("jkm_flat", jkm_flat), ("jht_permille", jht_permille)):
        if not isinstance(value, int) or value < 0:
            issues.append(Issue(name, translate("payments", "Give a whole number, zero or more.")))
    if not brackets:
        issues.append(Issue("brackets", translate("payments", "Give at least one income bracket.")))
    problem = _bracket_problem(brackets)
    if problem:
        issues.append(Issue("brackets", problem))
    return issues


def _bracket_problem(brackets: list[tuple[int, int | None, int]]) -> str | None:
    """The first thing wrong with the brackets, top down: gaps, bases, open ends, order."""
    expected_from = 0
    for row, (lo, hi, base) in enumerate(brackets, start=1):
        if lo != expected_from:
            return translate("payments", "Bracket {row}: income must start at {amount} (right after the bracket "
                                         "above).").format(row=row, amount=expected_from)
        if base <= 0:
            return translate("payments", "Bracket {row}: the base income must be more than zero.").format(row=row)
        if hi is None:
            if row != len(brackets):
                return translate("payments", "Bracket {row}: only the last bracket may have no upper "
                                             "limit.").format(row=row)
            return None
        if hi < lo:
            return translate("payments", "Bracket {row}: the upper limit is below the lower limit.").format(row=row)
        expected_from = hi + 1
    if brackets and brackets[-1][1] is not None:
        return translate("payments", "The last bracket must have no upper limit.")
    return None


def add_table(db: sqlite_utils.Database, operator: str, *, effective_from: str, jkk_permille: int,
              jkm_flat: int, jht_permille: int, brackets: list[tuple[int, int | None, int]],
              note: str | None = None) -> str:
    """Disnaker adds a table in force from a later month; earlier months keep their amounts."""
    from rentan_desktop.store import settings

    if settings.get(db, "role") != "disnaker":
        raise ValidationError([Issue("effective_from", translate(
            "payments", "Only Disnaker sets contribution rates; they arrive at an OPD with its return bundles."))])
    with db.atomic():
        latest = db.execute("SELECT max(effective_from) FROM rate_tables").fetchone()[0]
        issues = check_table(effective_from, jkk_permille, jkm_flat, jht_permille, brackets, latest)
        if issues:
            raise ValidationError(issues)
        uid = _insert_table(db, effective_from, jkk_permille, jkm_flat, jht_permille, note, brackets,
                            rev=audit.next_rev(db))
        audit.record(db, operator=operator, table="rate_tables", uid=uid, action="create",
                     after={"effective_from": effective_from, "jkk_permille": jkk_permille, "jkm_flat": jkm_flat,
                            "jht_permille": jht_permille, "brackets": [list(b) for b in brackets]}, note=note)
    return uid
