"""Telling the receiver plainly that a peer switched to a new key (a rotation announced in a bundle).

The rotation itself is signed by the old key and trusted at once (record.py), which is right for an
honest rotation; but a stolen old key could announce the thief's key the same way. So the receiver
is told, in the bundle summary, in the result and on the Sync tab until someone acknowledges it,
to ask for the peer's new fingerprint letter and compare it. Announcement and acknowledgement are
both in the audit trail.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from rentan_desktop.i18n import translate
from rentan_desktop.store import audit, settings
from rentan_desktop.store.clock import now_iso

SETTING = "key_change_notices"


def summary_note(header: dict[str, Any], sender: str) -> str | None:
    """The line a bundle summary shows when the bundle announces its sender's new key."""
    announced = header.get("new_key") if isinstance(header, dict) else None
    if not isinstance(announced, dict):
        return None
    return message(sender, str(announced.get("fingerprint") or ""))


def message(sender: str, fingerprint: str) -> str:
    return translate("sync", "{sender} uses a new key (fingerprint {fingerprint}); ask for its new fingerprint "
                             "letter and compare the two before the next bundle. If {sender} did not change its "
                             "key, revoke it under Keys and trust.").format(sender=sender, fingerprint=fingerprint)


def remember(db: sqlite_utils.Database, *, peer: str, sender: str, key_id: str, fingerprint: str,
             operator: str, file_name: str) -> None:
    """Keep the notice until acknowledged, and audit the announcement (inside the import's transaction)."""
    notices = [n for n in pending(db) if n.get("key_id") != key_id]
    notices.append({"peer": peer, "sender": sender, "key_id": key_id, "fingerprint": fingerprint,
                    "at": now_iso(), "file": file_name})
    settings.put(db, SETTING, notices)
    audit.record(db, operator=operator, table="sync_peers", uid=key_id, action="key_announced",
                 after={"peer": peer, "fingerprint": fingerprint, "file": file_name},
                 note=translate("sync", "{sender} announced a new key in {file}").format(sender=sender,
                                                                                    file=file_name))


def pending(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    value = settings.get(db, SETTING, [])
    return list(value) if isinstance(value, list) else []


def lines(db: sqlite_utils.Database) -> list[str]:
    return [message(n["sender"], n["fingerprint"]) for n in pending(db)]


def acknowledge(db: sqlite_utils.Database, operator: str) -> int:
    """The operator compared the new fingerprints: the notices go, the audit trail says who did it."""
    notices = pending(db)
    if not notices:
        return 0
    with db.atomic():
        for n in notices:
            audit.record(db, operator=operator, table="sync_peers", uid=n["key_id"], action="key_checked",
                         before={"fingerprint": n["fingerprint"]},
                         note=translate("sync", "New key of {sender} compared with its fingerprint letter").format(
                             sender=n["sender"]))
        settings.put(db, SETTING, [])
    return len(notices)
