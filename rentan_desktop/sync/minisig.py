"""Ed25519 signatures in minisign's file formats, so the `minisign` tool verifies them.

Public key: `untrusted comment: ...` then base64("Ed" + key id (8 bytes) + public key (32)).
Signature (prehashed, algorithm "ED"): base64("ED" + key id + Ed25519(BLAKE2b-512(data))),
then `trusted comment: ...` and base64(Ed25519(signature + trusted comment)).
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


class SignatureError(Exception):
    """A malformed signature, or one that does not match the data or the key."""


@dataclass(frozen=True)
class SigningKey:
    key_id: bytes  # 8 bytes
    seed: bytes  # 32-byte Ed25519 private key

    @classmethod
    def generate(cls) -> SigningKey:
        private = Ed25519PrivateKey.generate()
        from cryptography.hazmat.primitives import serialization

        seed = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                     serialization.NoEncryption())
        return cls(os.urandom(8), seed)

    def _private(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.seed)

    def public(self) -> PublicKey:
        from cryptography.hazmat.primitives import serialization

        raw = self._private().public_key().public_bytes(serialization.Encoding.Raw,
                                                        serialization.PublicFormat.Raw)
        return PublicKey(self.key_id, raw)

    def sign(self, data: bytes, trusted_comment: str) -> str:
        """A complete .minisig file's text for `data`."""
        if "\n" in trusted_comment or "\r" in trusted_comment:
            raise ValueError("a trusted comment is one line")
        private = self._private()
        signature = private.sign(hashlib.blake2b(data, digest_size=64).digest())
        global_sig = private.sign(signature + trusted_comment.encode("utf-8"))
        return format_signature(self.key_id, signature, trusted_comment, global_sig)


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes
    raw: bytes

    @property
    def key_id_hex(self) -> str:
        return key_id_hex(self.key_id)

    def line(self) -> str:
        """The base64 line (what `minisign -P` takes)."""
        return base64.b64encode(b"Ed" + self.key_id + self.raw).decode()

    def file_text(self) -> str:
        return f"untrusted comment: minisign public key {self.key_id_hex}\n{self.line()}\n"

    @classmethod
    def from_line(cls, text: str) -> PublicKey:
        lines = [x.strip() for x in text.strip().splitlines() if x.strip()]
        try:
            raw = base64.b64decode(lines[-1], validate=True)
        except Exception as exc:
            raise SignatureError("not a minisign public key") from exc
        if len(raw) != 42 or raw[:2] != b"Ed":
            raise SignatureError("not a minisign public key")
        return cls(raw[2:10], raw[10:])

    def verify(self, data: bytes, sig_text: str) -> str:
        """Check a .minisig over `data`; returns the trusted comment."""
        key_id, signature, comment, global_sig = parse_signature(sig_text)
        if key_id != self.key_id:
            raise SignatureError("signed by another key")
        public = Ed25519PublicKey.from_public_bytes(self.raw)
        try:
            public.verify(signature, hashlib.blake2b(data, digest_size=64).digest())
            public.verify(global_sig, signature + comment.encode("utf-8"))
        except InvalidSignature as exc:
            raise SignatureError("signature does not match") from exc
        return comment


def format_signature(key_id: bytes, signature: bytes, trusted_comment: str, global_sig: bytes) -> str:
    """A .minisig file's text exactly as Rentan writes it."""
    line = base64.b64encode(b"ED" + key_id + signature).decode()
    return (f"untrusted comment: signature from rentan key {key_id_hex(key_id)}\n{line}\n"
            f"trusted comment: {trusted_comment}\n{base64.b64encode(global_sig).decode()}\n")


def is_canonical_signature(sig_text: str) -> bool:
    """Whether the text is byte for byte what `format_signature` writes for its own parts:
    minisign does not sign the untrusted comment line nor anything after the last line."""
    try:
        key_id, signature, comment, global_sig = parse_signature(sig_text)
    except SignatureError:
        return False
    return sig_text == format_signature(key_id, signature, comment, global_sig)


def key_id_hex(key_id: bytes) -> str:
    """As minisign prints it: the little-endian 64-bit number in upper-case hex."""
    return key_id[::-1].hex().upper()


def signature_key_id(sig_text: str) -> bytes:
    return parse_signature(sig_text)[0]


def parse_signature(sig_text: str) -> tuple[bytes, bytes, str, bytes]:
    lines = sig_text.split("\n")
    try:
        if not lines[0].startswith("untrusted comment:") or not lines[2].startswith("trusted comment: "):
            raise ValueError
        raw = base64.b64decode(lines[1], validate=True)
        global_sig = base64.b64decode(lines[3], validate=True)
    except (ValueError, IndexError) as exc:
        raise SignatureError("not a minisign signature") from exc
    if len(raw) != 74 or raw[:2] != b"ED" or len(global_sig) != 64:
        raise SignatureError("not a prehashed minisign signature")
    return raw[2:10], raw[10:], lines[2][len("trusted comment: "):], global_sig
