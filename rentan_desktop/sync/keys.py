"""This install's own keys: an Ed25519 signing key (minisign) and an X25519 age identity.

Created once at first run. The public halves live in the `sync_keys` setting; the secret
halves in `<data folder>/keys/secret-keys.age`, an age passphrase (scrypt) file that the
`age` tool can open too. The passphrase comes from, in order: the caller, this session
(after one unlock), RENTAN_PASSPHRASE, the install key (protection "install": a passphrase
derived from it, so any operator who unlocked the install can sign), or the operating
system's key store (`keyring`, 0.1 installs). An install set up without any of these (a
0.1 install) keeps its secrets in a plain file readable only by the user and the Sync tab
says so until a passphrase is set. What is unlocked lives in the install's Session
(`db.session`), never at module level. A rotation keeps the old secrets (to read bundles still in
flight) and keeps signing with the old key, announcing the new one, until the peer
acknowledges it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.session import session_of
from rentan_desktop.store import settings
from rentan_desktop.store.clock import now_iso
from rentan_desktop.sync import agefile
from rentan_desktop.sync.minisig import PublicKey, SigningKey, key_id_hex

SETTING = "sync_keys"
KEY_DIR = "keys"
SECRET_FILE = "secret-keys.age"
PLAIN_FILE = "secret-keys.json"
KEYRING_SERVICE = "RentanDesktop"
MIN_PASSPHRASE = 8


class PassphraseNeeded(UserError):
    """The secret keys are locked and no passphrase was given."""


@dataclass(frozen=True)
class OwnSecret:
    signing: SigningKey
    identity: str

    @property
    def key_id(self) -> str:
        return key_id_hex(self.signing.key_id)


@dataclass(frozen=True)
class PublicKeys:
    key_id: str
    sign_pub: str  # minisign base64 line
    age_recipient: str
    fingerprint: str

    def as_dict(self) -> dict[str, str]:
        return {"key_id": self.key_id, "sign_pub": self.sign_pub, "age_recipient": self.age_recipient,
                "fingerprint": self.fingerprint}


def fingerprint(sign_pub: str, age_recipient: str) -> str:
    """What people compare with the printed letter: 40 hex digits in groups of four."""
    digest = hashlib.sha256(f"{sign_pub.strip()}\n{age_recipient.strip()}".encode()).hexdigest()[:40].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 40, 4))


def public_of(secret: OwnSecret) -> PublicKeys:
    line = secret.signing.public().line()
    recipient = agefile.recipient_of(secret.identity)
    return PublicKeys(secret.key_id, line, recipient, fingerprint(line, recipient))


def key_dir(data_dir: Path) -> Path:
    return Path(data_dir) / KEY_DIR


def state(db: sqlite_utils.Database) -> dict[str, Any]:
    return settings.get(db, SETTING, {}) or {}


def has_keys(db: sqlite_utils.Database) -> bool:
    return bool(state(db).get("current"))


def own_public(db: sqlite_utils.Database) -> PublicKeys:
    """The key this install signs with now (the old one while a rotation is unacknowledged)."""
    current = state(db).get("current")
    if not current:
        raise UserError(translate("sync", "This install has no keys yet."))
    signing = state(db).get("signing") or current
    return PublicKeys(**{k: signing[k] for k in ("key_id", "sign_pub", "age_recipient", "fingerprint")})


def newest_public(db: sqlite_utils.Database) -> PublicKeys:
    current = state(db).get("current")
    if not current:
        raise UserError(translate("sync", "This install has no keys yet."))
    return PublicKeys(**{k: current[k] for k in ("key_id", "sign_pub", "age_recipient", "fingerprint")})


def protection(db: sqlite_utils.Database) -> str:
    """'install', 'passphrase', 'keyring' or 'none'."""
    return state(db).get("protection", "none")


def protection_label(mode: str) -> str:
    return {"install": translate("sync", "the install's passphrase (every operator's)"),
            "passphrase": translate("sync", "passphrase"),
            "keyring": translate("sync", "the operating system's key store"),
            "none": translate("sync", "none: the secret keys are not protected")}.get(mode, mode)


# -- passphrases -------------------------------------------------------------------------

def remember_passphrase(db: sqlite_utils.Database, passphrase: str) -> None:
    """Keep the passphrase in this install's session (after an unlock dialog)."""
    session = session_of(db)
    if session is not None:
        session.key_passphrase = passphrase


