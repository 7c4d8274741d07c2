"""Due dates: the 15th of the month covered, or the next working day, from the holiday table.

Cuti bersama days are working days unless Disnaker's rule says otherwise (BPJS's manual names
only weekends and national holidays), so the rows say which setting they use.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rentan_desktop.payments.calendar import Calendar, due_date, last_due_month
from rentan_desktop.payments.rules import put_rules

D = dt.date


@pytest.mark.parametrize(("month", "cuti_working", "due", "why"), [
    ("2026-01", True, D(2026, 1, 15), "a Thursday: stays"),
    ("2026-11", True, D(2026, 11, 16), "the 15th is a Sunday"),
    ("2026-08", True, D(2026, 8, 18), "weekend, then Independence Day on Monday 17th"),
    ("2026-05", True, D(2026, 5, 15), "Friday 15th is cuti bersama (Ascension): a working day by default"),
    ("2026-05", False, D(2026, 5, 18), "cuti bersama not working: then a weekend"),
    ("2026-02", True, D(2026, 2, 16), "Sunday; Monday 16th is cuti bersama, a working day by default"),
    ("2026-02", False, D(2026, 2, 18), "Sunday, then Chinese New Year leave and holiday"),
    ("2027-05", False, D(2027, 5, 21), "Saturday, then Waisak holidays and leave"),
    ("2024-06", True, D(2024, 6, 18), "Saturday, Sunday, then Iduladha on Monday 17th"),
    ("2024-09", True, D(2024, 9, 17), "Sunday, then Maulid Nabi on Monday 16th"),
    ("2024-04", False, D(2024, 4, 16), "Monday 15th is Idulfitri leave"),
    ("2024-04", True, D(2024, 4, 15), "Idulfitri leave counts as working by default"),
    ("2020-12", True, D(2020, 12, 15), "a Tuesday in the year of the revised decrees"),
    ("2021-05", True, D(2021, 5, 17), "Saturday, Sunday: Monday 17th"),
    ("2023-04", True, D(2023, 4, 17), "Saturday, Sunday: Monday 17th"),
    ("2030-06", True, D(2030, 6, 17), "Saturday, Sunday: Monday 17th"),
    ("2026-12", True, D(2026, 12, 15), "a Tuesday at the year end"),
])
def test_due_date(db, month, cuti_working, due, why):
    if not cuti_working:
        put_rules(db, "2020-01", {"cuti_bersama_working": False})
    assert Calendar.load(db).due_date(month) == due, why


def test_the_shipped_table_serves_code_without_a_database():
    assert due_date("2024-06") == D(2024, 6, 18) and due_date("2024-09") == D(2024, 9, 17)


def test_a_holiday_disnaker_adds_moves_the_due_date(db):
    db.execute("INSERT INTO holidays(uid, day, name, kind, created_at, updated_at) "
               "VALUES ('h1', '2026-01-15', 'Libur tambahan', 'national', '', '')")
    assert Calendar.load(db).due_date("2026-01") == D(2026, 1, 19)   # 16th Isra Mi'raj, then a weekend


def test_the_due_day_is_an_effective_dated_rule(db):
    put_rules(db, "2027-01", {"due_day": 10})
    cal = Calendar.load(db)
    assert cal.due_date("2026-12") == D(2026, 12, 15) and cal.due_date("2027-02") == D(2027, 2, 10)


@pytest.mark.parametrize(("today", "month"), [
    (D(2026, 11, 16), "2026-10"),   # due today: not yet overdue
    (D(2026, 11, 17), "2026-11"),
    (D(2026, 12, 1), "2026-11"),    # 1 December: December is not due yet
    (D(2027, 1, 1), "2026-12"),     # year end
    (D(2024, 6, 18), "2024-05"),    # June 2024 due on the 18th (Iduladha on the 17th)
    (D(2024, 6, 19), "2024-06"),
])
def test_last_due_month(today, month):
    assert last_due_month(today) == month
