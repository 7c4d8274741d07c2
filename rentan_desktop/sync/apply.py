"""Applying a checked, decrypted bundle: its table sections, settings, duplicate flags and restored link.

Runs inside the caller's transaction; a preview rolls it back, an import commits it.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from rentan_desktop.i18n import translate
from rentan_desktop.store import audit, settings
from rentan_desktop.store.clock import now_iso
from rentan_desktop.sync import registry
from rentan_desktop.sync.apply_table import ApplyContext, apply_table
from rentan_desktop.sync.bundle import BundleRefused
from rentan_desktop.sync.plan import ImportSummary
from rentan_desktop.sync.tables import SyncTable, restore_tables, tables
from rentan_desktop.sync.verify import Checked
from rentan_desktop.tasks import TaskState


def apply_sections(db: sqlite_utils.Database, checked: Checked, sections: list, summary: ImportSummary,
                   state: TaskState) -> None:
    header = checked.header
    role = settings.get(db, "role")
    opd_id, expected = _receiving_side(db, checked, role)
    ctx = ApplyContext(opd_id, summary)
    for i, (meta, rows) in enumerate(sections):
        state.check()
        state.progress(i, len(sections), translate("sync", "Applying {table}...").format(
            table=meta.get("table", meta.get("section"))))
        section = meta.get("section")
        if section == "table":
            spec = expected.get(f"{meta.get('table')}:{meta.get('direction')}")
            if spec is None:
                summary.notes.append(translate("sync", "Skipped rows of {table}: this install does not take them "
                                                       "from {sender}.").format(table=meta.get("table"),
                                                                                sender=summary.sender))
                continue
            apply_table(db, spec, list(meta["columns"]), rows, ctx)
        elif section == "settings" and role == "opd":
            _apply_settings(db, meta.get("values") or {}, summary)
        elif section == "duplicate_flags" and role == "opd":
            _apply_flags(db, rows, summary)
        elif section == "link" and header["kind"] == "restore" and role == "opd":
            _apply_restored_link(db, meta)
    if role == "disnaker" or header["kind"] == "restore":
        # paid_through is a local cache of payments: recompute it from the payments just received.
        from rentan_desktop.payments import paid_through

        paid_through.refresh(db, [r[0] for r in db.execute("SELECT id FROM workers WHERE opd_id = ?", [opd_id])])



def _receiving_side(db: sqlite_utils.Database, checked: Checked, role: str) -> tuple[int | None, dict[str, SyncTable]]:
    """The OPD the rows belong to here, and the table sections this install takes from the sender."""
    if role == "disnaker":
        opd_id = db.execute("SELECT id FROM opds WHERE code = ?", [checked.peer]).fetchone()
        if opd_id is None:
            raise BundleRefused(translate("sync", "OPD {code} is not in the OPD list; add it first.").format(
                code=checked.peer))
        return opd_id[0], {t.key: t for t in tables("up")}
    from rentan_desktop.store.site import own_opd_id

    expected = {t.key: t for t in tables("down")}
    if checked.header["kind"] == "restore":
        expected.update({f"{t.name}:restore": t for t in restore_tables()})
    return own_opd_id(db), expected


def _apply_settings(db: sqlite_utils.Database, values: dict[str, Any], summary: ImportSummary) -> None:
    from rentan_desktop.sync.tables import DOWN_SETTINGS

    t = summary.table("settings")
    for key, value in values.items():
        if key not in DOWN_SETTINGS or value is None:
            continue
        if settings.get(db, key) == value:
            t.add("present", key, key)
        else:
            settings.put(db, key, value)
            t.add("updated", key, key)


def _apply_flags(db: sqlite_utils.Database, rows: list[list[Any]], summary: ImportSummary) -> None:
    t = summary.table("duplicate_flags")
    stamp = now_iso()
    seen = set()
    for row in rows:
        if len(row) != 2 or not isinstance(row[0], str) or not isinstance(row[1], str):
            t.add("errors", str(row[:1]), "", translate("sync", "malformed row"))
            continue
        uid, others = row
        seen.add(uid)
        name = db.execute("SELECT name FROM workers WHERE uid = ?", [uid]).fetchone()
        label = name[0] if name else uid
        old = db.execute("SELECT other_opds, cleared_at FROM sync_duplicate_flags WHERE worker_uid = ?",
                         [uid]).fetchone()
        if old and old[0] == others and old[1] is None:
            t.add("present", uid, label)
            continue
        db.execute("INSERT INTO sync_duplicate_flags(worker_uid, other_opds, flagged_at) VALUES (?,?,?) "
                   "ON CONFLICT(worker_uid) DO UPDATE SET other_opds = excluded.other_opds, "
                   "flagged_at = excluded.flagged_at, cleared_at = NULL", [uid, others, stamp])
        t.add("new" if old is None or old[1] else "updated", uid, label,
              translate("sync", "also sponsored in OPD {codes}").format(codes=others))
    # The list is complete each time: a flag Disnaker no longer reports is cleared.
    for (uid,) in db.execute("SELECT worker_uid FROM sync_duplicate_flags WHERE cleared_at IS NULL").fetchall():
        if uid not in seen:
            db.execute("UPDATE sync_duplicate_flags SET cleared_at = ? WHERE worker_uid = ?", [stamp, uid])


def _apply_restored_link(db: sqlite_utils.Database, meta: dict[str, Any]) -> None:
    """A restored OPD continues Disnaker's view of its sequence and change numbers."""
    in_rev = int(meta.get("in_rev") or 0)
    if audit.current_rev(db) < in_rev:
        audit.next_rev(db, in_rev - audit.current_rev(db))
    registry.update_link(db, registry.DISNAKER, out_seq=int(meta.get("in_seq") or 0), out_hash=meta.get("in_hash"),
                         acked_rev=in_rev, acked_at=now_iso())
