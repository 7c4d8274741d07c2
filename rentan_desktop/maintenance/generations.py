"""Backup generations: each backup is a small sealed list of page ids; the pages live once in the
shared page store (maintenance.page_store).

Why this design (issue 15: ten generations within twice the database's size): encrypted pages do
not compress and SQLCipher re-encrypts every copied page with a fresh IV, so ten full encrypted
copies cost ten times the database. Here a backup decrypts a consistent snapshot's pages in
memory (maintenance.sqlcipher_pages), stores only the pages no kept generation already has,
compressed with zstd and sealed with AES-256-GCM under a key derived from the install key, and
writes the generation: ``rentan-<date>-<time>-<reason>.rgen``, the page size and every page's id
in order, sealed the same way. Each generation restores on its own: its pages are rebuilt into a
new SQLCipher file, which SQLCipher itself must open and quick-check before it replaces anything.

A backup reads the database file itself (no copy first) when it can hold it still: a read
transaction begun while the WAL holds no frame reads only the file, and while it lasts no
checkpoint may write into the file (SQLite's WAL read lock 0), while the app's writes go on into
the WAL. When the WAL holds frames (the app wrote since its last checkpoint reset it) the backup
reads a snapshot copy instead (snapshot_pages, SQLite's backup API). A backup never checkpoints:
it leaves the database's files as they were.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

from rentan_desktop.maintenance import page_store
from rentan_desktop.maintenance.page_store import Keys, StoreError
from rentan_desktop.maintenance.sqlcipher_pages import (
    PageError,
    PageWriter,
    open_private,
    read_pages_unchecked,
)
from rentan_desktop.store import cipher

SUFFIX = ".rgen"
MAGIC = b"RNTGEN01"
_PURPOSE = b"generation"


@dataclass(frozen=True)
class Generation:
    page_size: int
    ids: list[bytes]


def snapshot_pages(source, snapshot: Path, key: str) -> int:
    """Copy the open, keyed connection `source` to `snapshot` (one consistent, encrypted copy
    through SQLite's backup API); returns its page size."""
    page_size = int(source.execute("PRAGMA page_size").fetchone()[0])
    cipher.copy_to(source, snapshot, key)
    return page_size


def hold_still(conn, path: Path) -> int | None:
    """Begin a read transaction on the keyed connection `conn` to the database at `path` in which
    the file alone is the snapshot (the WAL holds no frame): returns the snapshot's page count, or
    None (no transaction left open) when the WAL holds frames. The file then does not change until
    the transaction ends, though other connections keep writing (into the WAL). Nothing is written:
    a backup leaves the database's files byte for byte as they were."""
    if cipher.format_of(conn) is None:
        return None
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read snapshot starts here
    except cipher.Error:
        return None
    wal = Path(str(path) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:  # committed pages may be in the WAL only
        conn.execute("ROLLBACK")
        return None
    return int(conn.execute("PRAGMA page_count").fetchone()[0])


def store_generation(snapshot: Path, target: Path, key: str, page_size: int, *, pages: int | None = None) -> int:
    """Put the pages of the encrypted file `snapshot` (its first `pages` ones) into the page store
    beside `target` and write the generation `target` (as .partial, renamed when complete). Returns
    how many pages were new.

    The caller holds page_store.lock of the folder, and the file does not change meanwhile (a
    snapshot copy, or the database held still by hold_still)."""
    folder = target.parent
    keys = Keys.of(key)
    known = page_store.load_index(folder, keys)
    writer = page_store.PackWriter(folder, keys)
    ids: list[bytes] = []
    added: set[bytes] = set()
    try:
        for n, (page, check) in enumerate(read_pages_unchecked(snapshot, key, page_size, limit=pages)):
            if n == 0:
                page = _standalone(page)
            page_id = keys.page_id(page)
            ids.append(page_id)
            if page_id not in known and page_id not in added:
                check()  # a page the store lacks must authenticate: a damaged one never enters it
                writer.add(page_id, page)
                added.add(page_id)
        writer.finish()
    except BaseException:
        writer.abort()
        raise
    body = struct.pack("<II", page_size, len(ids)) + b"".join(ids)
    partial = target.with_suffix(".partial")
    with open_private(partial) as fh:
        fh.write(MAGIC + keys.seal_bytes(body, _PURPOSE + target.name.encode()))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(partial, target)
    return len(added)


def _standalone(first: bytes) -> bytes:
    """Page 1 with the file marked as not in WAL mode (header bytes 18-19, what `PRAGMA journal_mode
    = DELETE` writes): a rebuilt backup is one self-contained file, as a snapshot copy is."""
    return first[:18] + b"\x01\x01" + first[20:]


class OtherInstall(StoreError):
    """A generation sealed with another install's key (a training install's backup, another PC's)."""


def read_generation(path: Path, key: str) -> Generation:
    """The page size and page ids of a generation; StoreError when it does not open with `key`."""
    data = Path(path).read_bytes()
    if not data.startswith(MAGIC):
        raise StoreError(f"{Path(path).name} is not a backup generation")
    try:
        body = Keys.of(key).open_bytes(data[len(MAGIC):], _PURPOSE + Path(path).name.encode())
    except StoreError as exc:  # a whole generation file that does not open: sealed with another install's key
        raise OtherInstall(f"{Path(path).name} does not open with this install's key") from exc
    page_size, count = struct.unpack_from("<II", body)
    ids = [body[8 + i * page_store.ID_SIZE: 8 + (i + 1) * page_store.ID_SIZE] for i in range(count)]
    if len(ids) != count or count == 0 or len(ids[-1]) != page_store.ID_SIZE:
        raise StoreError(f"{Path(path).name} is incomplete")
    return Generation(page_size, ids)


def missing_pages(path: Path, key: str) -> int:
    """How many of the generation's pages the store lacks (0: it can be rebuilt)."""
    generation = read_generation(path, key)
    index = page_store.load_index(Path(path).parent, Keys.of(key))
    return sum(1 for page_id in set(generation.ids) if page_id not in index)


def materialize(path: Path, target: Path, key: str) -> None:
    """Rebuild the generation `path` into the new SQLCipher file `target` (keyed with `key`), each
    page checked against its id on the way. `target` is removed again when anything fails."""
    generation = read_generation(path, key)
    keys = Keys.of(key)
    reader = page_store.PageReader(page_store.load_index(Path(path).parent, keys), keys)
    writer = PageWriter(target, key, generation.page_size)
    try:
        for page_id in generation.ids:
            writer.write(reader.page(page_id))
        writer.close()
    except BaseException:
        writer.abort()
        Path(target).unlink(missing_ok=True)
        raise
    cipher.restrict_file(target)


def live_ids(generations: list[Path], key: str) -> set[bytes] | None:
    """Every page id the kept generations list; None when one of them cannot be read (then
    nothing may be collected)."""
    live: set[bytes] = set()
    for path in generations:
        try:
            live.update(read_generation(path, key).ids)
        except (OSError, StoreError, struct.error):
            return None
    return live


def collect(folder: Path, key: str) -> list[Path]:
    """Remove the pages no remaining generation needs (caller holds the folder's lock)."""
    live = live_ids(sorted(folder.glob(f"rentan-*{SUFFIX}")), key)
    if live is None:
        return []
    return page_store.collect(folder, Keys.of(key), live)


__all__ = ["SUFFIX", "Generation", "OtherInstall", "PageError", "StoreError", "collect", "hold_still", "live_ids", "materialize",
           "missing_pages", "read_generation", "snapshot_pages", "store_generation"]
