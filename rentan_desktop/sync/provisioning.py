"""Key exchange files: provisioning (Disnaker -> OPD) and enrollment (OPD -> Disnaker).

Both are small JSON files: a `document` (the sender's public keys and who it is) and a
minisign `signature` over that document by the key it contains. The self-signature proves
the file was not altered after it was made; trust comes from the operator comparing the
fingerprint with the printed letter, after which the key is trusted (registry.trust).
A provisioning file also carries the OPD's registry uid (so both databases name the OPD
the same way) and Disnaker's escrow recipients.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import sqlite_utils

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.store import settings
from rentan_desktop.store.clock import now_iso
from rentan_desktop.sync import keys, registry
from rentan_desktop.sync.minisig import PublicKey, SignatureError

PROVISIONING = "rentan-provisioning"
ENROLLMENT = "rentan-enrollment"
# The province direction (sync/province.py): the hub's key for the cities, a city's key for the hub.
PROVINCE_KEY = "rentan-province-key"
CITY_ENROLLMENT = "rentan-city-enrollment"
_HOLDER = {PROVISIONING: "disnaker", ENROLLMENT: "opd", PROVINCE_KEY: "province", CITY_ENROLLMENT: "city"}
VERSION = 1
ESCROW_SETTING = "sync_escrow_recipients"


def _require_role(db: sqlite_utils.Database, role: str) -> None:
    if settings.get(db, "role") != role:
        if role == "province":
            raise UserError(translate("sync", "Only the province hub can do this."))
        if role == "disnaker":
            raise UserError(translate("sync", "Only the Disnaker install can do this."))
        raise UserError(translate("sync", "Only an OPD install can do this."))


def _sign_document(db: sqlite_utils.Database, data_dir: Path, doc: dict[str, Any], passphrase: str | None) -> str:
    text = json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True)
    secret = keys.signing_secret(db, data_dir, passphrase)
    signature = secret.signing.sign(text.encode("utf-8"), f"{doc['format']} {doc['created_at']}")
    return json.dumps({"document": text, "signature": signature}, ensure_ascii=False, indent=1) + "\n"


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return path


def escrow_recipients(db: sqlite_utils.Database) -> list[dict[str, str]]:
    return settings.get(db, ESCROW_SETTING, []) or []


def add_escrow_recipient(db: sqlite_utils.Database, recipient: str, label: str) -> None:
    """Disnaker: every OPD bundle will also be encrypted to this age recipient (key escrow)."""
    _require_role(db, "disnaker")
    from rentan_desktop.sync import agefile

    try:
        agefile.encrypt_to(b"", [recipient.strip()])
    except Exception as exc:
        raise UserError(translate("sync", "This is not an age recipient (it starts with age1...).")) from exc
    current = [r for r in escrow_recipients(db) if r["recipient"] != recipient.strip()]
    current.append({"recipient": recipient.strip(), "label": label.strip(), "added_at": now_iso()})
    settings.put(db, ESCROW_SETTING, current)


def provision_opd(db: sqlite_utils.Database, data_dir: Path, opd_code: str, out_dir: Path,
                  passphrase: str | None = None) -> Path:
    """Disnaker: write the provisioning file for one OPD (Disnaker's public keys); returns it."""
    _require_role(db, "disnaker")
    row = db.execute("SELECT uid, code, name FROM opds WHERE code = ?", [opd_code.strip()]).fetchone()
    if row is None:
        raise UserError(translate("sync", "OPD {code} is not in the OPD list; add it first.").format(code=opd_code))
    pub = keys.own_public(db)
    doc = {
        "format": PROVISIONING, "version": VERSION, "created_at": now_iso(),
        "pemda": settings.get(db, "pemda", ""),
        "disnaker": {"site_uid": settings.get(db, "site_uid"), **pub.as_dict()},
        "opd": {"uid": row[0], "code": row[1], "name": row[2]},
        "escrow_recipients": escrow_recipients(db),
    }
    path = Path(out_dir) / f"rentan-provisioning-{row[1].replace('/', '-')}.json"
    _write(path, _sign_document(db, data_dir, doc, passphrase))
    registry.update_link(db, row[1], provisioned_at=now_iso())
    return path


def write_enrollment(db: sqlite_utils.Database, data_dir: Path, out_dir: Path, passphrase: str | None = None) -> Path:
    """OPD: write the enrollment file (this install's public keys) for Disnaker; never from a training install."""
    from rentan_desktop.store import training

    _require_role(db, "opd")
    training.refuse_enrollment(db)
    pub = keys.newest_public(db)
    code = settings.get(db, "opd_code")
    doc = {
        "format": ENROLLMENT, "version": VERSION, "created_at": now_iso(),
        "pemda": settings.get(db, "pemda", ""),
        "opd": {"site_uid": settings.get(db, "site_uid"), "code": code, "name": settings.get(db, "opd_name", ""),
                **pub.as_dict()},
    }
    path = Path(out_dir) / f"rentan-enrollment-{code.replace('/', '-')}.json"
    return _write(path, _sign_document_with(db, data_dir, doc, passphrase, pub.key_id))


ENROLLMENT_WRITTEN = "enrollment_written_at"


def note_enrollment_written(db: sqlite_utils.Database) -> None:
    """Remember that the enrollment file was written (the sync tab's checklist shows it)."""
    settings.put(db, ENROLLMENT_WRITTEN, now_iso())


def enrollment_written_at(db: sqlite_utils.Database) -> str | None:
    return settings.get(db, ENROLLMENT_WRITTEN)


def _sign_document_with(db: sqlite_utils.Database, data_dir: Path, doc: dict[str, Any], passphrase: str | None,
                        key_id: str) -> str:
    """Enrollment is signed by the key it announces (the newest, even mid-rotation)."""
    text = json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True)
    for secret in keys.unlock(db, data_dir, passphrase):
        if secret.key_id == key_id:
            signature = secret.signing.sign(text.encode("utf-8"), f"{doc['format']} {doc['created_at']}")
            return json.dumps({"document": text, "signature": signature}, ensure_ascii=False, indent=1) + "\n"
    raise UserError(translate("sync", "The secret key file does not hold this install's signing key."))


