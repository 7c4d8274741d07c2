"""Reading a bundle: check everything, show what would change, then apply it in one go.

The steps live in their own modules: verify (reading, limits, signatures, trust, sequence),
apply (the sections and tables), record (the import log and the link), plan (the summary
types) and history (what the sync tab lists). Here: the dry run and the import. A preview
plans without writing; applying writes the plan in ONE transaction with the import log, the
acknowledgements and the sequence, after a backup of the database. The import confirmed from a
dry run takes its decrypted sections, and its plan when nothing was committed since
(sync/kept_plan.py). Nothing is written before the checks pass, so a refused bundle leaves the
database file untouched.
"""

from __future__ import annotations

import copy
import logging
import os
import secrets
import time
from pathlib import Path

import sqlite_utils

from rentan_desktop import paths
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.session import session_of
from rentan_desktop.store import settings
from rentan_desktop.store.cipher import private_dir, restrict_file
from rentan_desktop.sync import kept_plan, key_notices
from rentan_desktop.sync.apply import apply_sections, plan_sections, refusal, write_plan
from rentan_desktop.sync.bundle import BundleRefused
from rentan_desktop.sync.kept_plan import KeptBundle
from rentan_desktop.sync.keys import PassphraseNeeded
from rentan_desktop.sync.plan import CATEGORIES, ImportBlocked, ImportSummary
from rentan_desktop.sync.record import record_import
from rentan_desktop.sync.verify import Checked, check, decrypt, release_quarantined, sender_label
from rentan_desktop.tasks import Cancelled, TaskState

log = logging.getLogger(__name__)

__all__ = ["CATEGORIES", "ImportBlocked", "ImportSummary", "apply", "apply_batch", "bundles_in", "check", "preview"]

RECEIVED_DIR = Path("sync") / "received"
# Disnaker imports 60 bundles in a sitting and its database is large: one backup before the
# first import of a sitting (then every 15 minutes) rather than a full copy per bundle.
BACKUP_EVERY = 15 * 60


def _summary(checked: Checked) -> ImportSummary:
    sender = sender_label(checked.header)
    rotated = key_notices.summary_note(checked.header, sender)  # before the rows: a new key is news
    return ImportSummary(checked.peer, sender, checked.header["kind"],
                         int(checked.header["sequence"]), checked.file_name, checked.bundle.file_sha256,
                         notes=([rotated] if rotated else []) + list(checked.notes))


def _already_present(checked: Checked, summary: ImportSummary) -> ImportSummary:
    """An older (or the same) bundle again: every row it carries is already here; nothing changes."""
    summary.status = "nothing"
    for name, count in checked.header.get("counts", {}).items():
        summary.table(name).present += int(count)
    return summary


def preview(db: sqlite_utils.Database, data_dir: Path, path: Path, passphrase: str | None = None,
            state: TaskState | None = None, keep_unknown: bool = False) -> ImportSummary:
    """The dry run: every check and the full plan, nothing kept (no quarantine copy either), except
    that an operator opening a bundle signed by a key not trusted yet (`keep_unknown`) has it kept in
    Disnaker's quarantine, as the refusal says, to open again once the key is trusted."""
    checked = check(db, data_dir, path, quarantine=keep_unknown)
    summary = _summary(checked)
    if checked.stale:
        release_quarantined(data_dir, checked.data)
        return _already_present(checked, summary)
    kept = kept_plan.take(db, checked.bundle.file_sha256)
    if kept is None:
        kept = KeptBundle(checked.bundle.file_sha256, decrypt(db, data_dir, checked, passphrase))
    kept.close()
    kept.plan = None
    kept_plan.keep(db, kept)  # the import confirmed from this dry run decrypts nothing again
    _assert_restore_allowed(db, checked)
    # The plan is computed directly from what is here: nothing is written, nothing rolled back.
    kept.watcher, kept.version = kept_plan.watch(db)  # before the plan's first read
    first_note = len(summary.notes)
    plan = plan_sections(db, checked, kept.sections, summary, state or TaskState())
    if kept.version is not None and kept.unchanged_since_watch():
        # Nothing committed while planning: the import takes this plan while that stays true.
        kept.plan, kept.tables, kept.notes = plan, copy.deepcopy(summary.tables), summary.notes[first_note:]
    else:
        kept.close()
    return summary


