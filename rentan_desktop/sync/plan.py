"""What an import would do or did: per-table counts, listed records and conflicts.

The dry run (preview) and the applied import produce the same summary; the import log keeps
it as JSON so the operator can reopen it later.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from rentan_desktop import fields
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate

MAX_LISTED = 500
CATEGORIES = ("new", "updated", "present", "conflicts", "errors")


@dataclass
class TableSummary:
    table: str
    new: int = 0
    updated: int = 0
    present: int = 0
    conflicts: int = 0
    errors: int = 0
    records: dict[str, list[list[str]]] = field(default_factory=dict)  # category -> [uid, label, detail]
    conflict_rows: list[list[Any]] = field(default_factory=list)  # [uid, label, field, local, incoming]
    # The dry run's field-level view: [uid, label, [[field label, before, after], ...]] per changed record.
    changes: list[list[Any]] = field(default_factory=list)
    # New workers by BPJS registration state (sync/bpjs_readiness.py): new, ready, incomplete, rejected.
    registration: dict[str, int] = field(default_factory=dict)

    def add(self, category: str, uid: str, label: str = "", detail: str = "") -> None:
        setattr(self, category, getattr(self, category) + 1)
        listed = self.records.setdefault(category, [])
        if len(listed) < MAX_LISTED:
            listed.append([uid, label, detail])

    def add_change(self, uid: str, label: str, fields_changed: list[tuple[str, str, str]]) -> None:
        """An updated record with each field's label, value before and value after."""
        detail = "; ".join(f"{name}: {before} \u2192 {after}" if before or after else name
                           for name, before, after in fields_changed)
        self.add("updated", uid, label, detail)
        if len(self.changes) < MAX_LISTED:
            self.changes.append([uid, label, [list(f) for f in fields_changed]])

    def add_conflict(self, uid: str, label: str, field_name: str, local: Any, incoming: Any, detail: str) -> None:
        """Every conflict is kept (not only the first listed) so each reaches the conflicts list."""
        self.add("conflicts", uid, label, detail)
        self.conflict_rows.append([uid, label, field_name, None if local is None else str(local),
                                   None if incoming is None else str(incoming)])


@dataclass
class ImportSummary:
    peer: str
    sender: str
    kind: str
    sequence: int
    file_name: str
    file_sha256: str
    status: str = "preview"  # preview, applied, nothing
    notes: list[str] = field(default_factory=list)
    tables: list[TableSummary] = field(default_factory=list)

    def table(self, name: str) -> TableSummary:
        for t in self.tables:
            if t.table == name:
                return t
        t = TableSummary(name)
        self.tables.append(t)
        return t

    def total(self, category: str) -> int:
        return sum(getattr(t, category) for t in self.tables)

    def to_json(self) -> str:
        # The fields as they are (asdict deep-copies every listed record first: a second per bundle).
        return json.dumps({**vars(self), "tables": [vars(t) for t in self.tables]}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ImportSummary:
        data = json.loads(text)
        data["tables"] = [TableSummary(**t) for t in data.get("tables", [])]
        return cls(**data)

    def text(self) -> str:
        """What the terminal prints: one line per table, then notes, conflicts and errors."""
        lines = [translate("sync", "Bundle {seq} from {sender} ({file})").format(
            seq=self.sequence, sender=self.sender, file=self.file_name)]
        lines.append(translate("sync", "{new} new, {updated} updated, {present} already present, {conflicts} "
                                       "conflicts, {errors} errors").format(
            new=self.total("new"), updated=self.total("updated"), present=self.total("present"),
            conflicts=self.total("conflicts"), errors=self.total("errors")))
        for t in self.tables:
            lines.append(f"  {fields.table_label(t.table):<20} " + translate(
                "sync", "new {new}, updated {updated}, present {present}, conflicts {conflicts}, errors {errors}"
            ).format(new=t.new, updated=t.updated, present=t.present, conflicts=t.conflicts, errors=t.errors))
        lines += [f"  {line}" for line in registration_lines(self)]
        lines += [f"  * {n}" for n in self.notes]
        for t in self.tables:
            for category in ("conflicts", "errors"):
                for uid, label, detail in t.records.get(category, [])[:20]:
                    lines.append(f"  ! {fields.table_label(t.table)} {label or uid}: {detail}")
        return "\n".join(lines)

    def changes_text(self, limit: int = 200) -> str:
        """The dry run's field-level view: per changed record, each field from what to what."""
        lines = []
        for t in self.tables:
            for uid, label, changed in t.changes[:limit]:
                lines.append(f"  {fields.table_label(t.table)}: {label or uid}")
                lines += [f"      {name}: {before} \u2192 {after}" for name, before, after in changed]
        return "\n".join(lines)


def registration_lines(summary: ImportSummary) -> list[str]:
    """What the new workers need next at Disnaker: how many can be registered with BPJS now, how many
    wait for data from their OPD (QA walk r4, 11)."""
    lines = []
    for t in summary.tables:
        counts = t.registration
        if not counts.get("new"):
            continue
        line = translate("sync", "{new} new workers: {ready} ready to register with BPJS, {incomplete} incomplete "
                                 "(data missing)").format(new=counts["new"], ready=counts.get("ready", 0),
                                                          incomplete=counts.get("incomplete", 0))
        others = counts["new"] - sum(counts.get(k, 0) for k in ("ready", "incomplete", "rejected"))
        if others > 0:  # reported with a KPJ: a membership to confirm, not a registration
            line += translate("sync", ", {n} already have a KPJ (membership to confirm)").format(n=others)
        lines.append(line + ".")
        if counts.get("duplicate"):  # the case the import opens (QA walk r5, 24)
            lines.append(translate("sync", "{n} new workers have the NIK of a worker of another OPD: a duplicate-data "
                                           "case will be opened (Duplicates tab).").format(n=counts["duplicate"]))
    return lines


def who_must_act(summary: ImportSummary) -> str:
    """A refused row belongs to its sender: the receiver cannot fix it, only ask for a new bundle."""
    if summary.sender.startswith("OPD"):
        return translate("sync", "These records belong to {sender}: they cannot be corrected here. Ask {sender} to "
                                 "correct them in its own forms (the reason is given per row) and to write a new "
                                 "bundle, then open that one.").format(sender=summary.sender)
    return translate("sync", "Ask {sender} to correct these records and to write a new bundle, then open that "
                             "one.").format(sender=summary.sender)


class ImportBlocked(UserError):
    """The bundle is genuine but some rows cannot be applied; nothing was changed."""

    def __init__(self, message: str, summary: ImportSummary):
        super().__init__(message)
        self.summary = summary

