"""The install key and the operators who can unlock it.

Each install has one random 256-bit install key. The database key and the passphrase of the
sync secret-key file are derived from it (HKDF-SHA256, one label each), so unlocking the
install key opens everything. It is stored only wrapped, in `<data folder>/keys/install-key.json`:
- once per operator: AES-256-GCM under a key made from the operator's passphrase with
  Argon2id (memory-hard; the cost is stored with each wrap, so it can be raised later);
- optionally in the operating system's key store (`keyring`: Windows Credential Manager);
- for recovery: age-encrypted to Disnaker's key (see security.escrow).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.store.cipher import private_dir, raw_key, restrict_file
from rentan_desktop.store.clock import now_iso

FILE = "install-key.json"
FORMAT = "rentan-install-key"
KEYRING_SERVICE = "RentanDesktop"
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class KdfCost:
    memory_kib: int
    iterations: int
    lanes: int = 1


# About a quarter of a second on an office PC; tests lower it (tests/conftest.py).
KDF_COST = KdfCost(memory_kib=64 * 1024, iterations=3)


class WrongPassphrase(UserError):
    """The passphrase does not unlock this install for that operator."""


class Locked(UserError):
    """The install key is needed and no operator has unlocked it yet."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text)


def _derive(install_key: bytes, label: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(install_key)


def db_key(install_key: bytes) -> str:
    """The raw SQLCipher key of the database and its backups."""
    return raw_key(_derive(install_key, b"rentan database key v1"))


def sync_secret(install_key: bytes) -> str:
    """The passphrase that seals the sync secret-key file (an age scrypt file)."""
    return base64.urlsafe_b64encode(_derive(install_key, b"rentan sync secret keys v1")).decode()


def _check_value(install_key: bytes) -> str:
    return _derive(install_key, b"rentan install key check v1").hex()[:16]


def _passphrase_key(passphrase: str, salt: bytes, cost: dict[str, int]) -> bytes:
    return Argon2id(salt=salt, length=32, iterations=cost["t"], lanes=cost["p"],
                    memory_cost=cost["m"]).derive(passphrase.encode("utf-8"))


def check_new_passphrase(passphrase: str, repeat: str | None = None) -> None:
    problems = new_passphrase_problems(passphrase, repeat)
    if problems:
        raise UserError(problems[0][1])


def new_passphrase_problems(passphrase: str, repeat: str | None = None) -> list[tuple[str, str]]:
    """Every problem of a new passphrase at once, as (which field, message): too short, and the repetition
    differing (a form shows both under their fields rather than one per try)."""
    problems = []
    if len(passphrase) < MIN_PASSPHRASE:
        problems.append(("passphrase", translate("security", "The passphrase must have at least 8 characters.")))
    if repeat is not None and passphrase != repeat:
        problems.append(("passphrase_again", translate("security", "The two passphrases differ.")))
    return problems


def keyring_backend() -> Any | None:
    """The operating system's key store through `keyring`, or None where there is none."""
    try:
        import keyring
        from keyring.backends import fail

        ring = keyring.get_keyring()
        if isinstance(ring, fail.Keyring) or type(ring).__name__ == "ChainerBackend" and not ring.backends:
            return None
        return keyring
    except Exception:  # no usable backend: the passphrase is the only way
        return None


class Vault:
    """The contents of install-key.json; changes are written with `save()`."""

    def __init__(self, path: Path, doc: dict[str, Any]):
        self.path = path
        self.doc = doc

    # -- reading --------------------------------------------------------------------------

    @classmethod
    def path_in(cls, data_dir: Path) -> Path:
        return Path(data_dir) / "keys" / FILE

    @classmethod
    def load(cls, data_dir: Path) -> Vault | None:
        path = cls.path_in(data_dir)
        if not path.exists():
            return None
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UserError(translate("security", "The install key file {file} is damaged. Restore it from a backup "
                                                  "of the data folder, or recover through Disnaker.").format(
                file=path)) from exc
        if doc.get("format") != FORMAT:
            raise UserError(translate("security", "{file} is not a Rentan install key file.").format(file=path))
        return cls(path, doc)

    @property
    def install_id(self) -> str:
        return self.doc["install_id"]

    def operators(self) -> list[str]:
        return [op["name"] for op in self.doc["operators"]]

    def uses_keyring(self) -> bool:
        return bool(self.doc.get("keyring"))

    def _entry(self, name: str) -> dict[str, Any] | None:
        wanted = name.strip().casefold()
        return next((op for op in self.doc["operators"] if op["name"].casefold() == wanted), None)

    def verify(self, install_key: bytes) -> bool:
        return secrets.compare_digest(_check_value(install_key), self.doc["check"])

    # -- unlocking --------------------------------------------------------------------------

    def unlock(self, name: str, passphrase: str) -> bytes:
        entry = self._entry(name)
        if entry is None:
            raise WrongPassphrase(translate("security", "There is no operator named {name} on this install.").format(
                name=name))
        key = self._unwrap(entry, passphrase)
        if key is None:
            raise WrongPassphrase(translate("security", "The passphrase is wrong for {name}. Check Caps Lock and the "
                                                        "keyboard language, then try again.").format(name=entry["name"]))
        return key

    def unlock_any(self, passphrase: str) -> tuple[str, bytes]:
        """(operator, install key) for the first operator this passphrase belongs to."""
        for entry in self.doc["operators"]:
            key = self._unwrap(entry, passphrase)
            if key is not None:
                return entry["name"], key
        raise WrongPassphrase(translate("security", "The passphrase is wrong: it is no operator's passphrase on this "
                                                    "install."))

    def _unwrap(self, entry: dict[str, Any], passphrase: str) -> bytes | None:
        wrap = entry["wrap"]
        kek = _passphrase_key(passphrase, _unb64(wrap["salt"]), wrap["kdf"])
        try:
            key = AESGCM(kek).decrypt(_unb64(wrap["nonce"]), _unb64(wrap["data"]), entry["name"].encode())
        except InvalidTag:
            return None
        return key if self.verify(key) else None

    def unlock_keyring(self) -> bytes | None:
        """The install key from the operating system's key store, when this install keeps it there."""
        if not self.uses_keyring():
            return None
        ring = keyring_backend()
        if ring is None:
            return None
        try:
            found = ring.get_password(KEYRING_SERVICE, self.doc["keyring"]["username"])
        except Exception:
            return None
        if not found:
            return None
        key = bytes.fromhex(found)
        return key if self.verify(key) else None

    # -- changing ------------------------------------------------------------------------------

    def add_operator(self, install_key: bytes, name: str, passphrase: str) -> None:
        name = " ".join(name.split())
        if not name:
            raise UserError(translate("security", "Give the operator's name."))
        if self._entry(name) is not None:
            raise UserError(translate("security", "There is already an operator named {name}.").format(name=name))
        check_new_passphrase(passphrase)
        self.doc["operators"].append({"name": name, "created_at": now_iso(), "wrap": _wrap(install_key, name, passphrase)})

    def set_passphrase(self, install_key: bytes, name: str, passphrase: str) -> None:
        entry = self._entry(name)
        if entry is None:
            raise UserError(translate("security", "There is no operator named {name} on this install.").format(name=name))
        check_new_passphrase(passphrase)
        entry["wrap"] = _wrap(install_key, entry["name"], passphrase)

    def remove_operator(self, name: str, working: str | None = None) -> None:
        """Remove an operator; never `working`, the one who unlocked this session (QA walk r3, defect 40):
        the session would go on, and its edits be audited, under a name that can no longer unlock."""
        entry = self._entry(name)
        if entry is None:
            raise UserError(translate("security", "There is no operator named {name} on this install.").format(name=name))
        if working and entry["name"].casefold() == working.strip().casefold():
            raise UserError(translate("security", "{name} is the operator working now and cannot be removed in this "
                                                  "session. To remove {name}, let another operator open the install "
                                                  "and remove {name} there.").format(name=entry["name"]))
        if len(self.doc["operators"]) == 1 and not self.uses_keyring():
            raise UserError(translate("security", "{name} is the only operator: add another operator first, or the "
                                                  "install could not be opened any more.").format(name=entry["name"]))
        self.doc["operators"].remove(entry)

    def use_keyring(self, install_key: bytes) -> None:
        ring = keyring_backend()
        if ring is None:
            raise UserError(translate("security", "This computer has no key store that Rentan Desktop can use: "
                                                  "choose a passphrase instead."))
        username = f"install-key-{self.install_id}"
        ring.set_password(KEYRING_SERVICE, username, install_key.hex())
        self.doc["keyring"] = {"service": KEYRING_SERVICE, "username": username}

    def set_escrow(self, entries: list[dict[str, str]]) -> None:
        self.doc["escrow"] = entries

    def escrow(self) -> list[dict[str, str]]:
        return list(self.doc.get("escrow", []))

    def save(self) -> None:
        private_dir(self.path.parent)
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(self.doc, indent=1))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        restrict_file(self.path)


