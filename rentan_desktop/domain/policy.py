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
# UU 13/2003 (Ketenagakerjaan) art. 68: no one under 15 is employed. A child is not a vulnerable worker;
# no age exception reaches below it (QA walk r5, 6: one typed reason made a 14-year-old pupil registrable).
CHILD_AGE = 15
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


def age_now_warning(birth: dt.date | None, today: dt.date, bounds: tuple[int, int] | None = None) -> str | None:
    """For a worker with no start month yet (an imported list): an age outside the programme's today
    means BPJS cannot register the worker now (QA walk r5, 3: a 14-year-old pupil became a draft)."""
    if birth is None:
        return None
    age = age_on(birth, today)
    low, high = bounds or (MIN_AGE, MAX_AGE_EXCLUSIVE)
    if low <= age < high:
        return None
    return translate("domain", "Age {age} today: the programme covers ages {low} to under {high}, so BPJS cannot "
                               "register this worker now. Check the birth date; an exception needs a reason in the "
                               "worker's form.").format(age=age, low=low, high=high)


def check_child(birth: dt.date | None, on: dt.date, field_name: str = "birth_date") -> list[Issue]:
    """An error, never overridden: a person under 15 on `on` (the start month, or today without one)."""
    if birth is None:
        return []
    age = age_on(birth, on)
    if age >= CHILD_AGE:
        return []
    return [Issue(field_name, translate(
        "domain", "Age {age}: a child under {child} is not a worker (UU 13/2003) and cannot be registered in the "
                  "programme. Check the birth date against the KTP or KK.").format(age=age, child=CHILD_AGE),
        "error", "child")]
