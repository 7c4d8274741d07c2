"""Due dates of contribution months, from the payments area's calendar."""

from __future__ import annotations

import datetime as dt
import functools


@functools.cache
def due_date(month: str) -> dt.date:
    """The 15th of the month covered, moved to the next working day (payments' rule)."""
    try:
        from rentan_desktop.payments.calendar import due_date as payments_due_date
    except ImportError:  # the payments area not installed: the same rule via lokal-id
        import lokal

        day = dt.date(int(month[:4]), int(month[5:7]), 15)
        while not lokal.is_working_day(day):
            day += dt.timedelta(days=1)
        return day
    found = payments_due_date(month)
    return found if isinstance(found, dt.date) else dt.date.fromisoformat(str(found)[:10])
