"""What an applied import records: the import log, its conflicts, the link (sequence, hash,
acknowledgements) and the sender's key changes (rotation acknowledged, new key announced)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlite_utils

from rentan_desktop.i18n import translate
from rentan_desktop.store import settings
from rentan_desktop.store.clock import now_iso
from rentan_desktop.sync import key_notices, keys, registry
from rentan_desktop.sync.bundle import BundleRefused
from rentan_desktop.sync.plan import CATEGORIES, ImportSummary
from rentan_desktop.sync.verify import Checked


def record_import(db: sqlite_utils.Database, checked: Checked, summary: ImportSummary, operator: str,
                  archive: Path) -> None:
    header = checked.header
    stamp = now_iso()
    cur = db.execute(
        "INSERT INTO sync_imports(at, operator, peer, kind, sequence, file_name, file_sha256, totals, summary, "
        "archived_as) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [stamp, operator, checked.peer, header["kind"], summary.sequence, checked.file_name,
         checked.bundle.file_sha256, json.dumps({"sender": summary.sender, **{c: summary.total(c) for c in CATEGORIES}}),
         summary.to_json(), str(archive)])
    import_id = cur.lastrowid
    for t in summary.tables:
        for uid, label, field_name, local, incoming in t.conflict_rows:
            # The same open question again (a record resent unchanged) is listed once.
            db.execute("INSERT INTO sync_conflicts(import_id, at, peer, table_name, record_uid, label, field, "
                       "local_value, incoming_value) SELECT ?,?,?,?,?,?,?,?,? WHERE NOT EXISTS (SELECT 1 FROM "
                       "sync_conflicts WHERE status = 'open' AND table_name = ? AND record_uid = ? AND field = ? "
                       "AND local_value IS ? AND incoming_value IS ?)",
                       [import_id, stamp, checked.peer, t.table, uid, label, field_name, local, incoming,
                        t.table, uid, field_name, local, incoming])
    link = registry.link(db, checked.peer)
    ack = header.get("ack") or {}
    values: dict[str, Any] = {"in_seq": summary.sequence, "in_hash": checked.bundle.file_sha256, "in_at": stamp,
                              "in_rev": max(link["in_rev"], int(header["rev_to"]))}
    acked = min(int(ack.get("rev") or 0), _highest_rev_sent(db, checked.peer))
    if acked > link["acked_rev"]:
        values.update(acked_rev=acked, acked_at=stamp)
    registry.update_link(db, checked.peer, **values)
    pending = keys.pending_rotation(db)
    if pending is not None and ack.get("key_id") == pending.key_id:
        _rotation_acked(db, checked.peer, pending.key_id)
    # The sender signs with its new key only once we acknowledged it: older keys retire then.
    db.execute("UPDATE sync_peers SET status = 'retired' WHERE peer = ? AND status = 'trusted' AND id < ?",
               [checked.peer, checked.key.id])
    announced = header.get("new_key")
    if announced:
        if keys.fingerprint(announced["sign_pub"], announced["age_recipient"]) != announced.get("fingerprint"):
            raise BundleRefused(translate("sync", "{file} announces a damaged new key.").format(file=checked.file_name))
        registry.add_key(db, peer=checked.peer, site_uid=header["sender"]["site_uid"], role=checked.key.role,
                         name=checked.key.name, key_id=announced["key_id"], sign_pub=announced["sign_pub"],
                         age_recipient=announced["age_recipient"], fingerprint=announced["fingerprint"],
                         source="rotation", status="trusted", operator=operator, announced_by=checked.key.key_id)
        key_notices.remember(db, peer=checked.peer, sender=summary.sender, key_id=announced["key_id"],
                             fingerprint=announced["fingerprint"], operator=operator, file_name=checked.file_name)


def _highest_rev_sent(db: sqlite_utils.Database, peer: str) -> int:
    """A peer can acknowledge only changes we sent it: a larger claim would stop us resending
    changes it never received."""
    row = db.execute("SELECT max(rev_to) FROM sync_exports WHERE peer = ?", [peer]).fetchone()
    return int(row[0] or 0)


def _rotation_acked(db: sqlite_utils.Database, peer: str, key_id: str) -> None:
    value = keys.state(db)
    acks = set(value.get("rotation_acks", [])) | {peer}
    value["rotation_acks"] = sorted(acks)
    settings.put(db, keys.SETTING, value)
    everyone = {p.peer for p in registry.all_peers(db) if p.status == "trusted"}
    if everyone <= acks:
        value = keys.state(db)
        value.pop("rotation_acks", None)
        settings.put(db, keys.SETTING, value)
        keys.rotation_acknowledged(db, key_id)