def read_key_file(path: Path) -> dict[str, Any]:
    """Open and check a provisioning or enrollment file; returns its document."""
    try:
        outer = json.loads(Path(path).read_text(encoding="utf-8"))
        text, signature = outer["document"], outer["signature"]
        doc = json.loads(text)
        fmt = doc["format"]
        holder = doc[_HOLDER[fmt]]
    except OSError as exc:
        raise UserError(translate("sync", "{file} cannot be read: is the drive still plugged in? Nothing was "
                                          "changed.").format(file=Path(path).name)) from exc
    except (ValueError, KeyError, TypeError) as exc:  # not a key file at all: a PDF, a bundle, a spreadsheet
        raise UserError(_not_a_key_file(Path(path))) from exc
    try:
        PublicKey.from_line(holder["sign_pub"]).verify(text.encode("utf-8"), signature)
    except (ValueError, KeyError, TypeError, SignatureError) as exc:
        raise UserError(_damaged(Path(path))) from exc
    if doc.get("version", 0) > VERSION:
        raise UserError(translate("sync", "{file} is not a key file this version can read.").format(
            file=Path(path).name))
    if keys.fingerprint(holder["sign_pub"], holder["age_recipient"]) != holder["fingerprint"]:
        raise UserError(_damaged(Path(path)))
    return doc


def _not_a_key_file(path: Path) -> str:
    """A file that is no key file at all, told apart from a key file that fails its check (QA walk r5, 10)."""
    letter = path.suffix.lower() == ".pdf"
    return translate("sync", "{file} is not a key file{letter}. Choose the file rentan-provisioning-….json from "
                             "Disnaker (at an OPD) or rentan-enrollment-….json from the OPD (at Disnaker); nothing "
                             "was changed.").format(
        file=path.name, letter=translate("sync", " (the fingerprint letter is only for comparing by eye)")
        if letter else "")


def _damaged(path: Path) -> str:
    return translate("sync", "{file} is a Rentan key file that fails its check (damaged or altered). Ask the office "
                             "that wrote it for a new one; nothing was changed.").format(file=path.name)


