"""Payments (append-only; a mistake is corrected by a reversal row): the OPD owns every column.
Whether an amount matches the rate table is a record rule (sync/row_rules.py), not a column check."""

from __future__ import annotations

from rentan_desktop.domain.vocab import PAYMENT_METHODS
from rentan_desktop.fields import checks
from rentan_desktop.fields.bookkeeping import record_keys
from rentan_desktop.fields.model import Field, Owner, Travel
from rentan_desktop.i18n import translate

T = "payments"
OPD, SYSTEM = Owner.OPD, Owner.SYSTEM
_MONEY = checks.amount(-checks.MAX_MONEY, checks.MAX_MONEY)

FIELDS: tuple[Field, ...] = (
    *record_keys(T),
    Field(T, "opd_id", lambda: translate("fields", "OPD"), SYSTEM, Travel.SCOPE, "int"),
    Field(T, "worker_id", lambda: translate("fields", "Worker"), OPD, Travel.REFERENCE, "ref", required=True,
          parent=("workers", "worker_uid")),
    Field(T, "sponsor_id", lambda: translate("fields", "Sponsor"), OPD, Travel.REFERENCE, "ref",
          parent=("sponsors", "sponsor_uid")),
    Field(T, "month", lambda: translate("fields", "Month"), OPD, kind="month", checks=(checks.month,),
          required=True),
    Field(T, "amount", lambda: translate("fields", "Amount"), OPD, kind="int", checks=(_MONEY,), required=True),
    Field(T, "jkk", lambda: translate("fields", "JKK"), OPD, kind="int", checks=(_MONEY,), required=True),
    Field(T, "jkm", lambda: translate("fields", "JKM"), OPD, kind="int", checks=(_MONEY,), required=True),
    Field(T, "jht", lambda: translate("fields", "JHT"), OPD, kind="int", checks=(_MONEY,), required=True),
    Field(T, "method", lambda: translate("fields", "Payment method"), OPD, checks=(checks.choice(PAYMENT_METHODS),),
          required=True),
    Field(T, "reference", lambda: translate("fields", "Reference"), OPD, max_length=80),
    Field(T, "paid_on", lambda: translate("fields", "Paid on"), OPD, kind="date", checks=(checks.date,),
          required=True),
    Field(T, "kind", lambda: translate("fields", "Entry"), OPD, checks=(checks.choice(("payment", "reversal")),),
          required=True),
    Field(T, "reverses_id", lambda: translate("fields", "Reverses"), OPD, Travel.REFERENCE, "ref",
          parent=("payments", "reverses_uid")),
    Field(T, "reason", lambda: translate("fields", "Reason"), OPD, max_length=500),
    Field(T, "reversed_at", lambda: translate("fields", "Reversed at"), OPD, kind="timestamp",
          checks=(checks.timestamp,)),
    Field(T, "batch", lambda: translate("fields", "Batch"), OPD, max_length=80),
    Field(T, "recorded_by", lambda: translate("fields", "Recorded by"), OPD, max_length=100, required=True),
    Field(T, "recorded_at", lambda: translate("fields", "Recorded at"), OPD, kind="timestamp",
          checks=(checks.timestamp,), required=True),
    Field(T, "rev", lambda: translate("fields", "Change number"), SYSTEM, Travel.LOCAL, "int"),
    Field(T, "hub_rev", lambda: translate("fields", "Change number for the province"), SYSTEM, Travel.LOCAL, "int"),
)
