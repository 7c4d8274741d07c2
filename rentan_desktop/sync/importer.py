"""Reading a bundle: check everything, show what would change, then apply it in one go.

The steps live in their own modules: verify (reading, limits, signatures, trust, sequence),
apply (the sections and tables), record (the import log and the link), plan (the summary
types) and history (what the sync tab lists). Here: the dry run and the import. A preview
runs the plan inside a transaction that is rolled back; applying runs it again in ONE
transaction with the import log, the acknowledgements and the sequence, after a backup of
the database. Nothing is written before the checks pass, so a refused bundle leaves the
database file untouched.
"""

from __future__ import annotations

import os
import secrets
import time
from pathlib import Path

import sqlite_utils

from rentan_desktop import paths
from rentan_desktop.i18n import translate
from rentan_desktop.session import session_of
from rentan_desktop.store import settings
from rentan_desktop.sync.apply import apply_sections, plan_sections
from rentan_desktop.sync.bundle import BundleRefused
from rentan_desktop.sync.plan import CATEGORIES, ImportBlocked, ImportSummary
from rentan_desktop.sync.record import record_import
from rentan_desktop.sync.verify import Checked, check, decrypt, sender_label
from rentan_desktop.tasks import TaskState

__all__ = ["CATEGORIES", "ImportBlocked", "ImportSummary", "apply", "check", "preview"]

RECEIVED_DIR = Path("sync") / "received"
# Disnaker imports 60 bundles in a sitting and its database is large: one backup before the
# first import of a sitting (then every 15 minutes) rather than a full copy per bundle.
BACKUP_EVERY = 15 * 60


def _summary(checked: Checked) -> ImportSummary:
    return ImportSummary(checked.peer, sender_label(checked.header), checked.header["kind"],
                         int(checked.header["sequence"]), checked.file_name, checked.bundle.file_sha256,
                         notes=list(checked.notes))


def _already_present(checked: Checked, summary: ImportSummary) -> ImportSummary:
    """An older (or the same) bundle again: every row it carries is already here; nothing changes."""
    summary.status = "nothing"
    for name, count in checked.header.get("counts", {}).items():
        summary.table(name).present += int(count)
    return summary


def preview(db: sqlite_utils.Database, data_dir: Path, path: Path, passphrase: str | None = None,
            state: TaskState | None = None) -> ImportSummary:
    """The dry run: every check and the full plan, nothing kept (no quarantine copy either)."""
    checked = check(db, data_dir, path, quarantine=False)
    summary = _summary(checked)
    if checked.stale:
        return _already_present(checked, summary)
    sections = decrypt(db, data_dir, checked, passphrase)
    _assert_restore_allowed(db, checked)
    # The plan is computed directly from what is here: nothing is written, nothing rolled back.
    plan_sections(db, checked, sections, summary, state or TaskState())
    return summary


def apply(db: sqlite_utils.Database, data_dir: Path, path: Path, operator: str, passphrase: str | None = None,
          state: TaskState | None = None, backup: bool = True) -> ImportSummary:
    """Check, back up, apply in one transaction, log and archive. Returns the summary."""
    state = state or TaskState()
    checked = check(db, data_dir, path)
    summary = _summary(checked)
    if checked.stale:
        return _already_present(checked, summary)
    sections = decrypt(db, data_dir, checked, passphrase)
    _assert_restore_allowed(db, checked)
    db_file = paths.db_path(Path(data_dir))
    session = session_of(db)  # when the last backup was taken is the install's, not the process's
    remembered = session.last_backup if session is not None else {}
    last = remembered.get(str(db_file))
    if backup and db_file.exists() and (last is None or time.monotonic() - last >= BACKUP_EVERY):
        from rentan_desktop.maintenance.backup import create_backup
        from rentan_desktop.store.db import key_of

        create_backup(db_file, reason="before bundle import", key=key_of(db))
        remembered[str(db_file)] = time.monotonic()
    archive = Path(data_dir) / RECEIVED_DIR / checked.file_name
    # A name of its own: two imports of one bundle at once (two windows) each move their own copy.
    part = archive.with_name(f".{archive.name}.{secrets.token_hex(4)}.part")
    db.execute("BEGIN IMMEDIATE")
    try:
        apply_sections(db, checked, sections, summary, state, operator)
        summary.status = "applied"
        # The bytes that were checked, not the file again (the stick may have changed since);
        # it becomes the archived copy only once the import is committed.
        archive.parent.mkdir(parents=True, exist_ok=True)
        part.write_bytes(checked.data)
        record_import(db, checked, summary, operator, archive)
        if os.environ.get("RENTAN_TEST_PAUSE_IMPORT"):  # lets a test kill the process mid-transaction
            import sys

            print("PAUSED", flush=True, file=sys.stderr)
            time.sleep(float(os.environ["RENTAN_TEST_PAUSE_IMPORT"]))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        part.unlink(missing_ok=True)
        raise
    os.replace(part, archive)
    return summary


def _assert_restore_allowed(db: sqlite_utils.Database, checked: Checked) -> None:
    if checked.header["kind"] != "restore":
        return
    if settings.get(db, "role") != "opd":
        raise BundleRefused(translate("sync", "A restore bundle is opened at a new OPD install."))
    busy = db.execute("SELECT (SELECT count(*) FROM sponsors) + (SELECT count(*) FROM workers) + "
                      "(SELECT count(*) FROM payments)").fetchone()[0]
    if busy:
        raise BundleRefused(translate("sync", "This install already has data; a restore bundle is only for a new "
                                              "install."))
