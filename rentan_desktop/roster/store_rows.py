"""Writing an import: new records in prepared batches, updates field by field, all audited.

The records an import creates are audited together: one entry for the import (operator, time,
file name and SHA-256, sheet, counts, and the range of the created records' uids, which are
consecutive), instead of one JSON copy of each record; audit.history finds it for any of them.
Updates keep one entry per record with each field's before and after.

The caller holds one transaction (db.atomic()) around the whole import, so a failure midway
(disk full, a damaged sheet found late) leaves the install as it was.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Iterator
from typing import Any

import sqlite_utils

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.roster.columns import SPONSORS
from rentan_desktop.roster.validate import SPONSOR_FIELDS, WORKER_FIELDS
from rentan_desktop.store import audit
from rentan_desktop.store.bulk_insert import BulkInsert
from rentan_desktop.store.clock import now_iso

BATCH = 2000
# json.dumps with options builds a new encoder per call; one encoder writes the same text.


class OrderedUids:
    """Time-ordered UUIDs (RFC 9562 version 7) counting up from a random start.

    Random (version 4) keys land all over the uid and audit indexes, so a 200,000-row import
    rewrote most of their pages many times; keys that follow each other are appended. The
    counter's lowest 48 bits are the uid's last group: within a run that does not carry out of
    them, only that group changes, so a block is one prefix and a formatted number per uid
    (0.3 µs a uid instead of 1).
    """

    LOW = 48

    def __init__(self) -> None:
        stamp = time.time_ns() // 1_000_000 & (1 << 48) - 1
        self.count = secrets.randbits(73)  # 74 bits of counter: never wraps within an import
        self.high = stamp << 80 | 0x7 << 76

    def take(self, n: int) -> list[str]:
        """The next `n` uids, in order."""
        out: list[str] = []
        while n > 0:
            count = self.count
            low = count & (1 << self.LOW) - 1
            run = min(n, (1 << self.LOW) - low)  # up to where the last group would carry
            h = f"{self.high | (count >> 62) << 64 | 0b10 << 62 | count & (1 << 62) - 1:032x}"
            prefix = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-"
            out += [f"{prefix}{x:012x}" for x in range(low, low + run)]
            self.count += run
            n -= run
        return out


def ordered_uids() -> Iterator[str]:
    """OrderedUids one at a time."""
    uids = OrderedUids()
    while True:
        yield from uids.take(256)


def _literal(value: int | str) -> str:
    """An SQL literal for one of the Writer's own constants (an id, a status, a time stamp)."""
    if isinstance(value, int):
        return str(int(value))
    return "'" + str(value).replace("'", "''") + "'"


