"""Before an OPD writes its bundle: the rows Disnaker's import would refuse, judged by the same form
rules (sync/row_rules.py), so the OPD hears of them while it can still fix them, not only after
Disnaker refused the whole bundle."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils

from rentan_desktop import fields
from rentan_desktop.i18n import translate
from rentan_desktop.sync import registry, row_rules
from rentan_desktop.sync.export import opd_id_for, role, select_rows
from rentan_desktop.sync.tables import tables

MAX_LISTED = 20
_RULES = {"workers": row_rules.worker_problems, "sponsors": row_rules.sponsor_problems}


@dataclass(frozen=True)
class Refusal:
    table: str
    uid: str
    name: str  # the person's name: shown to the operator, never logged
    field: str  # the field's label
    reason: str


def refusals(db: sqlite_utils.Database, full: bool = False) -> list[Refusal]:
    """At an OPD: the sponsors and workers its next bundle would carry that Disnaker would refuse."""
    if role(db) != "opd":
        return []
    link = registry.link(db, registry.DISNAKER)
    params = {"since": 0 if full else link["acked_rev"], "opd_id": opd_id_for(db, registry.DISNAKER)}
    out: list[Refusal] = []
    for spec in tables("up"):
        rule = _RULES.get(spec.name)
        if rule is None:
            continue
        names, rows = select_rows(db, spec, params)
        for row in rows:
            record: dict[str, Any] = dict(zip(names, row, strict=True))
            for column, reason in rule(record):
                out.append(Refusal(spec.name, record["uid"], str(record.get("name") or ""),
                                   fields.label(spec.name, column), reason))
    return out


def warning_text(found: list[Refusal]) -> str:
    """What the OPD reads before writing: who, which field, why, and what to do."""
    lines = [translate("sync", "{count} records in this bundle would not be accepted by Disnaker, and one such "
                               "record makes Disnaker refuse the whole bundle:").format(count=len(found))]
    for r in found[:MAX_LISTED]:
        lines.append(f"\u2022 {fields.table_label(r.table)} {r.name}: {r.field}: {r.reason}")
    if len(found) > MAX_LISTED:
        lines.append(translate("sync", "... and {count} more.").format(count=len(found) - MAX_LISTED))
    lines.append(translate("sync", "Open each record in the Roster tab and fix it there (for an age outside the "
                                   "programme's range, fill in the reason for the exception), then write the "
                                   "bundle."))
    return "\n".join(lines)
