"""Recovering a forgotten passphrase at an OPD through Disnaker (docs/security.md).

An OPD install keeps its install key also age-encrypted to Disnaker's trusted key and to the
escrow recipients Disnaker published (the recipients its bundles already go to). When every
operator forgot their passphrase:
1. OPD: `rentan recovery request --out STICK` writes a request holding that escrow copy and a
   one-time reply key (its secret half stays in the OPD's keys folder);
2. Disnaker: `rentan recovery answer REQUEST --out STICK` opens the escrow copy with its own
   key and seals the install key to the one-time reply key only;
3. OPD: `rentan recovery apply ANSWER --operator NAME` opens the answer and sets NAME's new
   passphrase. Neither file is of use to whoever finds the stick.
"""

from __future__ import annotations

import base64
import json
import logging
from pathlib import Path
from typing import Any

import sqlite_utils

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.security.vault import Vault
from rentan_desktop.store.cipher import restrict_file
from rentan_desktop.store.clock import now_iso
from rentan_desktop.sync import agefile

log = logging.getLogger(__name__)
REPLY_IDENTITY = "recovery-reply.key"


def refresh(db: sqlite_utils.Database, data_dir: Path, install_key: bytes) -> bool:
    """OPD: (re)write the escrow copy when Disnaker's recipients changed. True when written."""
    from rentan_desktop.store import settings
    from rentan_desktop.sync import registry
    from rentan_desktop.sync.export import recipients_for

    if settings.get(db, "role") != "opd":
        return False
    try:
        recipients, _ = recipients_for(db, registry.DISNAKER)
    except UserError:  # Disnaker not trusted yet: nothing to escrow to
        return False
    vault = Vault.load(data_dir)
    if vault is None:
        return False
    current = vault.escrow()
    if current and sorted(current[0].get("recipients", [])) == sorted(recipients):
        return False
    blob = agefile.encrypt_to(install_key, recipients)
    vault.set_escrow([{"recipients": recipients, "at": now_iso(), "blob": base64.b64encode(blob).decode()}])
    from rentan_desktop.store import settings

    vault.doc["opd_code"] = settings.get(db, "opd_code")  # a locked install still names itself
    vault.save()
    return True


def write_request(data_dir: Path, opd_code: str, out_dir: Path) -> Path:
    vault = Vault.load(data_dir)
    if vault is None or not vault.escrow():
        raise UserError(translate("security", "This install has no escrow copy of its key: it is made once "
                                              "Disnaker's key is trusted and the install was opened once after."))
    identity, recipient = agefile.new_identity()
    reply = Path(data_dir) / "keys" / REPLY_IDENTITY
    reply.write_text(identity + "\n", encoding="utf-8")
    restrict_file(reply)
    doc = {"format": "rentan-recovery-request", "install_id": vault.install_id, "opd_code": opd_code,
           "escrow": vault.escrow()[0]["blob"], "reply_to": recipient, "at": now_iso()}
    out = Path(out_dir) / f"rentan-recovery-request-{opd_code}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    return out


def _read(path: Path, kind: str) -> dict[str, Any]:
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(translate("security", "Cannot read {file}: it is not a Rentan recovery file.").format(
            file=Path(path).name)) from exc
    if doc.get("format") != kind:
        raise UserError(translate("security", "{file} is not the expected recovery file.").format(file=Path(path).name))
    return doc


def answer_request(identities: list[str], request: Path, out_dir: Path) -> Path:
    """Disnaker: open the escrow copy with its own keys and seal it to the request's reply key."""
    doc = _read(request, "rentan-recovery-request")
    try:
        install_key = agefile.decrypt_with(base64.b64decode(doc["escrow"]), identities)
    except Exception as exc:
        raise UserError(translate("security", "This request was not escrowed to this Disnaker install's keys."
                                              )) from exc
    sealed = agefile.encrypt_to(install_key, [doc["reply_to"]])
    out = Path(out_dir) / f"rentan-recovery-answer-{doc['opd_code']}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"format": "rentan-recovery-answer", "install_id": doc["install_id"],
                               "key": base64.b64encode(sealed).decode(), "at": now_iso()}, indent=1),
                   encoding="utf-8")
    return out


def apply_answer(data_dir: Path, answer: Path, operator: str, passphrase: str) -> None:
    """OPD: take the install key from Disnaker's answer and give `operator` a new passphrase."""
    doc = _read(answer, "rentan-recovery-answer")
    vault = Vault.load(data_dir)
    reply = Path(data_dir) / "keys" / REPLY_IDENTITY
    if vault is None or doc.get("install_id") != vault.install_id or not reply.exists():
        raise UserError(translate("security", "This answer is for another install or another request."))
    try:
        install_key = agefile.decrypt_with(base64.b64decode(doc["key"]), [reply.read_text(encoding="utf-8").strip()])
    except Exception as exc:
        raise UserError(translate("security", "This answer does not open with this install's request.")) from exc
    if not vault.verify(install_key):
        raise UserError(translate("security", "This answer is for another install or another request."))
    if operator.casefold() in (n.casefold() for n in vault.operators()):
        vault.set_passphrase(install_key, operator, passphrase)
    else:
        vault.add_operator(install_key, operator, passphrase)
    vault.save()
    reply.unlink(missing_ok=True)