class Writer:
    """New records and updates of one import; `flush()` writes what is pending."""

    def __init__(self, db: sqlite_utils.Database, kind: str, opd_id: int, operator: str, note: str,
                 expected: int = 0):
        """`expected`: about how many records the import may add (0: not known)."""
        self.db, self.kind, self.opd_id, self.operator, self.note = db, kind, opd_id, operator, note
        self.expected = expected
        self.table = "sponsors" if kind == SPONSORS else "workers"
        self.fields = SPONSOR_FIELDS if kind == SPONSORS else WORKER_FIELDS
        self.status = "active" if kind == SPONSORS else "draft"
        self.stamp = now_iso()
        self._rev: int | None = None
        self._rows: list[tuple] = []
        self._audit: list[tuple] = []
        self.changed_worker_ids: list[int] = []
        self.inserted = 0
        self._uids = OrderedUids()
        self.first_uid: str | None = None
        self.last_uid: str | None = None
        self._bulk = BulkInsert(db, self.table)  # a large import: the per-row insert triggers set-based
        self._insert: str | None = None  # made at the first write, when the import's rev is known

    def _insert_sql(self) -> str:
        """The insert of one record from its values and uid; what every record of the import shares
        (OPD, status, time stamps, rev) is written into the statement instead of bound per row."""
        if self._insert is None:
            names = (*self.fields, "uid", "opd_id", "status", "created_at", "updated_at", "rev")
            shared = ", ".join(map(_literal, (self.opd_id, self.status, self.stamp, self.stamp, self.rev)))
            self._insert = (f"INSERT INTO {self.table}({', '.join(names)}) "
                            f"VALUES ({', '.join('?' * (len(self.fields) + 1))}, {shared})")
        return self._insert

    @property
    def rev(self) -> int:
        """One change-sequence number for the whole import, reserved at its first write."""
        if self._rev is None:
            self._rev = audit.next_rev(self.db)
        return self._rev

    @property
    def wrote(self) -> bool:
        return self._rev is not None

    def add(self, clean: dict[str, Any]) -> None:
        self.add_values(tuple(map(clean.get, self.fields)))

    def add_values(self, values: tuple) -> None:
        """A new record from its checked values, in the order of the kind's fields."""
        self.add_values_many([values])

    def add_values_many(self, many: list[tuple]) -> None:
        """New records from many checked value tuples at once, in order."""
        width = len(self.fields)
        if not many:
            return
        if set(map(len, many)) != {width}:
            raise ValueError(f"values for {width} fields expected")
        self._insert_sql()  # reserves the import's rev at its first write
        uids = self._uids.take(len(many))
        if self.first_uid is None:
            self.first_uid = uids[0]
        self.last_uid = uids[-1]
        self._rows.extend(map(tuple.__add__, many, [(uid,) for uid in uids]))
        if len(self._rows) >= BATCH:
            self.flush()

    def update(self, before: dict[str, Any], changes: dict[str, Any]) -> None:
        """Change only the fields the file corrects; the audit keeps each before and after."""
        sets = ", ".join(f"{name} = ?" for name in changes)
        self.db.execute(f"UPDATE {self.table} SET {sets}, updated_at = ?, rev = ? WHERE id = ?",
                        [*changes.values(), self.stamp, self.rev, before["id"]])
        old = {k: before.get(k) for k in changes}
        self._audit.append((self.stamp, self.operator, self.table, before["uid"], "update",
                            json.dumps(old, ensure_ascii=False, default=str),
                            json.dumps(changes, ensure_ascii=False, default=str), self.note))
        if self.table == "workers":
            self.changed_worker_ids.append(before["id"])

    def flush(self) -> None:
        if self._rows:
            if len(self._rows) >= BATCH:
                self._bulk.start(self.expected)
            self.db.conn.executemany(self._insert_sql(), self._rows)
            self.inserted += len(self._rows)
            self._rows = []
        if self._audit:
            self.db.conn.executemany(
                "INSERT INTO audit_log(at, operator, table_name, record_uid, action, before, after, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", self._audit)
            self._audit = []

    def finish(self, file_name: str, summary: str, *, sha256: str = "", sheet: str | None = None,
               counts: dict[str, int] | None = None) -> None:
        """Write what is pending and the import's own audit entry, which stands for the creation of
        every record it added (audit.IMPORT_RANGE: the first and last uid, consecutive)."""
        self.flush()
        self.finish_bulk()
        if self.changed_worker_ids:  # a corrected start month changes which months are owed
            from rentan_desktop.payments import lifecycle

            lifecycle.refresh_workers(self.db, self.changed_worker_ids, operator=self.operator,
                                      cause=translate("importer", "spreadsheet import"))
        batch: dict[str, Any] = {"file": file_name, "sha256": sha256, "sheet": sheet, **(counts or {}),
                                 "created_note": self.note}
        if self.first_uid is not None:
            batch.update(first_uid=self.first_uid, last_uid=self.last_uid, created=self.inserted)
        audit.record(self.db, operator=self.operator, table=self.table, action="import", after=batch,
                     uid=audit.import_entry_uid(self.first_uid, file_name), note=summary)


    def finish_bulk(self) -> None:
        """The insert triggers' work for every row inserted, and the triggers back (idempotent)."""
        self._bulk.finish()

    def close(self) -> None:
        """After the transaction, committed or rolled back: the connection's settings as they were."""
        self._bulk.release()


def storage_error(exc: Exception) -> UserError | None:
    """A translated message for the storage failures a clerk can act on (None: not one of those)."""
    text = str(exc).lower()
    if "disk is full" in text or "no space" in text or getattr(exc, "errno", None) == 28:
        return UserError(translate(
            "importer", "Nothing was imported: the disk is full. Free some space (empty the recycle bin, move old "
                        "backups to a USB stick) and import again."))
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return UserError(translate(
            "importer", "Nothing was imported: the Rentan data file could not be written because it is damaged "
                        "or not a Rentan database. Restore the latest backup (Maintenance) and import again."))
    if "readonly" in text or "read-only" in text or "permission" in text:
        return UserError(translate(
            "importer", "Nothing was imported: the data folder is read-only. Check that the disk is not "
                        "write-protected and that Rentan may write to its data folder."))
    if "locked" in text:
        return UserError(translate(
            "importer", "Nothing was imported: the data file is busy in another program. Close the other Rentan "
                        "window or program and import again."))
    return None
