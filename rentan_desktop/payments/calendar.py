"""When a month's contribution is due: the 15th of the month covered, or the next working day.

Working days come from lokal-id, which knows the national holidays and cuti bersama of
2026 and 2027 (SKB 3 Menteri). For other years only weekends are skipped: the holiday
list of a year is published around the September before, so it is not known here.
"""

from __future__ import annotations

import datetime as dt
import functools

from rentan_desktop.domain.months import add_months, month_of

DUE_DAY = 15


def is_working_day(day: dt.date) -> bool:
    import lokal  # when first needed: importing lokal costs 0.5 s or more (Samaran's regexes)

    if day.year in lokal.HOLIDAY_YEARS:
        return lokal.is_working_day(day)
    return day.weekday() < 5  # years without holiday data: weekends only


@functools.cache
def due_date(month: str) -> dt.date:
    """'2026-11' -> the 15th of November 2026, moved to the next working day when needed."""
    day = dt.date(int(month[:4]), int(month[5:7]), DUE_DAY)
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def last_due_month(today: dt.date | None = None) -> str:
    """The latest month whose due date has passed (its contribution is now overdue if unpaid)."""
    today = today or dt.date.today()
    month = month_of(today)
    while due_date(month) >= today:
        month = add_months(month, -1)
    return month