def apply(db: sqlite_utils.Database, data_dir: Path, path: Path, operator: str, passphrase: str | None = None,
          state: TaskState | None = None, backup: bool = True) -> ImportSummary:
    """Check, back up, apply in one transaction, log and archive. Returns the summary.

    A refused bundle changes nothing in the database (the chain included); the refusal is kept in
    the install's log (personal values masked there and in the message) as its audit trail."""
    try:
        return _apply(db, data_dir, path, operator, passphrase, state, backup)
    except (BundleRefused, ImportBlocked) as exc:
        log.warning("bundle refused: %s: %s", Path(path).name, exc)
        raise


def _apply(db: sqlite_utils.Database, data_dir: Path, path: Path, operator: str, passphrase: str | None,
           state: TaskState | None, backup: bool) -> ImportSummary:
    state = state or TaskState()
    checked = check(db, data_dir, path)
    summary = _summary(checked)
    if checked.stale:
        release_quarantined(data_dir, checked.data)
        return _already_present(checked, summary)
    kept = kept_plan.take(db, checked.bundle.file_sha256)
    try:
        sections = kept.sections if kept is not None else decrypt(db, data_dir, checked, passphrase)
        _assert_restore_allowed(db, checked)
        if backup:
            backup_if_due(db, data_dir)
        _apply_in_one_transaction(db, data_dir, checked, sections, kept, summary, state, operator)
    finally:
        if kept is not None:
            kept.close()
    release_quarantined(data_dir, checked.data)  # committed: a kept copy of it is no longer waiting
    return summary


def _apply_in_one_transaction(db: sqlite_utils.Database, data_dir: Path, checked: Checked, sections: list,
                              kept: KeptBundle | None, summary: ImportSummary, state: TaskState,
                              operator: str) -> None:
    archive = Path(data_dir) / RECEIVED_DIR / checked.file_name
    # A name of its own: two imports of one bundle at once (two windows) each move their own copy.
    part = archive.with_name(f".{archive.name}.{secrets.token_hex(4)}.part")
    db.execute("BEGIN IMMEDIATE")
    try:
        # The write lock is held: the dry run's plan still holds if nothing was committed since it read.
        if kept is not None and kept.unchanged():
            summary.tables, summary.notes = kept.tables, [*summary.notes, *kept.notes]
            if summary.total("errors"):
                raise refusal(summary)
            write_plan(db, checked, kept.plan, operator, state)
        else:
            apply_sections(db, checked, sections, summary, state, operator)
        summary.status = "applied"
        # The bytes that were checked, not the file again (the stick may have changed since);
        # it becomes the archived copy only once the import is committed.
        private_dir(archive.parent)
        part.write_bytes(checked.data)
        restrict_file(part)
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


def backup_if_due(db: sqlite_utils.Database, data_dir: Path) -> None:
    """One backup per sitting: before the first import, then only once BACKUP_EVERY has passed."""
    db_file = paths.db_path(Path(data_dir))
    session = session_of(db)  # when the last backup was taken is the install's, not the process's
    remembered = session.last_backup if session is not None else {}
    last = remembered.get(str(db_file))
    if db_file.exists() and (last is None or time.monotonic() - last >= BACKUP_EVERY):
        from rentan_desktop.maintenance.backup import create_backup
        from rentan_desktop.store.db import key_of

        create_backup(db_file, reason="before bundle import", key=key_of(db))
        remembered[str(db_file)] = time.monotonic()


def bundles_in(folder: Path) -> list[Path]:
    """The bundles of a folder in the order they were written: by sender, then sequence (the
    names carry both, the sequence zero-padded)."""
    return sorted(p for p in Path(folder).glob("*.rentan.tar") if p.is_file())


def apply_batch(db: sqlite_utils.Database, data_dir: Path, bundles: list[Path], operator: str,
                passphrase: str | None = None, state: TaskState | None = None,
                ) -> list[tuple[Path, ImportSummary | UserError]]:
    """Import several bundles in one sitting (a folder from a stick): ONE backup before the first
    that changes anything, each bundle then in its own transaction; a refused bundle is reported
    and the others still apply. Returns (bundle, summary or the refusal) in order."""
    results: list[tuple[Path, ImportSummary | UserError]] = []
    backed_up = False
    for path in bundles:
        try:
            summary = apply(db, data_dir, path, operator, passphrase, state, backup=not backed_up)
        except (PassphraseNeeded, Cancelled):
            raise
        except UserError as exc:
            results.append((path, exc))
            continue
        backed_up = backed_up or summary.status == "applied"
        results.append((path, summary))
    return results


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
