"""Months covered by contributions, as 'YYYY-MM' text (sorts and compares correctly)."""

from __future__ import annotations

import datetime as dt
import re

from rentan_desktop.store import clock

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")

MONTH_NAMES_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                  "September", "Oktober", "November", "Desember"]
MONTH_NAMES_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]


def is_month(text: str) -> bool:
    return bool(_MONTH.match(text or ""))


def parse_month(text: str) -> str:
    """Accept 'YYYY-MM', 'MM/YYYY' or 'M-YYYY'; raise ValueError otherwise."""
    text = (text or "").strip()
    if is_month(text):
        return text
    m = re.match(r"^(\d{1,2})[/-](\d{4})$", text)
    if m and 1 <= int(m.group(1)) <= 12:
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    raise ValueError(text)


def month_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def current_month(today: dt.date | None = None) -> str:
    return month_of(today or clock.today())


def add_months(month: str, n: int) -> str:
    year, mon = int(month[:4]), int(month[5:7])
    index = year * 12 + (mon - 1) + n
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def months_between(start: str, end: str) -> int:
    """Number of months from start to end (end - start); 0 when equal."""
    return (int(end[:4]) * 12 + int(end[5:7])) - (int(start[:4]) * 12 + int(start[5:7]))


def month_range(start: str, end: str) -> list[str]:
    """Inclusive list of months from start to end."""
    return [add_months(start, i) for i in range(months_between(start, end) + 1)]


def first_day(month: str) -> dt.date:
    return dt.date(int(month[:4]), int(month[5:7]), 1)


def month_label(month: str, language: str = "id") -> str:
    """'2026-11' -> 'November 2026'."""
    names = MONTH_NAMES_EN if language == "en" else MONTH_NAMES_ID
    return f"{names[int(month[5:7]) - 1]} {month[:4]}"


_SHORT = {"agt": 8, "ags": 8, "peb": 2, "nop": 11, "nov": 11}  # Indonesian office abbreviations


def read_month(text: str) -> str | None:
    """A month as a clerk types it: '2026-12', '12/2026', '12-2026', 'Desember 2026', 'des 2026',
    'December 2026'; None when the text names no month."""
    text = " ".join((text or "").replace(".", " ").split())
    try:
        return parse_month(text)
    except ValueError:
        pass
    m = re.match(r"^([^\W\d_]+)\s*(\d{4})$", text)
    if not m or len(m.group(1)) < 3:
        return None
    word = m.group(1).lower()
    if word in _SHORT:
        return f"{m.group(2)}-{_SHORT[word]:02d}"
    found = {i for names in (MONTH_NAMES_ID, MONTH_NAMES_EN)
             for i, name in enumerate(names) if name.lower().startswith(word)}
    if len(found) != 1:  # 'Ju' could be Juni or Juli: ask for more letters
        return None
    return f"{m.group(2)}-{found.pop() + 1:02d}"


def month_text(month: str) -> str:
    """A month for a message in the user's language ('Januari 2020'); anything else as it is."""
    from rentan_desktop.i18n import language

    return month_label(month, language()) if is_month(month) else month
