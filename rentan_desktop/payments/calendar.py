"""When a month's contribution is due: the due day (15th) of the month covered, or the next
working day.

Working days: not a weekend and not a national holiday; cuti bersama days count as working
days unless Disnaker's rule `cuti_bersama_working` says otherwise (BPJS's manual names only
weekends and national holidays). The holidays are the `holidays` table (seeded 2020-2030 from
the SKB 3 Menteri decrees, edited by Disnaker, carried to OPDs); `Calendar.load(db)` reads it.
Code without a database at hand uses the shipped table (`default_calendar`).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass, field
from importlib import resources

import sqlite_utils

from rentan_desktop.domain.months import add_months, month_of
from rentan_desktop.payments import rules as rules_mod
from rentan_desktop.store import clock


@dataclass(frozen=True)
class Calendar:
    national: frozenset[dt.date]
    cuti_bersama: frozenset[dt.date]
    rule_entries: tuple = ()  # Disnaker's effective-dated rules (payments/rules.py), read once
    _due: dict[str, dt.date] = field(default_factory=dict, compare=False, hash=False, repr=False)
    _rules: dict[str, rules_mod.Rules] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @classmethod
    def load(cls, db: sqlite_utils.Database) -> Calendar:
        national, cuti = set(), set()
        for day, kind in db.execute("SELECT day, kind FROM holidays WHERE active = 1"):
            (national if kind == "national" else cuti).add(dt.date.fromisoformat(day))
        return cls(frozenset(national), frozenset(cuti), tuple(rules_mod.entries(db)))

    def rules(self, month: str) -> rules_mod.Rules:
        if month not in self._rules:
            self._rules[month] = rules_mod.rules_in(list(self.rule_entries), month)
        return self._rules[month]

    def is_working_day(self, day: dt.date, cuti_bersama_working: bool = True) -> bool:
        if day.weekday() >= 5 or day in self.national:
            return False
        return cuti_bersama_working or day not in self.cuti_bersama

    def due_date(self, month: str) -> dt.date:
        """'2026-11' -> the 15th of November 2026, moved to the next working day when needed."""
        if month not in self._due:
            rule = self.rules(month)
            day = dt.date(int(month[:4]), int(month[5:7]), rule.due_day)
            while not self.is_working_day(day, rule.cuti_bersama_working):
                day += dt.timedelta(days=1)
            self._due[month] = day
        return self._due[month]

    def last_due_month(self, today: dt.date | None = None) -> str:
        """The latest month whose due date has passed (its contribution is now overdue if unpaid)."""
        today = today or clock.today()
        month = month_of(today)
        while self.due_date(month) >= today:
            month = add_months(month, -1)
        return month


@functools.cache
def default_calendar() -> Calendar:
    """The shipped table with the shipped rules (no database)."""
    data = json.loads(resources.files("rentan_desktop.data").joinpath("holidays_id_v1.json").read_text("utf-8"))
    national = {dt.date.fromisoformat(r["date"]) for r in data["days"] if r["kind"] == "national"}
    cuti = {dt.date.fromisoformat(r["date"]) for r in data["days"] if r["kind"] == "cuti_bersama"}
    return Calendar(frozenset(national), frozenset(cuti))


def is_working_day(day: dt.date) -> bool:
    return default_calendar().is_working_day(day)


def due_date(month: str, calendar: Calendar | None = None) -> dt.date:
    return (calendar or default_calendar()).due_date(month)


def last_due_month(today: dt.date | None = None, calendar: Calendar | None = None) -> str:
    return (calendar or default_calendar()).last_due_month(today)
