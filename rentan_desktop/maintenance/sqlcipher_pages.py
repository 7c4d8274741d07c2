"""The pages of a SQLCipher 4 file, decrypted in memory, and a new SQLCipher file written from pages.

The incremental backups (maintenance.generations) store each page's *plaintext* once, compressed
and encrypted, because encrypted pages neither compress nor repeat: SQLCipher gives every written
page a fresh IV. The sqlcipher3 build has no `sqlite_dbpage` table, so the pages are read and
written here, in SQLCipher 4's documented page format with the settings every Rentan file uses
(store.cipher: a raw 256-bit key, AES-256-CBC, HMAC-SHA512 over each page, 80 reserved bytes):

- page 1 starts with the file's 16-byte salt instead of SQLite's header text;
- each page: AES-256-CBC ciphertext of all but its last 80 bytes (page 1 from byte 16), then the
  16-byte IV and the 64-byte HMAC-SHA512 of (ciphertext + IV + page number, 4 bytes little-endian);
- with a raw key, the key encrypts as is; the HMAC key is PBKDF2-HMAC-SHA512(key, salt XOR 0x3a,
  2 rounds, 32 bytes).

Nothing plain ever reaches the disk: pages are decrypted into memory, and a restored file is
encrypted page by page as it is written. Every file written here is then opened by SQLCipher
itself and quick-checked (maintenance.generations) before it is used, so a fault here can never
go unnoticed.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

SALT = 16
IV = 16
MAC = 64
RESERVE = IV + MAC
HEADER = b"SQLite format 3\x00"


class PageError(ValueError):
    """A page whose HMAC does not match: a damaged file or another key."""


def key_bytes(key: str) -> bytes:
    """The 32 bytes of a raw key literal `x'<64 hex>'` (store.cipher.raw_key)."""
    return bytes.fromhex(key[2:-1])


def _mac_key(key: bytes, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)


def _mac(mac_key: bytes, body: bytes, pgno: int) -> bytes:
    return hmac.new(mac_key, body + pgno.to_bytes(4, "little"), hashlib.sha512).digest()


def read_pages(path: Path | str, key: str, page_size: int) -> Iterator[bytes]:
    """Each page of the SQLCipher file at `path`, decrypted, its 80 reserved bytes zeroed (they
    hold the codec's IV and HMAC, not data). The file must not change meanwhile (read a copy)."""
    enc_key = key_bytes(key)
    with open(path, "rb") as fh:
        first = fh.read(page_size)
        if len(first) < page_size:
            return
        salt = first[:SALT]
        mac_key = _mac_key(enc_key, salt)
        pgno, raw = 1, first
        while len(raw) == page_size:
            yield _decrypt(raw, pgno, enc_key, mac_key, page_size)
            pgno += 1
            raw = fh.read(page_size)


def _decrypt(raw: bytes, pgno: int, enc_key: bytes, mac_key: bytes, page_size: int) -> bytes:
    start = SALT if pgno == 1 else 0
    end = page_size - RESERVE
    body, iv, mac = raw[start:end], raw[end:end + IV], raw[end + IV:]
    if not hmac.compare_digest(_mac(mac_key, body + iv, pgno), mac):
        raise PageError(f"page {pgno} does not authenticate")
    plain = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).decryptor().update(body)
    return (HEADER if pgno == 1 else b"") + plain + bytes(RESERVE)


class PageWriter:
    """Writes a new SQLCipher file page by page (page 1 first), with a fresh random salt."""

    def __init__(self, path: Path | str, key: str, page_size: int) -> None:
        self.enc_key = key_bytes(key)
        self.salt = os.urandom(SALT)
        self.mac_key = _mac_key(self.enc_key, self.salt)
        self.page_size = page_size
        self.pgno = 0
        self.fh = open(path, "wb")

    def write(self, page: bytes) -> None:
        if len(page) != self.page_size:
            raise PageError(f"page {self.pgno + 1} has {len(page)} bytes, not {self.page_size}")
        self.pgno += 1
        start = SALT if self.pgno == 1 else 0
        end = self.page_size - RESERVE
        iv = os.urandom(IV)
        body = Cipher(algorithms.AES(self.enc_key), modes.CBC(iv)).encryptor().update(page[start:end])
        head = self.salt if self.pgno == 1 else b""
        self.fh.write(head + body + iv + _mac(self.mac_key, body + iv, self.pgno))

    def close(self) -> None:
        """Flush to disk and close."""
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()

    def abort(self) -> None:
        self.fh.close()