def forget_session(db: sqlite_utils.Database) -> None:
    """Forget the opened secrets and their passphrase of `db`'s install: the next use unlocks
    again. Secrets live in each install's session, never in the process, so there is always
    an install to name."""
    session = session_of(db)
    if session is not None:
        session.forget_keys()


def check_new_passphrase(passphrase: str, repeat: str | None = None) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(translate("sync", "The passphrase must have at least 8 characters."))
    if repeat is not None and passphrase != repeat:
        raise UserError(translate("sync", "The two passphrases differ."))


def _keyring():
    try:
        import keyring  # optional: Windows Credential Manager, macOS Keychain
        from keyring.backends import fail

        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
        return keyring
    except Exception:
        return None


def _find_passphrase(db: sqlite_utils.Database, data_dir: Path, given: str | None) -> str | None:
    session = session_of(db)
    mode = protection(db) if has_keys(db) else None  # None: the keys are being made now
    if mode == "install":  # sealed with the install key: whoever unlocked the install may sign
        return session.sync_secret() if session is not None else None
    if given:
        return given
    if mode is None and session is not None and session.unlocked:
        # Keys made now are sealed with the install key, from the GUI and `rentan init` alike:
        # one passphrase per operator, never a second one for bundles.
        return session.sync_secret()
    found = (session.key_passphrase if session is not None else None) or os.environ.get("RENTAN_PASSPHRASE")
    if found:
        return found
    if protection(db) == "keyring":
        ring = _keyring()
        if ring is not None:
            return ring.get_password(KEYRING_SERVICE, settings.get(db, "site_uid", ""))
    return None


# -- creating, storing, unlocking --------------------------------------------------------

def create_keys(db: sqlite_utils.Database, data_dir: Path, passphrase: str | None = None) -> PublicKeys:
    """First run: make this install's key pair (no-op when it already has one)."""
    if has_keys(db):
        return own_public(db)
    secret = OwnSecret(SigningKey.generate(), agefile.new_identity()[0])
    chosen = _find_passphrase(db, data_dir, passphrase)
    session = session_of(db)
    mode = "passphrase" if chosen else "none"
    if chosen and not passphrase and session is not None and chosen == session.sync_secret():
        mode = "install"
    if not chosen:
        ring = _keyring()
        if ring is not None:
            chosen = secrets.token_urlsafe(24)
            ring.set_password(KEYRING_SERVICE, settings.get(db, "site_uid", ""), chosen)
            mode = "keyring"
    _write_secrets(db, data_dir, [secret], chosen)
    pub = public_of(secret)
    entry = {**pub.as_dict(), "created_at": now_iso()}
    settings.put(db, SETTING, {"current": entry, "previous": [], "protection": mode})
    if chosen and mode != "install":
        remember_passphrase(db, chosen)
    return pub


def seal_with_install_key(db: sqlite_utils.Database, data_dir: Path) -> bool:
    """A 0.1 install's plain secret-key file, sealed with the install key once it has one."""
    session = session_of(db)
    plain = key_dir(data_dir) / PLAIN_FILE
    if protection(db) != "none" or session is None or not session.unlocked or not plain.exists():
        return False
    _write_secrets(db, data_dir, _decode(plain.read_bytes()), session.sync_secret())
    value = state(db)
    value["protection"] = "install"
    settings.put(db, SETTING, value)
    return True


def _encode(secrets_: list[OwnSecret]) -> bytes:
    return json.dumps({"format": "rentan-secret-keys", "version": 1, "keys": [
        {"key_id": s.key_id, "ed25519_key_id": base64.b64encode(s.signing.key_id).decode(),
         "ed25519_seed": base64.b64encode(s.signing.seed).decode(), "age_identity": s.identity}
        for s in secrets_]}, indent=1).encode()


