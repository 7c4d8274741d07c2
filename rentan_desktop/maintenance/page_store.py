"""The page store shared by the backup generations: every distinct database page kept once,
compressed, then encrypted with the install's key.

Layout, in ``<data folder>/backups/pages``:
- ``pack-<random>.pack``: the pages one backup found new, in frames of up to FRAME_PAGES pages;
  each frame is zstd-compressed and then sealed with AES-256-GCM; a sealed index at the end
  lists which page ids each frame holds. A pack is written as ``.partial`` and renamed when
  complete, so a killed backup leaves nothing a restore could read (faults.clean_leftovers).
- A page's id is a keyed BLAKE2b hash of its plaintext (the key derived from the install key),
  so ids reveal nothing about the contents, and a page unchanged since any kept generation is
  stored once.

`collect` (after rotation) drops pages no remaining generation lists: a pack without a live page
is deleted; a pack with many dead pages is rewritten with the live ones first and only then
deleted. When a generation cannot be read (damaged, another key) nothing is collected at all, so
no page another generation needs is ever removed.
"""

from __future__ import annotations

import os
import struct
from collections import OrderedDict
from dataclasses import dataclass
from hashlib import blake2b
from pathlib import Path

import zstandard
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from filelock import FileLock

from rentan_desktop.maintenance.sqlcipher_pages import key_bytes, open_private
from rentan_desktop.store import cipher

PAGES_DIR = "pages"
PACK_MAGIC = b"RNTPACK1"
FRAME_PAGES = 256
ID_SIZE = 16
NONCE = 12
REPACK_DEAD_SHARE = 0.2  # rewrite a pack once a fifth of it is dead weight
_FRAME = "<QIII"  # a frame in the index: offset, sealed length, page size, number of pages
_LEVEL = 3  # zstd level 3: ~180 MB/s, within a few percent of the higher levels on this data


class StoreError(ValueError):
    """Store contents that do not open with this key or fail their authentication."""


@dataclass(frozen=True)
class Keys:
    seal: AESGCM
    ident: bytes

    @classmethod
    def of(cls, key: str) -> Keys:
        raw = key_bytes(key)
        return cls(AESGCM(_derive(raw, b"rentan backup seal v1")), _derive(raw, b"rentan backup page id v1"))

    def page_id(self, page: bytes) -> bytes:
        return blake2b(page, key=self.ident, digest_size=ID_SIZE).digest()

    def seal_bytes(self, data: bytes, purpose: bytes) -> bytes:
        nonce = os.urandom(NONCE)
        return nonce + self.seal.encrypt(nonce, zstandard.compress(data, _LEVEL), purpose)

    def open_bytes(self, sealed: bytes, purpose: bytes) -> bytes:
        try:
            return zstandard.decompress(self.seal.decrypt(sealed[:NONCE], sealed[NONCE:], purpose))
        except (InvalidTag, zstandard.ZstdError) as exc:
            raise StoreError("sealed data does not open with this key") from exc


