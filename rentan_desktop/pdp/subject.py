"""UU PDP data subject access: everything this install holds about one worker or sponsor."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.store import audit

KINDS = {"worker": "workers", "sponsor": "sponsors"}


@dataclass
class SubjectData:
    kind: str
    uid: str
    record: dict[str, Any]
    payments: list[dict[str, Any]] = field(default_factory=list)
    workers: list[dict[str, Any]] = field(default_factory=list)  # a sponsor's workers (name and NIK only)
    audit: list[dict[str, Any]] = field(default_factory=list)
    sync: list[dict[str, Any]] = field(default_factory=list)
    access: list[dict[str, Any]] = field(default_factory=list)


def find(db: sqlite_utils.Database, kind: str, ident: str) -> str:
    """The uid of the worker (by NIK or uid) or sponsor (by NIP or uid); a clear error when none."""
    table = KINDS.get(kind)
    if table is None:
        raise UserError(translate("pdp", "Choose 'worker' or 'sponsor'."))
    key = "nik" if kind == "worker" else "nip"
    cleaned = "".join(ident.split())
    row = db.execute(f"SELECT uid FROM {table} WHERE uid = ? OR {key} = ? ORDER BY id LIMIT 1",
                     [ident.strip(), cleaned]).fetchone()
    if row is None:
        raise UserError(translate("pdp", "No {kind} with that number is in this install.").format(
            kind=translate("pdp", "worker") if kind == "worker" else translate("pdp", "sponsor")))
    return row[0]


def _dicts(cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def collect(db: sqlite_utils.Database, kind: str, uid: str) -> SubjectData:
    table = KINDS[kind]
    found = _dicts(db.execute(f"SELECT * FROM {table} WHERE uid = ?", [uid]))
    if not found:
        raise UserError(translate("pdp", "That person is no longer in this install."))
    record = found[0]
    data = SubjectData(kind, uid, record)
    column = "worker_id" if kind == "worker" else "sponsor_id"
    data.payments = _dicts(db.execute(
        f"SELECT month, amount, jkk, jkm, method, reference, paid_on, kind, reason, recorded_by, recorded_at "
        f"FROM payments WHERE {column} = ? ORDER BY month, id", [record["id"]]))
    if kind == "sponsor":
        data.workers = _dicts(db.execute("SELECT nik, name, status FROM workers WHERE sponsor_id = ? ORDER BY name",
                                         [record["id"]]))
    data.audit = _dicts(db.execute("SELECT at, operator, action, before, after, note FROM audit_log "
                                   "WHERE record_uid = ? ORDER BY id", [uid]))
    created = audit.import_creation(db, uid)  # made by a spreadsheet import: its one entry says so
    if created is not None:
        _, at, operator, _, note = created
        data.audit.insert(0, {"at": at, "operator": operator, "action": "create", "before": None, "after": None,
                              "note": note})
    data.sync = _dicts(db.execute("SELECT at, peer, field, local_value, incoming_value, status FROM sync_conflicts "
                                  "WHERE record_uid = ? ORDER BY id", [uid]))
    if kind == "worker":
        data.sync += _dicts(db.execute("SELECT flagged_at AS at, other_opds AS peer, 'duplicate NIK' AS field, "
                                       "cleared_at AS status FROM sync_duplicate_flags WHERE worker_uid = ?", [uid]))
    data.access = _dicts(db.execute("SELECT at, operator, action, detail FROM personal_data_access "
                                    "WHERE subject_uid = ? ORDER BY id", [uid]))
    return data
