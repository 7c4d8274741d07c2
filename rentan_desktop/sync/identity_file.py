"""A plain age identity file from this install's keys or from a key backup, so Disnaker's IT
staff can open any payload with the standard `age` tool (docs/bundle-format.md):

    age -d -i rentan-identity.txt payload.age | zstd -d | head

The file holds every identity the install keeps (newest first: older ones open bundles that
were still in flight during a key change). With `protect_with` it is itself an age
passphrase file, which `age -d -i FILE` opens after asking the passphrase.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlite_utils

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.store.clock import now_iso
from rentan_desktop.sync import agefile, keys


def identity_text(identities: list[str], label: str) -> str:
    """age's own identity file format: comment lines, then one AGE-SECRET-KEY-1... per line."""
    lines = [f"# Rentan Desktop age identities of {label}, written {now_iso()}",
             "# Keep this file like the key backup: anyone holding it can read the bundles."]
    for identity in identities:
        lines += [f"# public key: {agefile.recipient_of(identity)}", identity]
    return "\n".join(lines) + "\n"


def write_identity_file(out: Path, identities: list[str], label: str, protect_with: str | None = None) -> Path:
    """Write the identities (owner-only permissions; passphrase-protected when asked)."""
    if protect_with is not None:
        keys.check_new_passphrase(protect_with)
    data = identity_text(identities, label).encode()
    if protect_with is not None:
        data = agefile.passphrase_encrypt(data, protect_with)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(translate("sync", "Cannot write {file}: check the folder and the free space.").format(file=out)) \
            from exc
    return out


def export_identity(db: sqlite_utils.Database, data_dir: Path, out: Path, passphrase: str | None = None,
                    protect_with: str | None = None) -> Path:
    """This install's identities (unlocking the keys with `passphrase` when they are protected)."""
    found = keys.identities(db, data_dir, passphrase)
    return write_identity_file(out, found, keys.own_public(db).key_id, protect_with)


def identity_from_backup(backup: Path, backup_passphrase: str, out: Path, protect_with: str | None = None) -> Path:
    """The identities inside a key backup written by `rentan keys export` (no install needed)."""
    try:
        found = keys.read_backup(Path(backup).read_bytes(), backup_passphrase)
    except OSError as exc:
        raise UserError(translate("sync", "Cannot read {file}.").format(file=Path(backup).name)) from exc
    return write_identity_file(out, [s.identity for s in found], Path(backup).name, protect_with)
