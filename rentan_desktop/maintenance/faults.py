"""Faults of the data folder a clerk can meet, told in the user's language with what to do:
a folder that cannot be written, another program writing at the same moment, a full disk, and
the files a killed backup or restore leaves behind (cleaned up at the next start)."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import uuid
from pathlib import Path

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.store import cipher

log = logging.getLogger(__name__)

_FULL = ("database or disk is full", "disk i/o error")
_LOCKED = ("database is locked", "database is busy", "database table is locked")
_READ_ONLY = ("attempt to write a readonly database", "readonly database", "unable to open database file")


def is_locked(error: BaseException) -> bool:
    """Another connection (a second program, a backup) holds the write lock."""
    return isinstance(error, cipher.Error) and any(s in str(error).lower() for s in _LOCKED)


def locked_message() -> str:
    """What to do when another program kept the write lock past the (short) busy timeout."""
    return translate("faults", "Another program is writing to the data at this moment and did not finish within a "
                               "few seconds: a second Rentan Desktop window or a 'rentan' command, a backup or a "
                               "synchronisation tool. Nothing was changed. Close the other program or the other copy "
                               "of Rentan Desktop (look in the taskbar, also under another Windows user), then try "
                               "again; if it keeps happening, restart the computer.")


def _folder_hint(folder: Path | str | None) -> str:
    return str(folder) if folder else translate("faults", "the data folder")


def describe(error: BaseException, folder: Path | str | None = None) -> str | None:
    """A translated message with advice for a known fault of the data folder, or None."""
    text = str(error).lower()
    where = _folder_hint(folder)
    if is_locked(error):
        return locked_message()
    full = (isinstance(error, sqlite3.OperationalError) and any(s in text for s in _FULL)) or (
        isinstance(error, OSError) and error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)))
    if full:
        return translate("faults", "The disk holding {folder} is full, so nothing was saved. Free some space (empty "
                                   "the Recycle Bin, move old files or backups to a USB drive), then try "
                                   "again.").format(folder=where)
    read_only = (isinstance(error, sqlite3.OperationalError) and any(s in text for s in _READ_ONLY)) or (
        isinstance(error, OSError) and error.errno in (errno.EACCES, errno.EPERM, errno.EROFS))
    if read_only:
        return read_only_message(where)
    return None


_GONE = (errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO, getattr(errno, "ENOMEDIUM", -1))


def describe_target(error: OSError, folder: Path | str) -> str:
    """Why a file could not be written to a folder the user chose (a USB stick, mostly), with what
    to do; never the operating system's own words (English, and naming temporary files)."""
    log.warning("writing to a chosen folder failed: %s (errno %s)", type(error).__name__, error.errno)
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return translate("faults", "{folder} cannot be written to: the USB drive is write-protected or read-only, "
                                   "or you have no permission there. Slide the drive's write-protect switch off, or "
                                   "choose another folder, then try again.").format(folder=folder)
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return translate("faults", "{folder} is full. Free some space on the USB drive or choose another one, then "
                                   "try again.").format(folder=folder)
    if error.errno in _GONE:
        return translate("faults", "{folder} cannot be reached any more: the USB drive may have been pulled out. "
                                   "Plug it in again (or choose another folder) and try again.").format(folder=folder)
    return translate("faults", "Writing to {folder} failed. Check the USB drive (or choose another folder) and try "
                               "again.").format(folder=folder)


def read_only_message(folder: Path | str) -> str:
    return translate("faults", "Rentan Desktop cannot write in its data folder {folder}. Ask whoever looks after "
                               "this computer to give your Windows user permission to change files in that "
                               "folder (or to move it off a read-only or write-protected drive), then start the "
                               "program again. Another folder can be chosen with --data-dir.").format(folder=folder)


def check_writable(data_dir: Path | str) -> None:
    """Raise UserError (with what to do) unless files can be created and written in `data_dir`."""
    folder = Path(data_dir)
    probe = folder / f".rentan-write-test-{uuid.uuid4().hex[:8]}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(probe, "wb") as handle:
            handle.write(b"ok")
            handle.flush()
            os.fsync(handle.fileno())
        probe.unlink()
    except OSError as exc:
        message = describe(exc, folder) or read_only_message(folder)
        raise UserError(message) from exc


_UNCHANGED = "; the database is unchanged"  # a restore that had not replaced the database yet
_FINISHED = "finished an interrupted restore"


def clean_leftovers(db_path: Path | str, *, key: str | None = None) -> list[str]:
    """Files a killed backup or restore left behind, dealt with before the database opens.

    - backups/*.partial, backups/pages/*.partial: an unfinished backup (its snapshot, page pack or
      generation list); the finished backups are intact: removed.
    - <database>.rebuilt / *.assembling: a backup being rebuilt for a restore that had not started
      yet: removed, the database is unchanged.
    - <database>.restoring: a restore stopped half-way. A complete, undamaged copy finishes the
      restore the user asked for (the safety backup was made before it started); anything else
      is removed and the database stays as it was.
    `key` opens the encrypted restore copy for its check. Returns one line per file handled (for the log)."""
    from rentan_desktop.maintenance.health import check_file
    from rentan_desktop.paths import backup_dir

    db_path = Path(db_path)
    done = []
    folder = backup_dir(db_path)
    if folder.is_dir():
        for partial in [*folder.glob("*.partial"), *folder.glob("pages/*.partial")]:
            partial.unlink(missing_ok=True)
            done.append(f"removed unfinished backup {partial.name}")
    for unfinished in [db_path.with_name(db_path.name + ".rebuilt"), *db_path.parent.glob("*.assembling")]:
        if unfinished.exists():
            unfinished.unlink()
            done.append(f"removed an unfinished rebuilt backup {unfinished.name}{_UNCHANGED}")
    staging = db_path.with_name(db_path.name + ".restoring")
    if staging.exists():
        if staging.stat().st_size > 0 and check_file(staging, key=key).ok:
            for extra in ("-wal", "-shm"):
                Path(str(db_path) + extra).unlink(missing_ok=True)
            os.replace(staging, db_path)
            done.append(_FINISHED)
        else:
            staging.unlink()
            done.append(f"removed an unfinished restore copy{_UNCHANGED}")
    for line in done:
        log.warning("data folder: %s", line)
    return done


def restore_notice(done: list[str]) -> str:
    """What the clerk is told after unlock about a restore cut short (kill, power cut), from
    clean_leftovers()' lines; '' when no restore was under way (QA walk r6, 2: only the log said it)."""
    if _FINISHED in done:
        return translate("maintenance", "A restore of a backup was interrupted and has now been finished: the data "
                                        "are those of the backup that was chosen.")
    if any(line.endswith(_UNCHANGED) for line in done):
        return translate("maintenance", "The last restore of a backup stopped before it finished; the data are as "
                                        "they were before it. Restore again if needed (File, Backups and "
                                        "restore).")
    return ""
