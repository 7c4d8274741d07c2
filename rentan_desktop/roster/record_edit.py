"""Editing and ending one sponsor or worker from the terminal, through the same service as the GUI.

`rentan roster edit-worker NIK --set "NAMA IBU KANDUNG=Siti"` names fields the way the
import does (a field name such as mother_name, or any header spelling the import knows) and
reads values the way the import reads cells (dates as 29/11/1985, echelons as III.a, a
sponsor by its NIP). The changed record is validated and written by roster.service.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlite_utils

from rentan_desktop.domain.digits import strip_separators
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.roster import columns, service
from rentan_desktop.roster.columns import SPONSORS, WORKERS
from rentan_desktop.roster.convert import Refused, placeholder
from rentan_desktop.roster.row_data import RowContext, sponsor_data, worker_data
from rentan_desktop.store import clock
from rentan_desktop.store.site import own_opd_id


def parse_assignments(pairs: list[str], kind: str) -> dict[str, str]:
    """['NAMA IBU KANDUNG=Siti', 'phone=0812...'] -> {'mother_name': 'Siti', 'phone': '0812...'}."""
    known = columns.headers_for(kind)
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        field = name.strip() if name.strip() in known else columns.recognise(name, kind)
        if not sep or field is None:
            raise UserError(translate(
                "record_edit", "'{pair}' is not FIELD=value with a known field; fields: {fields}.").format(
                pair=pair, fields=", ".join(known)))
        out[field] = value.strip()
    if not out:
        raise UserError(translate("record_edit", "Nothing to change: give at least one --set FIELD=value."))
    return out


def find_record(db: sqlite_utils.Database, kind: str, key: str) -> dict[str, Any]:
    """This OPD's sponsor by NIP or worker by NIK (spaces and dots ignored), or its uid."""
    table, column = ("sponsors", "nip") if kind == SPONSORS else ("workers", "nik")
    digits = strip_separators(key)
    row = db.execute(f"SELECT uid FROM {table} WHERE opd_id = ? AND ({column} = ? OR uid = ?)",
                     [own_opd_id(db), digits, key.strip()]).fetchone()
    if row is None:
        label = "NIP" if kind == SPONSORS else "NIK"
        raise UserError(translate("record_edit", "No {what} with this {label} or ID in this install.").format(
            what=translate("record_edit", "sponsor") if kind == SPONSORS else translate("record_edit", "worker"),
            label=label))
    return service.get_sponsor(db, row[0]) if kind == SPONSORS else service.get_worker(db, row[0])


def edit(db: sqlite_utils.Database, operator: str, kind: str, key: str, assignments: dict[str, str],
         today: dt.date | None = None) -> service.SaveResult:
    """Change the given fields of one record; every other field stays as it is."""
    record = find_record(db, kind, key)
    try:
        if kind == SPONSORS:
            data, given = sponsor_data(assignments)
        else:
            opd_id = own_opd_id(db)
            sponsors = {nip: (sid, status) for sid, nip, status in db.execute(
                "SELECT id, nip, status FROM sponsors WHERE opd_id = ? AND nip IS NOT NULL", [opd_id])}
            data, given, _ = worker_data(assignments, RowContext(WORKERS, opd_id, sponsors, {},
                                                                today or clock.today()))
    except Refused as refused:
        raise UserError(f"{columns.field_label(kind, refused.field)}: {refused.reason}") from refused
    blanked = {f for f, v in assignments.items() if placeholder(v, f)}  # 'FIELD=' or 'FIELD=-' clears it
    changes = {k: v for k, v in data.items() if k in given}
    changes.update({f: None for f in blanked if f in record})
    merged = {**record, **changes}
    if kind == SPONSORS:
        return service.save_sponsor(db, operator, merged, uid=record["uid"], opd_id=record["opd_id"])
    return service.save_worker(db, operator, merged, uid=record["uid"], opd_id=record["opd_id"])


def end(db: sqlite_utils.Database, operator: str, kind: str, key: str, ended_on: str, reason: str) -> str:
    """End a sponsorship or a worker's membership (as the GUI's End); returns the record's name."""
    record = find_record(db, kind, key)
    if kind == SPONSORS:
        service.end_sponsor(db, operator, record["uid"], ended_on, reason)
    else:
        service.end_worker(db, operator, record["uid"], ended_on, reason)
    return record["name"]
