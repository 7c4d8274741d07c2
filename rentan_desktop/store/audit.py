"""The audit trail and the change sequence: every write says who, when, what, before and after."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import sqlite_utils

from rentan_desktop.store.clock import now_iso

_SKIP = {"rev", "updated_at", "created_at"}


def next_rev(db: sqlite_utils.Database, count: int = 1) -> int:
    """Reserve `count` change sequence numbers; returns the last one."""
    db.execute(
        "INSERT INTO counters(name, value) VALUES ('rev', ?) "
        "ON CONFLICT(name) DO UPDATE SET value = value + excluded.value",
        [count],
    )
    return db.execute("SELECT value FROM counters WHERE name = 'rev'").fetchone()[0]


def current_rev(db: sqlite_utils.Database) -> int:
    row = db.execute("SELECT value FROM counters WHERE name = 'rev'").fetchone()
    return row[0] if row else 0


def diff(before: Mapping[str, Any] | None, after: Mapping[str, Any] | None) -> tuple[dict, dict]:
    """Only the fields that changed, so the trail reads as what the operator did."""
    before = dict(before or {})
    after = dict(after or {})
    keys = (set(before) | set(after)) - _SKIP
    changed = sorted(k for k in keys if before.get(k) != after.get(k))
    return ({k: before.get(k) for k in changed if k in before},
            {k: after.get(k) for k in changed if k in after})


def record(
    db: sqlite_utils.Database,
    *,
    operator: str,
    table: str,
    uid: str,
    action: str,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    note: str | None = None,
) -> None:
    b, a = diff(before, after)
    record_many(db, [(now_iso(), operator, table, uid, action,
                      json.dumps(b, ensure_ascii=False) if b else None,
                      json.dumps(a, ensure_ascii=False) if a else None, note)])


AuditRow = tuple[str, str, str, str, str, str | None, str | None, str | None]


def record_many(db: sqlite_utils.Database, rows: Iterable[AuditRow]) -> None:
    """The one INSERT into the trail, for bulk paths that build their rows themselves:
    (at, operator, table, record uid, action, before JSON, after JSON, note)."""
    db.conn.executemany(
        "INSERT INTO audit_log(at, operator, table_name, record_uid, action, before, after, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)


# A spreadsheet import audits the records it creates with one entry (roster/store_rows.py): its
# record_uid is IMPORT_PREFIX + the first created uid and its `after` holds first_uid and last_uid.
# The uids are time-ordered and consecutive (same 48-bit millisecond prefix, a counter after it),
# so a record was created by that import exactly when its uid lies in the range; the entry is found
# through the audit_record index by that shared prefix, without scanning the trail.
IMPORT_PREFIX = "import:"
_UID_STAMP = 13  # "xxxxxxxx-xxxx": the millisecond stamp every uid of one import starts with


def import_entry_uid(first_uid: str | None, file_name: str) -> str:
    """The record_uid of an import's own entry: by its first created uid (else by its file name)."""
    return IMPORT_PREFIX + (first_uid or file_name)


def import_creation(db: sqlite_utils.Database, uid: str) -> tuple | None:
    """(id, at, operator, table, note) of the import that created record `uid`, or None."""
    if len(uid) != 36:
        return None
    rows = db.execute(
        "SELECT id, at, operator, table_name, after FROM audit_log WHERE record_uid BETWEEN ? AND ? "
        "AND action = 'import'", [IMPORT_PREFIX + uid[:_UID_STAMP], IMPORT_PREFIX + uid]).fetchall()
    for entry_id, at, operator, table, after in rows:
        batch = json.loads(after) if after else {}
        if batch.get("first_uid", "~") <= uid <= batch.get("last_uid", ""):
            note = batch.get("created_note") or batch.get("file")
            return entry_id, at, operator, table, note
    return None


def history(db: sqlite_utils.Database, uid: str) -> list[dict[str, Any]]:
    """The trail of one record, oldest first, with before/after decoded; a record created by an
    import starts with a "create" entry made from that import's entry."""
    rows = db.execute(
        "SELECT id, at, operator, table_name, action, before, after, note FROM audit_log "
        "WHERE record_uid = ? ORDER BY id", [uid]).fetchall()
    created = import_creation(db, uid)
    if created is not None:
        entry_id, at, operator, table, note = created
        rows = sorted([*rows, (entry_id, at, operator, table, "create", None, None, note)])
    return [
        {"at": at, "operator": op, "table": table, "action": action,
         "before": json.loads(b) if b else {}, "after": json.loads(a) if a else {}, "note": note}
        for _id, at, op, table, action, b, a, note in rows
    ]
