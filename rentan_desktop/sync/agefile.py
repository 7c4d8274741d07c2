"""age files (age-encryption.org/v1): X25519 recipients through pyrage, passphrase by hand.

Bundles are encrypted to X25519 recipients with pyrage (the `age` tool decrypts them).
The secret-key file is age's passphrase (scrypt) format, written here rather than with
`pyrage.passphrase` because that fixes scrypt's work factor at 2^18 (several seconds per
call on an office PC) and tests need a cheap one. Production uses 2^18 like age itself;
`RENTAN_SCRYPT_LOG_N` lowers it for tests. Files written here open with `age -d` and
`pyrage.passphrase.decrypt`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

import pyrage
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

INTRO = b"age-encryption.org/v1\n"
SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
CHUNK = 64 * 1024
DEFAULT_LOG_N = 18
MAX_LOG_N = 22


class AgeError(Exception):
    """Wrong passphrase or key, or a damaged file."""


def encrypt_to(data: bytes, recipients: list[str]) -> bytes:
    """Encrypt to X25519 recipients (`age1...`)."""
    parsed = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    return pyrage.encrypt(data, parsed)


def decrypt_with(data: bytes, identities: list[str]) -> bytes:
    """Decrypt with any of our X25519 identities (`AGE-SECRET-KEY-1...`)."""
    parsed = [pyrage.x25519.Identity.from_str(i) for i in identities]
    try:
        return pyrage.decrypt(data, parsed)
    except Exception as exc:  # pyrage raises several types for the same user-level fact
        raise AgeError(str(exc)) from exc


def new_identity() -> tuple[str, str]:
    """A fresh X25519 identity: (secret `AGE-SECRET-KEY-1...`, recipient `age1...`)."""
    identity = pyrage.x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def recipient_of(identity: str) -> str:
    return str(pyrage.x25519.Identity.from_str(identity).to_public())


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _unb64(text: bytes) -> bytes:
    return base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt or None, info=info).derive(key)


def _scrypt(passphrase: str, salt: bytes, log_n: int) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=SCRYPT_LABEL + salt, n=1 << log_n, r=8, p=1,
                          maxmem=(1 << log_n) * 8 * 128 * 2 + (1 << 20), dklen=32)


def _log_n() -> int:
    value = os.environ.get("RENTAN_SCRYPT_LOG_N")
    return int(value) if value and value.isdigit() else DEFAULT_LOG_N


def passphrase_encrypt(data: bytes, passphrase: str, log_n: int | None = None) -> bytes:
    log_n = log_n or _log_n()
    file_key = os.urandom(16)
    salt = os.urandom(16)
    wrapped = ChaCha20Poly1305(_scrypt(passphrase, salt, log_n)).encrypt(b"\x00" * 12, file_key, None)
    header = INTRO + b"-> scrypt " + _b64(salt) + b" " + str(log_n).encode() + b"\n" + _b64(wrapped) + b"\n---"
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
    nonce = os.urandom(16)
    return header + b" " + _b64(mac) + b"\n" + nonce + _stream(_hkdf(file_key, nonce, b"payload"), data)


def passphrase_decrypt(blob: bytes, passphrase: str) -> bytes:
    try:
        return _passphrase_decrypt(blob, passphrase)
    except AgeError:
        raise
    except Exception as exc:  # malformed header, bad base64, wrong tag
        raise AgeError(str(exc)) from exc


def _passphrase_decrypt(blob: bytes, passphrase: str) -> bytes:
    if not blob.startswith(INTRO):
        raise AgeError("not an age file")
    end = blob.index(b"\n---", len(INTRO)) + 4
    header = blob[:end]
    mac_line_end = blob.index(b"\n", end)
    mac = _unb64(blob[end + 1:mac_line_end])
    lines = header[len(INTRO):].split(b"\n")
    stanza = lines[0].split(b" ")
    if stanza[:2] != [b"->", b"scrypt"] or len(stanza) != 4 or lines[2] != b"---":
        raise AgeError("not a passphrase-protected age file")
    salt, log_n = _unb64(stanza[2]), int(stanza[3])
    if not 1 <= log_n <= MAX_LOG_N:
        raise AgeError("unsupported work factor")
    try:
        file_key = ChaCha20Poly1305(_scrypt(passphrase, salt, log_n)).decrypt(b"\x00" * 12, _unb64(lines[1]), None)
    except Exception as exc:
        raise AgeError("wrong passphrase") from exc
    expected = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
    if not hmac.compare_digest(mac, expected):
        raise AgeError("header MAC mismatch")
    body = blob[mac_line_end + 1:]
    nonce, payload = body[:16], body[16:]
    return _unstream(_hkdf(file_key, nonce, b"payload"), payload)


def _stream(key: bytes, data: bytes) -> bytes:
    aead = ChaCha20Poly1305(key)
    out = []
    chunks = [data[i:i + CHUNK] for i in range(0, len(data), CHUNK)] or [b""]
    for counter, chunk in enumerate(chunks):
        last = b"\x01" if counter == len(chunks) - 1 else b"\x00"
        out.append(aead.encrypt(counter.to_bytes(11, "big") + last, chunk, None))
    return b"".join(out)


def _unstream(key: bytes, data: bytes) -> bytes:
    aead = ChaCha20Poly1305(key)
    size = CHUNK + 16
    parts = [data[i:i + size] for i in range(0, len(data), size)]
    if not parts:
        raise AgeError("truncated file")
    out = []
    for counter, part in enumerate(parts):
        last = b"\x01" if counter == len(parts) - 1 else b"\x00"
        try:
            out.append(aead.decrypt(counter.to_bytes(11, "big") + last, part, None))
        except Exception as exc:
            raise AgeError("damaged or truncated file") from exc
    return b"".join(out)
