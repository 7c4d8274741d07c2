"""Disnaker's duplicate decisions (the same NIK sponsored in two OPDs): Disnaker owns them."""

from __future__ import annotations

from rentan_desktop.fields import checks
from rentan_desktop.fields.bookkeeping import record_keys, stamps
from rentan_desktop.fields.model import Field, Owner
from rentan_desktop.i18n import translate

T = "duplicate_decisions"
DIS, SYSTEM = Owner.DISNAKER, Owner.SYSTEM

FIELDS: tuple[Field, ...] = (
    *record_keys(T),
    Field(T, "case_uid", lambda: translate("fields", "Case"), DIS, max_length=64, required=True),
    Field(T, "nik", lambda: translate("fields", "NIK"), DIS, checks=(checks.nik,), max_length=16, required=True,
          personal=True),
    Field(T, "worker_uid", lambda: translate("fields", "Worker"), DIS, max_length=64, required=True),
    Field(T, "outcome", lambda: translate("fields", "Decision"), DIS,
          checks=(checks.choice(("stands", "withdraw", "correct_nik")),), required=True),
    Field(T, "kept_worker_uid", lambda: translate("fields", "Sponsorship kept"), DIS, max_length=64),
    Field(T, "kept_opd", lambda: translate("fields", "Kept in OPD"), DIS, max_length=260),
    Field(T, "note", lambda: translate("fields", "Note"), DIS, max_length=1000),
    Field(T, "decided_by", lambda: translate("fields", "Decided by"), DIS, max_length=100, required=True),
    Field(T, "decided_at", lambda: translate("fields", "Decided at"), DIS, kind="timestamp",
          checks=(checks.timestamp,), required=True),
    Field(T, "superseded", lambda: translate("fields", "Superseded"), DIS, kind="flag", checks=(checks.flag,),
          required=True),
    *stamps(T, DIS),
)
