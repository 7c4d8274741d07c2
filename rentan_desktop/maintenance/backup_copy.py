"""Backups to a chosen folder or USB stick, verified, and bringing one back from there.

A copy is first taken locally (backup.create_backup, reason 'manual'), then written to the
target as one self-contained encrypted database file (``.sqlite3``; a generation is rebuilt
from the page store), as a .partial file, compared with the local backup (page by page for a
generation, byte for byte by SHA-256 for a full copy), checked by SQLite, and only then renamed to
its final name with its sidecar. Restoring from a stick goes through backup.restore_backup, which
checks the file and backs up the current data first.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
from pathlib import Path

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.maintenance import generations
from rentan_desktop.maintenance.backup import GENERATION, SUFFIX, create_backup, read_info, write_copy
from rentan_desktop.maintenance.faults import describe_target
from rentan_desktop.maintenance.integrity import check_file
from rentan_desktop.maintenance.sqlcipher_pages import read_pages

log = logging.getLogger(__name__)


def sweep_partial_copies(folder: Path) -> list[str]:
    """Copies a killed or unplugged run left on the stick (rentan-….sqlite3.partial, never renamed to
    their final name) are removed before the next copy: the start-up clean-up sees only the data
    folder, so on a stick they stayed forever (QA walk r6, 16). Only this program's own names."""
    removed = []
    for stale in sorted(folder.glob(f"rentan-*{SUFFIX}.partial")):
        with contextlib.suppress(OSError):  # a write-protected stick: the copy itself will say so
            stale.unlink()
            removed.append(stale.name)
    if removed:
        log.warning("backup folder: removed unfinished copies %s", ", ".join(removed))
    return removed


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def backup_to(db_path: Path | str, folder: Path | str, *, key: str | None = None) -> Path:
    """Back up the database into `folder` (a USB stick), encrypted with the install's `key` as the
    database is; returns the verified copy."""
    target_dir = Path(folder)
    if not target_dir.is_dir():
        raise UserError(translate("backup_copy", "The folder {folder} does not exist or is not reachable: "
                                                 "plug the stick in again and choose it.").format(folder=target_dir))
    sweep_partial_copies(target_dir)
    local = create_backup(db_path, "manual", key=key)
    target = target_dir / (local.stem + SUFFIX)
    partial = target.with_name(target.name + ".partial")
    try:
        write_copy(local, partial, key)
        if not _same_content(local, partial, key) or not check_file(partial, key=key).ok:
            raise UserError(translate("backup_copy", "The copy on {folder} does not match the database: the "
                                                     "stick may be failing. Try another stick.").format(
                folder=target_dir))
        os.replace(partial, target)
        sidecar = local.with_suffix(".json")
        if sidecar.exists():
            shutil.copyfile(sidecar, target.with_suffix(".json"))
    except OSError as exc:
        raise UserError(translate("backup_copy", "The backup was not written. {reason}").format(
            reason=describe_target(exc, target_dir))) from exc
    except generations.PageError as exc:  # the backup's pages do not read back: a failing stick or disk
        raise UserError(translate("backup_copy", "The copy on {folder} does not match the database: the "
                                                 "stick may be failing. Try another stick.").format(
            folder=target_dir)) from exc
    finally:
        with contextlib.suppress(OSError):  # a write-protected stick refuses even this
            partial.unlink(missing_ok=True)
    return target


def _same_content(local: Path, copy: Path, key: str | None) -> bool:
    """The copy holds exactly the local backup's data: the same page ids in the same order for a
    generation (each page decrypted from the copy), the same bytes for a full copy."""
    if local.suffix != GENERATION:
        return sha256_of(copy) == sha256_of(local)
    generation = generations.read_generation(local, key)
    keys = generations.page_store.Keys.of(key)
    return [keys.page_id(p) for p in read_pages(copy, key, generation.page_size)] == generation.ids


def backups_in(folder: Path | str) -> list:
    """Rentan backups lying directly in `folder` (a stick), newest first."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = [read_info(p) for p in folder.glob(f"rentan-*{SUFFIX}")]
    return sorted(found, key=lambda info: info.created, reverse=True)