def _wrap(install_key: bytes, name: str, passphrase: str) -> dict[str, Any]:
    cost = {"m": KDF_COST.memory_kib, "t": KDF_COST.iterations, "p": KDF_COST.lanes}
    salt, nonce = os.urandom(16), os.urandom(12)
    kek = _passphrase_key(passphrase, salt, cost)
    data = AESGCM(kek).encrypt(nonce, install_key, name.encode())
    return {"kdf": {"alg": "argon2id", **cost}, "salt": _b64(salt), "nonce": _b64(nonce), "data": _b64(data)}


def create(data_dir: Path, operator: str, passphrase: str | None = None, *,
           use_keyring: bool = False) -> tuple[Vault, bytes]:
    """A new install key for a new (or a 0.1, unencrypted) install; returns it unlocked."""
    if Vault.path_in(data_dir).exists():
        raise UserError(translate("security", "This data folder already has an install key."))
    if not passphrase and not use_keyring:
        raise UserError(translate("security", "Choose a passphrase (at least 8 characters): it protects the "
                                              "personal data in this install."))
    install_key = os.urandom(32)
    vault = Vault(Vault.path_in(data_dir), {
        "format": FORMAT, "version": 1, "install_id": uuid.uuid4().hex, "created_at": now_iso(),
        "check": _check_value(install_key), "operators": [], "keyring": None, "escrow": []})
    if passphrase:
        vault.add_operator(install_key, operator, passphrase)
    if use_keyring:
        vault.use_keyring(install_key)
        if not passphrase:  # the first operator is named, the key store unlocks for them
            vault.doc["keyring"]["operator"] = " ".join(operator.split())
    vault.save()
    return vault, install_key