def _derive(raw: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(raw)


@dataclass(frozen=True)
class Where:
    pack: Path
    offset: int
    length: int
    page_size: int
    slot: int


def lock(folder: Path) -> FileLock:
    """One backup, restore or collection at a time on this folder (threads and processes)."""
    return FileLock(str(cipher.private_dir(folder) / ".lock"), timeout=600, mode=0o600)


def pages_dir(folder: Path) -> Path:
    return folder / PAGES_DIR


def read_index(pack: Path, keys: Keys) -> list[tuple[int, int, int, list[bytes]]]:
    """The frames of a pack: (offset, length, page size, page ids)."""
    with pack.open("rb") as fh:
        if fh.read(len(PACK_MAGIC)) != PACK_MAGIC:
            raise StoreError(f"{pack.name} is not a page pack")
        fh.seek(-8, os.SEEK_END)
        index_at = struct.unpack("<Q", fh.read(8))[0]
        end = fh.tell() - 8
        fh.seek(index_at)
        data = keys.open_bytes(fh.read(end - index_at), b"index" + pack.stem.encode())
    frames, pos = [], 0
    while pos < len(data):
        offset, length, size, count = struct.unpack_from(_FRAME, data, pos)
        pos += struct.calcsize(_FRAME)
        ids = [data[pos + i * ID_SIZE: pos + (i + 1) * ID_SIZE] for i in range(count)]
        pos += count * ID_SIZE
        frames.append((offset, length, size, ids))
    return frames


def packs(folder: Path) -> list[Path]:
    store = pages_dir(folder)
    return sorted(store.glob("pack-*.pack")) if store.is_dir() else []


def load_index(folder: Path, keys: Keys) -> dict[bytes, Where]:
    """Where each stored page is; packs that do not open with this key are skipped."""
    found: dict[bytes, Where] = {}
    for pack in packs(folder):
        try:
            frames = read_index(pack, keys)
        except (OSError, StoreError, struct.error):
            continue
        for offset, length, size, ids in frames:
            for slot, page_id in enumerate(ids):
                found.setdefault(page_id, Where(pack, offset, length, size, slot))
    return found


class PackWriter:
    """A new pack: pages go in with `add`; `finish` seals the index and publishes the file."""

    def __init__(self, folder: Path, keys: Keys) -> None:
        store = cipher.private_dir(pages_dir(folder))
        self.keys = keys
        self.path = store / f"pack-{os.urandom(8).hex()}.pack"
        self.partial = self.path.with_suffix(".partial")
        self.fh = open_private(self.partial)
        self.fh.write(PACK_MAGIC)
        self.frames: list[tuple[int, int, int, list[bytes]]] = []
        self.pending: list[tuple[bytes, bytes]] = []
        self.count = 0

    def add(self, page_id: bytes, page: bytes) -> None:
        self.pending.append((page_id, page))
        self.count += 1
        if len(self.pending) >= FRAME_PAGES:
            self._flush()

    def flush(self) -> None:
        """Close the current frame (the next page starts a new one)."""
        self._flush()

    def _flush(self) -> None:
        if not self.pending:
            return
        offset = self.fh.tell()
        size = len(self.pending[0][1])
        if any(len(p) != size for _, p in self.pending):  # one page size per frame
            sizes = {len(p) for _, p in self.pending}
            raise StoreError(f"pages of {sorted(sizes)} bytes in one frame")
        sealed = self.keys.seal_bytes(b"".join(p for _, p in self.pending), b"frame" + self.path.stem.encode())
        self.fh.write(sealed)
        self.frames.append((offset, len(sealed), size, [i for i, _ in self.pending]))
        self.pending = []

    def finish(self) -> Path | None:
        """Publish the pack (None, and no file, when no page was added)."""
        self._flush()
        if not self.frames:
            self.abort()
            return None
        index = b"".join(struct.pack(_FRAME, o, n, s, len(ids)) + b"".join(ids) for o, n, s, ids in self.frames)
        index_at = self.fh.tell()
        self.fh.write(self.keys.seal_bytes(index, b"index" + self.path.stem.encode()))
        self.fh.write(struct.pack("<Q", index_at))
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.partial, self.path)
        return self.path

    def abort(self) -> None:
        self.fh.close()
        self.partial.unlink(missing_ok=True)


class PageReader:
    """Pages by id, reading each frame once while a restore walks the pages in order."""

    def __init__(self, index: dict[bytes, Where], keys: Keys, cached_frames: int = 16) -> None:
        self.index = index
        self.keys = keys
        self.cache: OrderedDict[tuple[Path, int], bytes] = OrderedDict()
        self.cached_frames = cached_frames

    def page(self, page_id: bytes) -> bytes:
        where = self.index.get(page_id)
        if where is None:
            raise StoreError("a page of this backup is missing from the page store")
        frame = self._frame(where)
        size = where.page_size
        page = frame[where.slot * size:(where.slot + 1) * size]
        if len(page) != size or self.keys.page_id(page) != page_id:
            raise StoreError("a page of this backup does not match its id")
        return page

    def _frame(self, where: Where) -> bytes:
        handle = (where.pack, where.offset)
        if handle in self.cache:
            self.cache.move_to_end(handle)
            return self.cache[handle]
        with where.pack.open("rb") as fh:
            fh.seek(where.offset)
            frame = self.keys.open_bytes(fh.read(where.length), b"frame" + where.pack.stem.encode())
        self.cache[handle] = frame
        if len(self.cache) > self.cached_frames:
            self.cache.popitem(last=False)
        return frame


def collect(folder: Path, keys: Keys, live: set[bytes]) -> list[Path]:
    """Drop the pages outside `live` (the ids every remaining generation lists); returns the packs
    deleted. A pack keeps existing until its live pages are safely in a new pack."""
    removed = []
    for pack in packs(folder):
        try:
            frames = read_index(pack, keys)
        except (OSError, StoreError, struct.error):
            continue  # another key's pack (or damaged): not ours to judge
        ids = [i for *_, frame_ids in frames for i in frame_ids]
        kept = [i for i in ids if i in live]
        if kept and len(kept) >= len(ids) * (1 - REPACK_DEAD_SHARE):
            continue
        if kept:
            _repack(folder, keys, pack, frames, set(kept))
        pack.unlink()
        removed.append(pack)
    return removed


def _repack(folder: Path, keys: Keys, pack: Path, frames, kept: set[bytes]) -> None:
    reader = PageReader({}, keys, cached_frames=1)
    writer = PackWriter(folder, keys)
    try:
        for offset, length, size, ids in frames:
            for slot, page_id in enumerate(ids):
                if page_id in kept:
                    reader.index[page_id] = Where(pack, offset, length, size, slot)
                    writer.add(page_id, reader.page(page_id))
            writer.flush()  # keep one page size per frame
        writer.finish()
    except BaseException:
        writer.abort()
        raise


def store_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in packs(folder))