def _decode(data: bytes) -> list[OwnSecret]:
    doc = json.loads(data)
    if doc.get("format") != "rentan-secret-keys":
        raise UserError(translate("sync", "This is not a Rentan key file."))
    return [OwnSecret(SigningKey(base64.b64decode(k["ed25519_key_id"]), base64.b64decode(k["ed25519_seed"])),
                      k["age_identity"]) for k in doc["keys"]]


def _atomic_write(path: Path, data: bytes) -> None:
    from rentan_desktop.store.cipher import private_dir

    private_dir(path.parent)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _write_secrets(db: sqlite_utils.Database, data_dir: Path, secrets_: list[OwnSecret],
                   passphrase: str | None) -> None:
    folder = key_dir(data_dir)
    if passphrase:
        _atomic_write(folder / SECRET_FILE, agefile.passphrase_encrypt(_encode(secrets_), passphrase))
        (folder / PLAIN_FILE).unlink(missing_ok=True)
    else:
        _atomic_write(folder / PLAIN_FILE, _encode(secrets_))
        (folder / SECRET_FILE).unlink(missing_ok=True)
    session = session_of(db)
    if session is not None:
        session.unlocked_secrets = None


def unlock(db: sqlite_utils.Database, data_dir: Path, passphrase: str | None = None) -> list[OwnSecret]:
    """This install's secrets, newest first. Raises PassphraseNeeded when locked."""
    folder = key_dir(data_dir)
    session = session_of(db)
    plain, sealed = folder / PLAIN_FILE, folder / SECRET_FILE
    path = plain if plain.exists() else sealed
    if not path.exists():
        raise UserError(translate("sync", "The secret key file is missing from {folder}. Restore it from a key "
                                          "backup.").format(folder=folder))
    stamp = path.stat().st_mtime_ns
    cached = session.unlocked_secrets if session is not None else None
    chosen = _find_passphrase(db, data_dir, passphrase) if passphrase and path == sealed else None
    # The secrets opened once stay open for the file they came from; a passphrase given again is
    # compared with the one that opened them (a digest: the scrypt of the file costs about a second
    # per call, and a folder of 60 bundles from the terminal passes it for each).
    if cached and cached[0] == stamp and (not passphrase or cached[2] == _opened_with(chosen)):
        return cached[1]
    if path == plain:
        found = _decode(plain.read_bytes())
    else:
        chosen = chosen or _find_passphrase(db, data_dir, passphrase)
        if not chosen:
            raise PassphraseNeeded(translate("sync", "The keys are locked: give the passphrase."))
        try:
            found = _decode(agefile.passphrase_decrypt(sealed.read_bytes(), chosen))
        except agefile.AgeError as exc:
            raise PassphraseNeeded(translate("sync", "The passphrase is wrong.")) from exc
        if protection(db) != "install":
            remember_passphrase(db, chosen)
    if session is not None:
        session.unlocked_secrets = (stamp, found, _opened_with(chosen if path == sealed else None))
    return found


def _opened_with(passphrase: str | None) -> bytes | None:
    """What a cached unlock remembers of its passphrase: a digest, never the text."""
    return hashlib.sha256(passphrase.encode("utf-8")).digest() if passphrase else None


def signing_secret(db: sqlite_utils.Database, data_dir: Path, passphrase: str | None = None) -> OwnSecret:
    wanted = own_public(db).key_id
    for secret in unlock(db, data_dir, passphrase):
        if secret.key_id == wanted:
            return secret
    raise UserError(translate("sync", "The secret key file does not hold this install's signing key."))


def identities(db: sqlite_utils.Database, data_dir: Path, passphrase: str | None = None) -> list[str]:
    return [s.identity for s in unlock(db, data_dir, passphrase)]


def set_passphrase(db: sqlite_utils.Database, data_dir: Path, new: str, old: str | None = None) -> None:
    """Protect the secrets with a (new) passphrase."""
    check_new_passphrase(new)
    found = unlock(db, data_dir, old)
    _write_secrets(db, data_dir, found, new)
    value = state(db)
    value["protection"] = "passphrase"
    settings.put(db, SETTING, value)
    remember_passphrase(db, new)