def receive_key_file(db: sqlite_utils.Database, path: Path) -> registry.Peer:
    """Record the key in a provisioning (at an OPD) or enrollment (at Disnaker) file as pending.

    The caller shows its fingerprint and trusts it only after the operator compared it."""
    doc = read_key_file(path)
    role = settings.get(db, "role")
    if doc["format"] in (PROVINCE_KEY, CITY_ENROLLMENT):
        return _receive_province_file(db, doc, role)
    with db.atomic():
        if doc["format"] == PROVISIONING:
            if role != "opd":
                raise UserError(translate("sync", "A provisioning file is opened at an OPD install."))
            opd = doc["opd"]
            own_code = settings.get(db, "opd_code")
            if opd["code"] != own_code:
                raise UserError(translate("sync", "This provisioning file is for OPD {theirs}; this install is OPD "
                                                  "{ours}. Ask Disnaker to write the provisioning file for OPD {ours} "
                                                  "(OPD registry tab, Provisioning file and letter…); nothing was "
                                                  "changed.").format(theirs=opd["code"], ours=own_code))
            # Name our own OPD record with Disnaker's uid, so rows meet under one identity.
            db.execute("UPDATE opds SET uid = ? WHERE code = ? AND uid != ?", [opd["uid"], own_code, opd["uid"]])
            settings.put(db, ESCROW_SETTING, doc.get("escrow_recipients", []))
            holder = doc["disnaker"]
            return registry.add_key(db, peer=registry.DISNAKER, site_uid=holder["site_uid"], role="disnaker",
                                    name="Disnaker " + doc.get("pemda", ""), key_id=holder["key_id"],
                                    sign_pub=holder["sign_pub"], age_recipient=holder["age_recipient"],
                                    fingerprint=holder["fingerprint"], source="provisioning")
        if role != "disnaker":
            raise UserError(translate("sync", "An enrollment file is opened at the Disnaker install."))
        holder = doc["opd"]
        if db.execute("SELECT 1 FROM opds WHERE code = ?", [holder["code"]]).fetchone() is None:
            raise UserError(translate("sync", "OPD {code} is not in the OPD list yet: add it on the OPD registry tab "
                                              "(Add OPD… or Import OPD list…), then open this file again. Nothing "
                                              "was changed.").format(code=holder["code"]))
        return registry.add_key(db, peer=holder["code"], site_uid=holder["site_uid"], role="opd",
                                name=holder.get("name", ""), key_id=holder["key_id"], sign_pub=holder["sign_pub"],
                                age_recipient=holder["age_recipient"], fingerprint=holder["fingerprint"],
                                source="enrollment")


def write_province_key(db: sqlite_utils.Database, data_dir: Path, out_dir: Path, passphrase: str | None = None) -> Path:
    """The hub: write its key file for the cities' Disnaker installs (compared with the printed letter)."""
    _require_role(db, "province")
    doc = {"format": PROVINCE_KEY, "version": VERSION, "created_at": now_iso(), "province": {
        "site_uid": settings.get(db, "site_uid"), "name": settings.get(db, "pemda", ""),
        **keys.newest_public(db).as_dict()}}
    return _write(Path(out_dir) / "rentan-province-key.json", _sign_document(db, data_dir, doc, passphrase))


def write_city_enrollment(db: sqlite_utils.Database, data_dir: Path, out_dir: Path,
                          passphrase: str | None = None) -> Path:
    """Disnaker: write this city's key file for the province hub."""
    from rentan_desktop.sync import province

    _require_role(db, "disnaker")
    pub = keys.newest_public(db)
    doc = {"format": CITY_ENROLLMENT, "version": VERSION, "created_at": now_iso(), "city": {
        "site_uid": settings.get(db, "site_uid"), "peer": province.city_peer(db), "name": settings.get(db, "pemda", ""),
        **pub.as_dict()}}
    return _write(Path(out_dir) / "rentan-city-key.json", _sign_document_with(db, data_dir, doc, passphrase,
                                                                               pub.key_id))


def _receive_province_file(db: sqlite_utils.Database, doc: dict[str, Any], role: str | None) -> registry.Peer:
    from rentan_desktop.sync import province

    with db.atomic():
        if doc["format"] == PROVINCE_KEY:
            if role != "disnaker":
                raise UserError(translate("sync", "The province's key file is opened at a Disnaker install."))
            holder = doc["province"]
            return registry.add_key(db, peer=province.PROVINCE, site_uid=holder["site_uid"], role="province",
                                    name=holder.get("name", ""), key_id=holder["key_id"], sign_pub=holder["sign_pub"],
                                    age_recipient=holder["age_recipient"], fingerprint=holder["fingerprint"],
                                    source="province")
        if role != "province":
            raise UserError(translate("sync", "A city's key file is opened at the province hub."))
        holder = doc["city"]
        if holder.get("peer") != province.CITY_PREFIX + str(holder.get("site_uid")):
            raise UserError(translate("sync", "{file} is not a valid Rentan key file (damaged or altered).").format(
                file="rentan-city-key.json"))
        return registry.add_key(db, peer=holder["peer"], site_uid=holder["site_uid"], role="disnaker",
                                name=holder.get("name", ""), key_id=holder["key_id"], sign_pub=holder["sign_pub"],
                                age_recipient=holder["age_recipient"], fingerprint=holder["fingerprint"],
                                source="enrollment")
