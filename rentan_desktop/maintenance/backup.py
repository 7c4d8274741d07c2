"""Backups of the database, with a JSON sidecar each (reason, date, record counts).

An encrypted install's backup is a generation (maintenance.generations): a sealed list of the
snapshot's pages, whose contents live once in the shared page store, compressed and encrypted
with a key derived from the install's key, so ten generations take about what one compressed
copy and the changes between them take. A plain database (tests, in-memory work) and the backups
of earlier versions are full SQLite/SQLCipher copies (``.sqlite3``); they stay listed and restorable.

A backup is consistent even while another connection writes (WAL): SQLite's backup API copies a
single snapshot. Backups live in ``<data folder>/backups`` and are rotated to the
``backup_keep`` setting; rotation then drops only pages no remaining generation lists. A restore
rebuilds the chosen backup beside the database, quick-checks it, backs up the current file and
only then puts the copy in place of the (closed) database.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from rentan_desktop import __version__
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.maintenance import generations, page_store
from rentan_desktop.maintenance.health import Verdict, check_file, set_aside
from rentan_desktop.paths import BACKUP_DIR, backup_dir  # noqa: F401 - re-exported
from rentan_desktop.store import cipher, clock

SUFFIX = ".sqlite3"
# Tables whose row counts tell a user which backup is which.
COUNTED_TABLES = ("opds", "sponsors", "workers", "payments")
REASONS = ("manual", "daily", "migration", "import", "restore", "damaged")
GENERATION = generations.SUFFIX
_NAME = re.compile(r"^rentan-(\d{8})-(\d{6})(?:-\d+)*-([a-z_]+)\.(?:sqlite3|rgen)$")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    reason: str
    created: datetime
    counts: dict[str, int] = field(default_factory=dict)
    schema_version: int = 0
    app_version: str = ""
    stored: int | None = None  # a generation: the bytes of new pages it added to the store

    @property
    def is_generation(self) -> bool:
        return self.path.suffix == GENERATION

    @property
    def size(self) -> int:
        own = self.path.stat().st_size if self.path.exists() else 0
        return own + (self.stored or 0)


def reason_label(reason: str) -> str:
    labels = {
        "manual": translate("maintenance", "Manual"),
        "daily": translate("maintenance", "Daily"),
        "migration": translate("maintenance", "Before upgrade"),
        "import": translate("maintenance", "Before bundle import"),
        "restore": translate("maintenance", "Before restore"),
        "damaged": translate("maintenance", "Damaged file set aside"),
    }
    return labels.get(reason, reason)


def before_upgrade(db_path: Path | str, key: str | None = None) -> Path:
    """What the app passes to store.db.connect: a backup before migration steps (or the
    encryption of a 0.1 file) change it, encrypted with `key` as the database is."""
    return create_backup(db_path, "migration", key=key)


def create_backup(db_path: Path | str, reason: str = "manual", *, key: str | None = None,
                  keep: int | None = None) -> Path:
    """Copy the database at `db_path` into the backups folder; returns the new file.

    `reason` is one of REASONS (manual, daily, migration, import, restore). Old backups
    beyond `keep` (default: the `backup_keep` setting, else 10) are removed afterwards.
    `key` is the install's database key: the copy is encrypted with it (a plain source too).
    """
    source_path = Path(db_path)
    if not source_path.exists():
        raise UserError(translate("maintenance", "There is no database to back up at {path}.").format(
            path=source_path))
    folder = cipher.private_dir(backup_dir(source_path))
    now = clock.now().astimezone()
    suffix = SUFFIX if key is None else GENERATION
    with page_store.lock(folder):
        target = _free_name(folder, now, _clean_reason(reason), suffix)
        partial = target.with_suffix(".partial")
        snapshot = target.with_name(target.stem + ".snapshot.partial")
        stored = None
        try:
            if key is None:
                counts, version, keep = _copy(source_path, partial, key, keep)
                cipher.restrict_file(partial)
                os.replace(partial, target)
            else:
                before = page_store.store_size(folder)
                counts, version, keep, new_pages = _generation(source_path, target, snapshot, key, keep)
                stored = page_store.store_size(folder) - before
        finally:
            partial.unlink(missing_ok=True)
            snapshot.unlink(missing_ok=True)
        meta = {
            "reason": _clean_reason(reason),
            "created": now.isoformat(timespec="microseconds"),
            "counts": counts,
            "schema_version": version,
            "app_version": __version__,
            "source": source_path.name,
        }
        if stored is not None:
            meta.update(stored_bytes=stored, new_pages=new_pages)
        _sidecar(target).write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
        cipher.restrict_file(_sidecar(target))
        _rotate(folder, keep, protect=target, key=key)
    return target


def _generation(source_path: Path, target: Path, snapshot: Path, key: str, keep: int | None) -> tuple[Any, Any, int, int]:
    """Store the generation `target` of the database: its pages read from the file itself, held
    still in one read transaction, or else from a snapshot copy. Its counts, schema version, the
    number of backups to keep and how many pages were new."""
    source = cipher.open_connection(source_path, None if cipher.is_plain(source_path) else key, timeout=30)
    try:
        pages = generations.hold_still(source, source_path)
        if pages is not None:
            counts, version = _counts(source), _schema_version(source)
            keep = _keep_setting(source) if keep is None else keep
            page_size = int(source.execute("PRAGMA page_size").fetchone()[0])
            return counts, version, keep, generations.store_generation(source_path, target, key, page_size,
                                                                         pages=pages)
    finally:
        source.close()  # ends the read transaction
    counts, version, keep = _copy(source_path, snapshot, key, keep)
    return counts, version, keep, generations.store_generation(snapshot, target, key, _page_size(snapshot, key))


def _copy(source_path: Path, partial: Path, key: str | None, keep: int | None) -> tuple[Any, Any, int]:
    """One consistent snapshot of the database into `partial` (encrypted with `key`); its counts,
    schema version and the number of backups to keep."""
    source_key = None if cipher.is_plain(source_path) else key
    source = cipher.open_connection(source_path, source_key, timeout=30)
    try:
        cipher.copy_to(source, partial, key)
        if keep is None:
            keep = _keep_setting(source)
    finally:
        source.close()
    cipher.restrict_file(partial)
    dest = cipher.open_connection(partial, key)
    try:
        counts = _counts(dest)
        version = _schema_version(dest)
    finally:
        dest.close()
    return counts, version, keep


def _page_size(snapshot: Path, key: str) -> int:
    conn = cipher.open_connection(snapshot, key)
    try:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()


def list_backups(folder_or_db: Path | str) -> list[BackupInfo]:
    """Backups newest first; `folder_or_db` is the data folder, the database or the backups folder."""
    folder = Path(folder_or_db)
    if folder.is_file() or folder.suffix == SUFFIX:
        folder = backup_dir(folder)
    elif folder.name != BACKUP_DIR:
        folder = folder / BACKUP_DIR
    if not folder.is_dir():
        return []
    found = [read_info(path) for suffix in (SUFFIX, GENERATION) for path in folder.glob(f"rentan-*{suffix}")]
    return sorted(found, key=lambda info: (info.created, info.path.name), reverse=True)


def read_info(path: Path | str) -> BackupInfo:
    """What the sidecar says about a backup (falls back to the file name and the file itself)."""
    path = Path(path)
    meta: dict = {}
    sidecar = _sidecar(path)
    if sidecar.exists():
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = {}
    created = _parse_created(meta.get("created"), path)
    reason = meta.get("reason") or _reason_from_name(path)
    counts = meta.get("counts")
    version = meta.get("schema_version")
    if counts is None or version is None:
        counts, version = _inspect(path)
    stored = meta.get("stored_bytes")
    return BackupInfo(path=path, reason=reason, created=created, counts=dict(counts),
                      schema_version=int(version or 0), app_version=str(meta.get("app_version", "")),
                      stored=int(stored) if isinstance(stored, int) else None)


def rotate(folder: Path | str, keep: int, *, protect: Path | None = None, key: str | None = None) -> list[Path]:
    """Remove the oldest backups so that at most `keep` (at least 1) remain; returns what went.

    With `key`, the pages no remaining generation lists are then dropped from the page store."""
    folder = Path(folder)
    with page_store.lock(folder):
        return _rotate(folder, keep, protect=protect, key=key)


def _rotate(folder: Path, keep: int, *, protect: Path | None, key: str | None) -> list[Path]:
    keep = max(1, int(keep))
    backups = list_backups(folder)
    removed = []
    for info in backups[keep:]:
        if protect is not None and info.path == protect:
            continue
        info.path.unlink(missing_ok=True)
        _sidecar(info.path).unlink(missing_ok=True)
        removed.append(info.path)
    if key is not None:
        generations.collect(folder, key)
    return removed


def daily_backup_if_due(db_path: Path | str, today: datetime | None = None, *, key: str | None = None) -> Path | None:
    """One 'daily' backup per calendar day, taken on the first start of that day."""
    db_path = Path(db_path)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    day = (today or clock.now().astimezone()).date()
    for info in list_backups(db_path):
        if info.reason == "daily" and info.created.date() == day:
            return None
    return create_backup(db_path, "daily", key=key)


def restore_backup(db_path: Path | str, backup_path: Path | str, *, key: str | None = None) -> Path | None:
    """Put `backup_path` in place of the database. Every connection to it must be closed.

    The current database is backed up first (reason 'restore') when it is readable; the
    return value is that safety copy (None when there was no current database).
    """
    db_path = Path(db_path)
    backup_path = Path(backup_path)
    if not backup_path.is_file():
        raise UserError(translate("maintenance", "Backup file not found: {path}").format(path=backup_path))
    staging = db_path.with_name(db_path.name + ".restoring")
    rebuilt = db_path.with_name(db_path.name + ".rebuilt")  # not yet the restore: removed if left
    if backup_path.suffix == GENERATION:
        write_copy(backup_path, rebuilt, key)  # rebuilt and quick-checked before anything changes
    else:
        verdict = check_file(backup_path, key=key)
        if not verdict.ok:
            raise _damaged(backup_path, verdict)
    safety = None
    if db_path.exists() and db_path.stat().st_size > 0:
        if check_file(db_path, key=key).ok:
            safety = create_backup(db_path, "restore", key=key)
        else:
            safety = set_aside(db_path)
    if backup_path.suffix == GENERATION:
        os.replace(rebuilt, staging)
    else:
        shutil.copyfile(backup_path, staging)
    for extra in ("-wal", "-shm"):
        Path(str(db_path) + extra).unlink(missing_ok=True)
    os.replace(staging, db_path)
    if key is not None and cipher.needs_conversion(db_path, key):  # taken by 0.1, or an older cipher format
        cipher.convert_in_place(db_path, key)
    return safety


def write_copy(backup_path: Path | str, target: Path | str, key: str | None) -> None:
    """A complete, checked database file at `target` from any backup: a generation is rebuilt from
    the page store (in a ``.assembling`` file, renamed only once SQLite's quick_check passes); a full
    copy is copied as it is. UserError, with `target` untouched, when the backup is damaged."""
    backup_path, target = Path(backup_path), Path(target)
    if backup_path.suffix != GENERATION:
        shutil.copyfile(backup_path, target)
        return
    if key is None:
        raise UserError(translate("maintenance", "The backup {name} opens only with this install's key: unlock "
                                                 "the install first.").format(name=backup_path.name))
    assembling = target.with_name(target.name + ".assembling")
    try:
        generations.materialize(backup_path, assembling, key)
    except generations.OtherInstall as exc:
        assembling.unlink(missing_ok=True)
        raise _other_install(backup_path) from exc
    except (OSError, generations.StoreError, generations.PageError) as exc:
        assembling.unlink(missing_ok=True)
        log.warning("backup %s does not rebuild: %s", backup_path.name, exc)
        raise _damaged(backup_path, Verdict(False, (_store_problem(),))) from exc
    verdict = check_file(assembling, key=key)
    if not verdict.ok:
        assembling.unlink(missing_ok=True)
        raise _damaged(backup_path, verdict)
    os.replace(assembling, target)


def check_backup(path: Path | str, *, key: str | None = None) -> Verdict:
    """Can this backup be restored? A full copy gets SQLite's quick_check; a generation must open
    with `key` and find every one of its pages in the store (the rebuilt file is quick-checked
    again when it is restored)."""
    path = Path(path)
    if path.suffix != GENERATION:
        return check_file(path, key=key)
    if key is None:
        return Verdict(False, (translate("maintenance", "the install is locked"),))
    try:
        missing = generations.missing_pages(path, key)
    except generations.OtherInstall:
        return Verdict(False, (translate("maintenance", "made by another install (its key is different)"),))
    except (OSError, generations.StoreError, ValueError) as exc:
        log.warning("backup %s does not check: %s", path.name, exc)
        return Verdict(False, (_store_problem(),))
    if missing:
        return Verdict(False, (translate("maintenance", "{count} page(s) missing from the backup store").format(
            count=missing),))
    return Verdict(True)


def _store_problem() -> str:
    return translate("maintenance", "its pages do not pass their check")


def _other_install(path: Path) -> UserError:
    """QA walk r6, 9: a whole backup of another install was called damaged, with an English tail."""
    return UserError(translate(
        "maintenance", "The backup {name} was made by another install (its key is different), so it cannot be "
                       "restored here. Restore a backup from this install's backups folder, or open the install "
                       "the backup came from.").format(name=path.name))


def _damaged(path: Path, verdict: Verdict) -> UserError:
    return UserError(translate("maintenance", "The backup {name} is damaged and cannot be restored: {problem}")
                     .format(name=path.name, problem=verdict.summary))


def encrypt_plain_backups(folder_or_db: Path | str, key: str) -> list[Path]:
    """Encrypt, in place, every backup still in plain SQLite (those version 0.1 made)."""
    done = []
    for info in list_backups(folder_or_db):
        if cipher.is_plain(info.path):
            cipher.convert_in_place(info.path, key)
            done.append(info.path)
    return done


def _keep_setting(conn: sqlite3.Connection) -> int:
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'backup_keep'").fetchone()
    except cipher.Error:
        row = None
    try:
        return max(1, int(json.loads(row[0]))) if row else 10
    except (TypeError, ValueError):
        return 10


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED_TABLES if t in present}


def _schema_version(conn: sqlite3.Connection) -> int:
    try:
        return conn.execute("SELECT count(*) FROM _sqlite_migrations WHERE migration_set = 'rentan'").fetchone()[0]
    except cipher.Error:
        return 0


def _inspect(path: Path) -> tuple[dict[str, int], int]:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return _counts(conn), _schema_version(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return {}, 0


def _free_name(folder: Path, now: datetime, reason: str, suffix: str = SUFFIX) -> Path:
    """A backup name nobody else uses, reserved by creating its `.partial` file exclusively: two
    backups started in the same millisecond (two imports at once) never share a file."""
    stamp = now.strftime("%Y%m%d-%H%M%S-") + f"{now.microsecond // 1000:03d}"
    candidate = folder / f"rentan-{stamp}-{reason}{suffix}"
    n = 1
    while True:
        if not candidate.exists():
            try:
                candidate.with_suffix(".partial").open("xb").close()
                return candidate
            except FileExistsError:
                pass
        n += 1
        candidate = folder / f"rentan-{stamp}-{n}-{reason}{suffix}"


def _clean_reason(reason: str) -> str:
    """A known reason when the text names one ("before bundle import" -> "import"), else a slug."""
    cleaned = re.sub(r"[^a-z_]", "_", reason.lower()) or "manual"
    for known in REASONS:
        if known in cleaned:
            return known
    if "upgrade" in cleaned:
        return "migration"
    return cleaned


def _sidecar(path: Path) -> Path:
    return path.with_suffix(".json")


def _reason_from_name(path: Path) -> str:
    match = _NAME.match(path.name)
    return match.group(3) if match else "manual"


def _parse_created(value: str | None, path: Path) -> datetime:
    if value:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    match = _NAME.match(path.name)
    if match:
        return datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S").astimezone()
    return datetime.fromtimestamp(path.stat().st_mtime).astimezone()
