"""The programme's rules as effective-dated settings Disnaker owns, read through one accessor.

Setting `programme_rules`: a list of entries `{"effective_from": "2020-01", <rule>: value...}`;
the entry in force for a month is the latest one starting on or before it, and a rule missing
from it falls back to the earlier entries and finally to the shipped defaults below (the
published values: due on the 15th, more than 3 unpaid months end a membership, arrears
payable 3 months back, 1/3/6/12 months at once, age 18 to under 65). Disnaker edits them in
Settings and they reach the OPDs in return bundles (sync/tables.py DOWN_SETTINGS), so a rule
change never rewrites earlier months. Sponsor quotas per position level: the `quotas` setting,
overridden from a month on by an entry's "quotas" (quotas_for is the one accessor).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from typing import Any

import sqlite_utils

from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.domain.months import current_month, is_month
from rentan_desktop.i18n import translate
from rentan_desktop.store import settings

KEY = "programme_rules"


@dataclass(frozen=True)
class Rules:
    due_day: int = 15
    lapse_months: int = 3          # more than this many consecutive unpaid months end a membership
    arrears_months: int = 3        # arrears payable this many months back
    ahead_months: int = 24         # payments accepted this far ahead
    prepay_counts: tuple[int, ...] = (1, 3, 6, 12)
    min_age: int = 18
    max_age_exclusive: int = 65
    # BPJS's manual names only weekends and national holidays as non-working days.
    cuti_bersama_working: bool = True


DEFAULT = Rules()
_NAMES = {f.name for f in fields(Rules)}


def _coerce(name: str, value: Any) -> Any:
    if name == "prepay_counts":
        return tuple(sorted({int(v) for v in value}))
    if name == "cuti_bersama_working":
        return bool(value)
    return int(value)


def entries(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return sorted(settings.get(db, KEY) or [], key=lambda e: e.get("effective_from", ""))


def rules_for(db: sqlite_utils.Database, month: str | None = None, today: dt.date | None = None) -> Rules:
    """The rules in force for `month` (default: the current month)."""
    return rules_in(entries(db), month or current_month(today))


def rules_in(entry_list: list[dict[str, Any]], month: str) -> Rules:
    """The rules in force for `month` from already read entries (sorted by effective_from)."""
    result = DEFAULT
    for entry in entry_list:
        if entry.get("effective_from", "") > month:
            break
        result = replace(result, **{k: _coerce(k, v) for k, v in entry.items() if k in _NAMES})
    return result


def quotas_for(db: sqlite_utils.Database, month: str | None = None, today: dt.date | None = None) -> dict[str, int]:
    """Minimum workers per sponsor position level in force for `month` (default: this month)."""
    from rentan_desktop.domain.vocab import DEFAULT_QUOTAS

    result = {**DEFAULT_QUOTAS, **(settings.get(db, "quotas") or {})}
    month = month or current_month(today)
    for entry in entries(db):
        if entry.get("effective_from", "") > month:
            break
        result.update({k: int(v) for k, v in (entry.get("quotas") or {}).items()})
    return result


def put_rules(db: sqlite_utils.Database, effective_from: str, values: dict[str, Any]) -> None:
    """Disnaker sets rules from a month on (replacing an entry for the same month)."""
    if not is_month(effective_from):
        raise ValidationError([Issue("effective_from", translate("payments", "The month must look like 2026-11."))])
    clean = {k: _coerce(k, v) for k, v in values.items() if k in _NAMES}
    problems = []
    if not 1 <= clean.get("due_day", 15) <= 28:
        problems.append(Issue("due_day", translate("payments", "The due day must be from 1 to 28.")))
    for key in ("lapse_months", "arrears_months"):
        if not 1 <= clean.get(key, 3) <= 12:
            problems.append(Issue(key, translate("payments", "Give a number of months from 1 to 12.")))
    if not all(1 <= n <= 24 for n in clean.get("prepay_counts", (1,))) or not clean.get("prepay_counts", (1,)):
        problems.append(Issue("prepay_counts", translate("payments", "Months paid at once must be from 1 to 24.")))
    if not 15 <= clean.get("min_age", 18) < clean.get("max_age_exclusive", 65) <= 100:
        problems.append(Issue("min_age", translate("payments", "The age bounds must be 15 or more and the lower "
                                                               "below the upper.")))
    if problems:
        raise ValidationError(problems)
    if "prepay_counts" in clean:
        clean["prepay_counts"] = list(clean["prepay_counts"])
    if isinstance(values.get("quotas"), dict):
        if not all(str(v).isdigit() for v in values["quotas"].values()):
            raise ValidationError([Issue("quotas", translate("payments", "Quotas are whole numbers of workers."))])
        clean["quotas"] = {str(k): int(v) for k, v in values["quotas"].items()}
    kept = [e for e in entries(db) if e.get("effective_from") != effective_from]
    settings.put(db, KEY, sorted([*kept, {"effective_from": effective_from, **clean}],
                                 key=lambda e: e["effective_from"]))
