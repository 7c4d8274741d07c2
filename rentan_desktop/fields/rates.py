"""Contribution rate tables and their income brackets: Disnaker owns them (effective-dated data)."""

from __future__ import annotations

from rentan_desktop.fields import checks
from rentan_desktop.fields.bookkeeping import record_keys, stamps
from rentan_desktop.fields.model import Field, Owner, Travel
from rentan_desktop.i18n import translate

DIS, SYSTEM = Owner.DISNAKER, Owner.SYSTEM
_PERMILLE = checks.amount(0, 1000)
_MONEY = checks.amount(0, checks.MAX_MONEY)

TABLES: tuple[Field, ...] = (
    *record_keys("rate_tables"),
    Field("rate_tables", "effective_from", lambda: translate("fields", "In force from"), DIS, kind="month",
          checks=(checks.month,), required=True),
    Field("rate_tables", "jkm_flat", lambda: translate("fields", "JKM (flat)"), DIS, kind="int", checks=(_MONEY,),
          required=True),
    Field("rate_tables", "jkk_permille", lambda: translate("fields", "JKK (per mille)"), DIS, kind="int",
          checks=(_PERMILLE,), required=True),
    Field("rate_tables", "jht_permille", lambda: translate("fields", "JHT (per mille)"), DIS, kind="int",
          checks=(_PERMILLE,), required=True),
    Field("rate_tables", "note", lambda: translate("fields", "Note"), DIS, max_length=500),
    *stamps("rate_tables", DIS, changed=False),
)

# Brackets have no uid: they travel nested under their rate table and are replaced as a whole.
BRACKETS: tuple[Field, ...] = (
    Field("rate_brackets", "id", lambda: translate("fields", "Local number"), SYSTEM, Travel.LOCAL, "int"),
    Field("rate_brackets", "rate_table_id", lambda: translate("fields", "Rate table"), SYSTEM, Travel.LOCAL, "int"),
    Field("rate_brackets", "income_from", lambda: translate("fields", "Income from"), DIS, kind="int",
          checks=(_MONEY,), required=True),
    Field("rate_brackets", "income_to", lambda: translate("fields", "Income up to"), DIS, kind="int",
          checks=(_MONEY,)),
    Field("rate_brackets", "base_income", lambda: translate("fields", "Base income"), DIS, kind="int",
          checks=(checks.amount(1, checks.MAX_MONEY),), required=True),
)
