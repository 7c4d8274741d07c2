"""Programme rules that are not identifiers: age limits and sponsor quotas."""

from __future__ import annotations

import datetime as dt

from rentan_desktop.domain.dates import age_on
from rentan_desktop.domain.issues import Issue
from rentan_desktop.domain.months import first_day
from rentan_desktop.i18n import translate

# The shipped defaults; Disnaker's effective-dated rules (payments/rules.py) pass their own.
MIN_AGE = 18
MAX_AGE_EXCLUSIVE = 65
# Rp a month: the lowest BPU income bracket, assumed when a worker declares no income.
DEFAULT_DECLARED_INCOME = 1_000_000


def check_age(birth: dt.date | None, start_month: str, field_name: str = "birth_date",
              bounds: tuple[int, int] | None = None) -> list[Issue]:
    """Age within bounds (18 to under 65) at the start month; a warning the operator may override."""
    if birth is None or not start_month:
        return []
    age = age_on(birth, first_day(start_month))
    low, high = bounds or (MIN_AGE, MAX_AGE_EXCLUSIVE)
    if age < low or age >= high:
        return [Issue(field_name, translate(
            "domain", "Age at the start month is {age}; the programme expects {low} to under {high}. "
                      "Give a reason to register anyway.").format(age=age, low=low, high=high), "warning", "age")]
    return []