# -- backup -------------------------------------------------------------------------------

def export_backup(db: sqlite_utils.Database, data_dir: Path, out_dir: Path, passphrase: str | None = None) -> list[Path]:
    """Write the public keys and a passphrase-protected copy of the secrets to `out_dir`."""
    found = unlock(db, data_dir, passphrase)
    # Sealed with the install key, the backup would open only with this install: ask for one (a script
    # gives it as it gives the operator's passphrase, RENTAN_PASSPHRASE).
    chosen = (passphrase or os.environ.get("RENTAN_PASSPHRASE")) if protection(db) == "install" else \
        _find_passphrase(db, data_dir, passphrase)
    if not chosen:
        raise PassphraseNeeded(translate("sync", "Give a passphrase to protect the key backup."))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    label = _file_label(db)
    pub = newest_public(db)
    written = []
    for name, data in (
        (f"rentan-{label}-secret-keys.age", agefile.passphrase_encrypt(_encode(found), chosen)),
        (f"rentan-{label}.minisign.pub", PublicKey.from_line(pub.sign_pub).file_text().encode()),
        (f"rentan-{label}.age.pub", (pub.age_recipient + "\n").encode()),
    ):
        _atomic_write(out_dir / name, data)
        written.append(out_dir / name)
    return written


def read_backup(data: bytes, passphrase: str) -> list[OwnSecret]:
    """The secrets inside a key backup (newest first)."""
    try:
        return _decode(agefile.passphrase_decrypt(data, passphrase))
    except (agefile.AgeError, ValueError, KeyError, TypeError) as exc:
        raise UserError(translate("sync", "Cannot open the key backup: wrong passphrase or damaged file.")) from exc


def restore_backup(db: sqlite_utils.Database, data_dir: Path, backup_file: Path, passphrase: str) -> PublicKeys:
    """Put a key backup back (a reinstalled PC keeps its identity)."""
    found = read_backup(Path(backup_file).read_bytes(), passphrase)
    _write_secrets(db, data_dir, found, passphrase)
    pub = public_of(found[0])
    settings.put(db, SETTING, {"current": {**pub.as_dict(), "created_at": now_iso()},
                               "previous": [public_of(s).as_dict() for s in found[1:]],
                               "protection": "passphrase"})
    remember_passphrase(db, passphrase)
    return pub


# -- rotation -----------------------------------------------------------------------------

def rotate(db: sqlite_utils.Database, data_dir: Path, passphrase: str | None = None) -> PublicKeys:
    """Make a new key pair. Bundles stay signed by the old key, announcing the new one,
    until the peer acknowledges it (see `rotation_acknowledged`)."""
    found = unlock(db, data_dir, passphrase)
    value = state(db)
    if value.get("signing"):
        raise UserError(translate("sync", "A key change is already waiting for the other side's acknowledgement."))
    fresh = OwnSecret(SigningKey.generate(), agefile.new_identity()[0])
    chosen = _find_passphrase(db, data_dir, passphrase)
    _write_secrets(db, data_dir, [fresh, *found], chosen if value.get("protection") != "none" else None)
    pub = public_of(fresh)
    value["signing"] = value["current"]
    value["previous"] = [value["current"], *value.get("previous", [])]
    value["current"] = {**pub.as_dict(), "created_at": now_iso()}
    settings.put(db, SETTING, value)
    return pub


def pending_rotation(db: sqlite_utils.Database) -> PublicKeys | None:
    """The new key to announce in the next bundle, while the old one still signs."""
    return newest_public(db) if state(db).get("signing") else None


def rotation_acknowledged(db: sqlite_utils.Database, key_id: str) -> None:
    value = state(db)
    if value.get("signing") and value["current"]["key_id"] == key_id:
        value.pop("signing")
        settings.put(db, SETTING, value)


def _file_label(db: sqlite_utils.Database) -> str:
    code = settings.get(db, "opd_code")
    return f"opd-{code}".replace("/", "-") if code else "disnaker"
