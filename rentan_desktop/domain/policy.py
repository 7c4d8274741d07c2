"""Programme rules that are not identifiers: age limits and sponsor quotas."""

from __future__ import annotations

import datetime as dt

from rentan_desktop.domain.dates import age_on
from rentan_desktop.domain.issues import Issue
from rentan_desktop.domain.months import first_day
from rentan_desktop.i18n import translate

MIN_AGE = 18
MAX_AGE_EXCLUSIVE = 65
# Rp a month: the lowest BPU income bracket, assumed when a worker declares no income.
DEFAULT_DECLARED_INCOME = 1_000_000


def check_age(birth: dt.date | None, start_month: str, field_name: str = "birth_date") -> list[Issue]:
    """Age 18 to under 65 at the start month; a warning the operator may override with a reason."""
    if birth is None or not start_month:
        return []
    age = age_on(birth, first_day(start_month))
    if age < MIN_AGE or age >= MAX_AGE_EXCLUSIVE:
        return [Issue(field_name, translate(
            "domain", "Age at the start month is {age}; the programme expects 18 to under 65. "
                      "Give a reason to register anyway.").format(age=age), "warning", "age")]
    return []
