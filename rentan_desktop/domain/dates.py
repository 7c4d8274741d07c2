"""Dates as people in Indonesian offices write them: 29/11/2022."""

from __future__ import annotations

import datetime as dt
import re

EXCEL_EPOCH = dt.date(1899, 12, 30)

MONTHS_ID = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3, "april": 4,
    "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8,
    "ags": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "nopember": 11, "desember": 12, "des": 12, "may": 5, "aug": 8, "oct": 10, "dec": 12,
    "agst": 8, "agus": 8, "mrt": 3, "peb": 2, "nop": 11,
}


def format_date(day: dt.date | str | None) -> str:
    """date(2022, 11, 29) or '2022-11-29' -> '29/11/2022'."""
    if not day:
        return ""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    return day.strftime("%d/%m/%Y")


def format_moment(stamp: str | None) -> str:
    """A stored moment '2026-12-02T09:22:41' (or with a space) as read everywhere: '02/12/2026 09:22'."""
    if not stamp:
        return ""
    day, _, time = stamp.replace("T", " ").partition(" ")
    return f"{format_date(day)} {time[:5]}".strip()


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_YMD = re.compile(r"^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})$")  # 1945/08/17, 1945-8-17
# '17 Agustus 1945', and Excel's dd-mmm-yyyy as exported text: '17-Agu-1945', '17-Aug-1945', '17 Agt. 1945'
_D_MONTH_Y = re.compile(r"^(\d{1,2})[\s\-/.]+([A-Za-z]+)\.?[\s\-/.]+(\d{4})$")
_WEEKDAY = re.compile(r"^[A-Za-z']+,\s*")  # 'Selasa, 17 Agustus 1945'


def parse_date(value: object) -> dt.date | None:
    """Read a date from a form or a spreadsheet cell; None when it is not a date.

    Accepts date/datetime objects, Excel serial numbers, ISO 'YYYY-MM-DD' (and 'YYYY/MM/DD'),
    'DD/MM/YYYY', 'DD-MM-YYYY', 'DD.MM.YYYY', '29 November 2022', '29-Nov-2022' and
    'Selasa, 29 November 2022'.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float):
        if 1 <= value < 80000:
            return EXCEL_EPOCH + dt.timedelta(days=int(value))
        return None
    text = str(value).strip()
    try:
        if _ISO.match(text):
            return dt.date.fromisoformat(text[:10])
        m = _DMY.match(text)
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = _YMD.match(text)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _D_MONTH_Y.match(_WEEKDAY.sub("", text))
        if m and m.group(2).lower() in MONTHS_ID:
            return dt.date(int(m.group(3)), MONTHS_ID[m.group(2).lower()], int(m.group(1)))
    except ValueError:
        return None
    return None


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
