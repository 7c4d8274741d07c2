"""Due dates: the 15th of the month covered, or the next working day."""

from __future__ import annotations

import datetime as dt

import pytest

from rentan_desktop.payments.calendar import due_date, last_due_month


@pytest.mark.parametrize(("month", "due", "why"), [
    ("2026-01", dt.date(2026, 1, 15), "a Thursday: stays"),
    ("2026-11", dt.date(2026, 11, 16), "the 15th is a Sunday"),
    ("2026-08", dt.date(2026, 8, 18), "weekend, then Independence Day on Monday 17th"),
    ("2026-05", dt.date(2026, 5, 18), "Friday 15th is cuti bersama (Ascension), then a weekend"),
    ("2026-02", dt.date(2026, 2, 18), "Sunday, then Chinese New Year leave and holiday"),
    ("2027-05", dt.date(2027, 5, 21), "Saturday, then Waisak holidays"),
    ("2030-06", dt.date(2030, 6, 17), "no holiday data for 2030: weekends only"),
])
def test_due_date(month, due, why):
    assert due_date(month) == due, why


@pytest.mark.parametrize(("today", "month"), [
    (dt.date(2026, 11, 16), "2026-10"),   # due today: not yet overdue
    (dt.date(2026, 11, 17), "2026-11"),
    (dt.date(2026, 12, 1), "2026-11"),
])
def test_last_due_month(today, month):
    assert last_due_month(today) == month
