"""The pages of a SQLCipher 4 file, decrypted in memory, and a new SQLCipher file written from pages.

The incremental backups (maintenance.generations) store each page's *plaintext* once, compressed
and encrypted, because encrypted pages neither compress nor repeat: SQLCipher gives every written
page a fresh IV. The sqlcipher3 build has no `sqlite_dbpage` table, so the pages are read and
written here, in SQLCipher 4's documented page format with the settings of store.cipher.FORMATS
(a raw 256-bit key, AES-256-CBC, an HMAC over each page, 16 + HMAC-size reserved bytes):

- page 1 starts with the file's 16-byte salt instead of SQLite's header text;
- each page: AES-256-CBC ciphertext of all but its reserved bytes (page 1 from byte 16), then the
  16-byte IV and the HMAC (SHA-256 in the current format, SHA-512 in the first) of
  (ciphertext + IV + page number, 4 bytes little-endian);
- with a raw key, the key encrypts as is; the HMAC key is PBKDF2-HMAC-SHA512(key, salt XOR 0x3a,
  2 rounds, 32 bytes) in every format.

A file's format is recognised by which HMAC authenticates its page 1. Every Rentan file keeps
SQLite's 80 reserved bytes per page (byte 20 of page 1: SQLCipher sets them when keyed, before the
HMAC is chosen), and SQLite never uses them, so the pages of any format are written back in the
current one (its IV and HMAC take the last 48 of those bytes).

Speed (issue 15): the per-page work is one HMAC call and slicing; the AES work of many pages is one
call (decrypting: the IV of each page is put before its ciphertext in one CBC stream, so the
stream decrypts every page at once and the IV blocks are dropped; encrypting: one CBC stream in
which a block chosen as D(IV) XOR the previous ciphertext block makes each page start from its
own fresh random IV).

Nothing plain ever reaches the disk: pages are decrypted into memory, and a restored file is
encrypted page by page as it is written. Every file written here is then opened by SQLCipher
itself and quick-checked (maintenance.generations) before it is used, so a fault here can never
go unnoticed.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from rentan_desktop.store.cipher import CURRENT, FORMATS

SALT = 16
IV = 16
HEADER = b"SQLite format 3\x00"
BATCH = 256  # pages decrypted in one AES call (1 MiB at 4096-byte pages)
_DIGESTS = {fmt.reserve: fmt.hmac.removeprefix("HMAC_").lower() for fmt in FORMATS}  # 48: sha256, 80: sha512
_NEWEST_FIRST = [(fmt.reserve, _DIGESTS[fmt.reserve]) for fmt in reversed(FORMATS)]


class PageError(ValueError):
    """A page whose HMAC does not match: a damaged file or another key."""


def open_private(path: Path | str):
    """A file (emptied if there, as a reserved name is) for binary writing, readable by the owner only
    before its first byte is written (POSIX)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    if os.name == "posix":
        os.fchmod(fd, 0o600)  # a file that was there keeps its mode through os.open
    return os.fdopen(fd, "wb")


def key_bytes(key: str) -> bytes:
    """The 32 bytes of a raw key literal `x'<64 hex>'` (store.cipher.raw_key)."""
    return bytes.fromhex(key[2:-1])


def _mac_key(key: bytes, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)


class _Mac:
    """HMAC with one key, its padded key blocks hashed once: each page then costs its own hashing only."""

    def __init__(self, key: bytes, digest: str) -> None:
        block = hashlib.new(digest).block_size
        padded = key.ljust(block, b"\x00")
        self.inner = hashlib.new(digest, bytes(b ^ 0x36 for b in padded))
        self.outer = hashlib.new(digest, bytes(b ^ 0x5C for b in padded))

    def __call__(self, *parts: bytes) -> bytes:
        inner = self.inner.copy()
        for part in parts:
            inner.update(part)
        outer = self.outer.copy()
        outer.update(inner.digest())
        return outer.digest()


def _authentic(mac: _Mac, raw: bytes, start: int, end: int, pgno: int) -> bool:
    """Does the page's stored HMAC (after its IV) match its ciphertext + IV + page number?"""
    return hmac.compare_digest(mac(raw[start:end + IV], pgno.to_bytes(4, "little")), raw[end + IV:])


def read_pages(path: Path | str, key: str, page_size: int, *, limit: int | None = None) -> Iterator[bytes]:
    """Each page of the SQLCipher file at `path` (the first `limit` ones), decrypted and
    authenticated, its reserved bytes zeroed (they hold the codec's IV and HMAC, not data). The file
    must not change meanwhile (a copy, or the database held still: generations.hold_still)."""
    for page, check in read_pages_unchecked(path, key, page_size, limit=limit):
        check()
        yield page


