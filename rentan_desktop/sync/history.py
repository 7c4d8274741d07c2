"""The import log, open conflicts, the quarantine folder and duplicate flags: what the sync tab lists."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlite_utils

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.store import audit
from rentan_desktop.store.clock import now_iso
from rentan_desktop.sync.export import table_columns
from rentan_desktop.sync.plan import ImportSummary
from rentan_desktop.sync.verify import QUARANTINE_DIR


def import_history(db: sqlite_utils.Database, limit: int = 200) -> list[dict[str, Any]]:
    """The import log, newest first: who, when, which file, the totals (the full summary by id)."""
    cols = ("id", "at", "operator", "peer", "kind", "sequence", "file_name", "file_sha256", "totals", "archived_as")
    rows = db.execute(f"SELECT {', '.join(cols)} FROM sync_imports ORDER BY id DESC LIMIT ?", [limit]).fetchall()
    out = []
    for r in rows:
        item = dict(zip(cols, r, strict=True))
        item["totals"] = json.loads(item["totals"])
        out.append(item)
    return out


def import_summary(db: sqlite_utils.Database, import_id: int) -> ImportSummary:
    row = db.execute("SELECT summary FROM sync_imports WHERE id = ?", [import_id]).fetchone()
    if row is None:
        raise UserError(translate("sync", "This import is not in the log."))
    return ImportSummary.from_json(row[0])


def open_conflicts(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    cols = ("id", "at", "peer", "table_name", "record_uid", "label", "field", "local_value", "incoming_value")
    rows = db.execute(f"SELECT {', '.join(cols)} FROM sync_conflicts WHERE status = 'open' ORDER BY id").fetchall()
    return [dict(zip(cols, r, strict=True)) for r in rows]


def resolve_conflict(db: sqlite_utils.Database, conflict_id: int, operator: str, take_incoming: bool) -> None:
    """A person decides: keep this install's value, or take the one the bundle brought."""
    row = db.execute("SELECT table_name, record_uid, field, local_value, incoming_value, status FROM sync_conflicts "
                     "WHERE id = ?", [conflict_id]).fetchone()
    if row is None or row[5] != "open":
        raise UserError(translate("sync", "This conflict was already decided."))
    table, uid, field_name, local, incoming, _ = row
    with db.atomic():
        if take_incoming and field_name != "record" and field_name in table_columns(db, table):
            before = db.execute(f"SELECT {field_name} FROM {table} WHERE uid = ?", [uid]).fetchone()
            value = incoming
            db.execute(f"UPDATE {table} SET {field_name} = ?, rev = ? WHERE uid = ?",
                       [value, audit.next_rev(db), uid])
            audit.record(db, operator=operator, table=table, uid=uid, action="sync_conflict",
                         before={field_name: before[0] if before else None}, after={field_name: value},
                         note=translate("sync", "conflict decided: took the value from the bundle"))
        db.execute("UPDATE sync_conflicts SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?",
                   ["took_incoming" if take_incoming else "kept_local", operator, now_iso(), conflict_id])


def quarantined(data_dir: Path) -> list[dict[str, Any]]:
    """At Disnaker: bundles refused for an unknown key, kept for review (newest first)."""
    folder = Path(data_dir) / QUARANTINE_DIR
    out = []
    for meta in folder.glob("*.json"):
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        out.append({**info, "path": str(meta.with_suffix(""))})
    return sorted(out, key=lambda i: i.get("received_at", ""), reverse=True)


def duplicate_flags(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """At an OPD: workers Disnaker found sponsored in another OPD too."""
    rows = db.execute("""SELECT f.worker_uid, w.name, f.other_opds, f.flagged_at FROM sync_duplicate_flags f
                         LEFT JOIN workers w ON w.uid = f.worker_uid WHERE f.cleared_at IS NULL
                         ORDER BY w.name""").fetchall()
    return [dict(zip(("worker_uid", "name", "other_opds", "flagged_at"), r, strict=True)) for r in rows]
