"""The columns every travelling table carries besides its own: the local number and the record
ID that name a row, and the created/changed stamps and change number that date it. One
definition here, so that every table labels, checks and sends them alike."""

from __future__ import annotations

from rentan_desktop.fields import checks
from rentan_desktop.fields.model import Field, Owner, Travel
from rentan_desktop.i18n import translate


def record_keys(table: str) -> tuple[Field, Field]:
    """`id` (this install's row number, never sent) and `uid` (the record ID both sides share)."""
    return (
        Field(table, "id", lambda: translate("fields", "Local number"), Owner.SYSTEM, Travel.LOCAL, "int"),
        Field(table, "uid", lambda: translate("fields", "Record ID"), Owner.SYSTEM, Travel.KEY, "key"),
    )


def stamps(table: str, owner: Owner, *, changed: bool = True) -> tuple[Field, ...]:
    """`created_at`, `updated_at` (unless the rows never change) and the local change number `rev`."""
    created = Field(table, "created_at", lambda: translate("fields", "Created"), owner, kind="timestamp",
                    checks=(checks.timestamp,), required=True)
    updated = Field(table, "updated_at", lambda: translate("fields", "Last changed"), owner, kind="timestamp",
                    checks=(checks.timestamp,), required=True)
    rev = Field(table, "rev", lambda: translate("fields", "Change number"), Owner.SYSTEM, Travel.LOCAL, "int")
    return (created, updated, rev) if changed else (created, rev)