def read_pages_unchecked(path: Path | str, key: str, page_size: int, *,
                         limit: int | None = None) -> Iterator[tuple[bytes, Callable[[], None]]]:
    """Each page as read_pages gives it, with the check of its HMAC (raising PageError) left to the
    caller: a backup checks only the pages it does not already hold (a page whose plaintext matches
    a stored page's keyed hash cannot be a damaged one)."""
    enc_key = key_bytes(key)
    with open(path, "rb") as fh:
        first = fh.read(page_size)
        if len(first) < page_size:
            return
        mac_key = _mac_key(enc_key, first[:SALT])
        reserve, mac = _format_of_page_one(first, mac_key, page_size)
        left = limit if limit is not None else (1 << 62)
        pgno, run = 1, first + fh.read(page_size * (min(BATCH, left) - 1))
        while count := min(len(run) // page_size, left):  # a torn last page is not read
            yield from _decrypt_run(run, pgno, count, enc_key, mac, reserve, page_size)
            pgno, left = pgno + count, left - count
            run = fh.read(page_size * min(BATCH, left))


def _format_of_page_one(first: bytes, mac_key: bytes, page_size: int) -> tuple[int, _Mac]:
    for reserve, digest in _NEWEST_FIRST:
        mac = _Mac(mac_key, digest)
        if _authentic(mac, first, SALT, page_size - reserve, 1):
            return reserve, mac
    raise PageError("page 1 does not authenticate")


def _decrypt_run(run: bytes, pgno: int, count: int, enc_key: bytes, mac: _Mac, reserve: int,
                 page_size: int) -> Iterator[tuple[bytes, Callable[[], None]]]:
    """`count` pages from `run` (page `pgno` first), decrypted in one AES call, each with its check."""
    end = page_size - reserve
    raws = [run[i * page_size:(i + 1) * page_size] for i in range(count)]
    stream = []
    for n, raw in enumerate(raws, pgno):  # the IV first: it chains into the page's first block
        stream += (raw[end:end + IV], raw[SALT if n == 1 else 0:end])
    plain = Cipher(algorithms.AES(enc_key), modes.CBC(bytes(IV))).decryptor().update(b"".join(stream))
    zeros, pos = bytes(reserve), 0
    for n, raw in enumerate(raws, pgno):
        start = SALT if n == 1 else 0
        pos += IV  # the IV block decrypts to noise: dropped
        body = plain[pos:pos + end - start]
        pos += end - start

        def check(raw: bytes = raw, start: int = start, n: int = n) -> None:
            if not _authentic(mac, raw, start, end, n):
                raise PageError(f"page {n} does not authenticate")

        yield (HEADER + body if n == 1 else body) + zeros, check


class PageWriter:
    """Writes a new SQLCipher file in the current format page by page (page 1 first), with a fresh
    random salt and a fresh random IV per page."""

    def __init__(self, path: Path | str, key: str, page_size: int) -> None:
        self.enc_key = key_bytes(key)
        self.salt = os.urandom(SALT)
        self.mac_key = _mac_key(self.enc_key, self.salt)
        self.page_size = page_size
        self.pgno = 0
        self.reserve, self.mac = CURRENT.reserve, _Mac(self.mac_key, _DIGESTS[CURRENT.reserve])
        self._block_decrypt = Cipher(algorithms.AES(self.enc_key), modes.ECB()).decryptor()
        self._previous = os.urandom(IV)
        self._stream = Cipher(algorithms.AES(self.enc_key), modes.CBC(self._previous)).encryptor()
        self.fh = open_private(path)

    def write(self, page: bytes) -> None:
        if len(page) != self.page_size:
            raise PageError(f"page {self.pgno + 1} has {len(page)} bytes, not {self.page_size}")
        self.pgno += 1
        if self.pgno == 1 and page[20] < self.reserve:  # SQLite would use the bytes the codec needs
            raise PageError(f"page 1 reserves {page[20]} bytes: not a Rentan SQLCipher layout")
        start = SALT if self.pgno == 1 else 0
        end = self.page_size - self.reserve
        iv = os.urandom(IV)
        # The block that encrypts to `iv` after the previous ciphertext block: the page then
        # continues the stream exactly as CBC with its own IV would encrypt it.
        lead = _xor16(self._block_decrypt.update(iv), self._previous)
        out = self._stream.update(lead + page[start:end])
        if out[:IV] != iv:
            raise PageError(f"page {self.pgno} did not encrypt as expected")
        body = out[IV:]
        self._previous = out[-IV:]
        mac = self.mac(body, iv, self.pgno.to_bytes(4, "little"))
        self.fh.write((self.salt if self.pgno == 1 else b"") + body + iv + mac)

    def close(self) -> None:
        """Flush to disk and close."""
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()

    def abort(self) -> None:
        self.fh.close()


def _xor16(a: bytes, b: bytes) -> bytes:
    return (int.from_bytes(a, "little") ^ int.from_bytes(b, "little")).to_bytes(IV, "little")
