"""The holiday calendar (national holidays and cuti bersama): Disnaker owns it and sends it to
every OPD, so due dates and lapses agree on both sides (payments/holidays.py, issue 18)."""

from __future__ import annotations

from rentan_desktop.fields import checks
from rentan_desktop.fields.bookkeeping import record_keys, stamps
from rentan_desktop.fields.model import Field, Owner
from rentan_desktop.i18n import translate

T = "holidays"
DIS, SYSTEM = Owner.DISNAKER, Owner.SYSTEM

FIELDS: tuple[Field, ...] = (
    *record_keys(T),
    Field(T, "day", lambda: translate("fields", "Date"), DIS, kind="date", checks=(checks.date,), required=True),
    Field(T, "name", lambda: translate("fields", "Holiday"), DIS, max_length=200, required=True),
    Field(T, "kind", lambda: translate("fields", "Kind of day"), DIS,
          checks=(checks.choice(("national", "cuti_bersama")),), required=True),
    Field(T, "provisional", lambda: translate("fields", "Provisional"), DIS, kind="flag", checks=(checks.flag,),
          required=True),
    Field(T, "active", lambda: translate("fields", "Active"), DIS, kind="flag", checks=(checks.flag,),
          required=True),
    *stamps(T, DIS),
)
