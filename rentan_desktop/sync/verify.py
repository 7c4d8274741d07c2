"""Checking a bundle before anything is written: reading, signatures, trust, addressing, sequence.

Order: parse the container, find the signing key (unknown, pending, revoked or replaced
keys are refused), verify both signatures and the payload hash, check the sender is who the
key belongs to and the bundle is for us, check the sequence (an older or repeated bundle
changes nothing; a gap names the missing bundles), then decrypt. At Disnaker a bundle from an
unknown key is copied to the quarantine folder.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from rentan_desktop.i18n import translate
from rentan_desktop.store import settings
from rentan_desktop.store.cipher import private_dir, restrict_file
from rentan_desktop.store.clock import now_iso
from rentan_desktop.store.migrations import schema_version
from rentan_desktop.sync import agefile, bundle, keys, limits, registry
from rentan_desktop.sync.bundle import BundleRefused
from rentan_desktop.sync.minisig import PublicKey, SignatureError

QUARANTINE_DIR = Path("sync") / "quarantine"


@dataclass
class Checked:
    bundle: bundle.Bundle
    key: registry.Peer
    peer: str
    header: dict[str, Any]
    file_name: str
    stale: bool
    notes: list[str]
    data: bytes = field(default=b"", repr=False)  # the file's bytes as checked


def _my_peer_names(db: sqlite_utils.Database) -> tuple[str, ...]:
    """What a bundle for this install may name as recipient: an OPD's code; at Disnaker
    'disnaker' (from its OPDs) and its name at the province hub; at the hub 'province'."""
    from rentan_desktop.sync import province

    role = settings.get(db, "role")
    if role == "disnaker":
        return registry.DISNAKER, province.city_peer(db)
    if role == "province":
        return (province.PROVINCE,)
    return (settings.get(db, "opd_code"),)


def new_install_note(sender: str, last: int) -> str:
    return translate("sync", "A bundle 1 after bundle {last} usually means {sender} set up a new install (a new or "
                             "repaired PC). Do not ask {sender} to correct rows refused as already held here: write "
                             "a restore bundle for it (Sync, Write restore bundle for the selected OPD) and ask it to "
                             "open that in the new install before it sends again.").format(sender=sender, last=last)


def sender_label(header: dict[str, Any]) -> str:
    sender = header.get("sender") if isinstance(header, dict) else None
    if isinstance(sender, dict) and sender.get("role") == "opd":
        return f"OPD {sender.get('peer')}"
    if isinstance(sender, dict) and sender.get("role") == "province":
        return translate("sync", "the province hub")
    if isinstance(sender, dict) and sender.get("peer") not in (None, registry.DISNAKER):
        return translate("sync", "Disnaker {pemda}").format(pemda=sender.get("pemda") or "")
    return "Disnaker"


def _peer_label(peer: Any) -> str:
    return "Disnaker" if peer == registry.DISNAKER else f"OPD {peer}"


def _not_for_us(name: str, header: dict[str, Any], recipient: Any, me: Any, own_site_uid: Any = None) -> str:
    """A bundle for another install: whom to hand it to, and whom to ask for this install's own.
    A bundle this very install wrote (picked from the same stick by mistake) only needs handing on:
    telling Disnaker to 'ask Disnaker' for a bundle would be advice nobody can follow."""
    sender_info = header.get("sender") if isinstance(header, dict) else None
    if own_site_uid and isinstance(sender_info, dict) and sender_info.get("site_uid") == own_site_uid:
        return translate("sync", "{file} was written by this install for {whom}: hand it to {whom}. Bundles for "
                                 "this install come from the other side. Nothing was imported.").format(
            file=name, whom=_peer_label(recipient))
    sender = sender_label(header)
    return translate("sync", "{file} is meant for {recipient}, not for this install: it was written by {sender} "
                             "for {whom}. Hand it to {whom}; if you expected a bundle for {me}, ask {sender} to "
                             "write one for {me}. Nothing was imported.").format(
        file=name, recipient=recipient, sender=sender, whom=_peer_label(recipient), me=_peer_label(me))


def _addressed_elsewhere(db: sqlite_utils.Database, header: dict[str, Any]) -> Any:
    """The recipient an unknown bundle's header names when it is another install (None otherwise)."""
    recipient = header.get("recipient") if isinstance(header, dict) else None
    peer = recipient.get("peer") if isinstance(recipient, dict) else None
    return peer if isinstance(peer, str) and peer.isprintable() and len(peer) <= 40 and \
        peer not in _my_peer_names(db) else None


def _quarantine(data_dir: Path, path: Path, data: bytes, reason: str) -> bool:
    """Keep a copy for review, within the quarantine's bounds; False when it is full."""
    folder = Path(data_dir) / QUARANTINE_DIR
    target = folder / f"{hashlib.sha256(data).hexdigest()[:12]}-{path.name}"
    if target.exists():
        return True  # the same bundle again: one copy
    kept = [p for p in folder.iterdir() if p.is_file() and not p.name.endswith(".json")] if folder.exists() else []
    if len(kept) >= limits.MAX_QUARANTINE_FILES or \
            sum(p.stat().st_size for p in kept) + len(data) > limits.MAX_QUARANTINE_BYTES:
        return False
    private_dir(folder)
    target.write_bytes(data)
    note = target.with_name(target.name + ".json")
    note.write_text(json.dumps(
        {"file": path.name, "received_at": now_iso(), "reason": reason}, ensure_ascii=False), encoding="utf-8")
    restrict_file(target)
    restrict_file(note)
    return True


_KEPT_PREFIX = re.compile(r"^[0-9a-f]{12}-")


def original_name(data_dir: Path, path: Path) -> str:
    """The name the bundle came with: a copy kept in the quarantine carries a hash prefix, which the
    preview, the log and the archive must not show (QA walk r5, 13)."""
    path = Path(path)
    folder = Path(data_dir) / QUARANTINE_DIR
    if path.parent.resolve() == folder.resolve() and _KEPT_PREFIX.match(path.name):
        return path.name[13:]
    return path.name


def release_quarantined(data_dir: Path, data: bytes) -> int:
    """A bundle whose contents are in now (imported after its key was trusted, or already present)
    leaves the quarantine: its kept copy and note go. Returns how many copies were removed."""
    folder = Path(data_dir) / QUARANTINE_DIR
    if not folder.is_dir():
        return 0
    removed = 0
    for kept in folder.glob(f"{hashlib.sha256(data).hexdigest()[:12]}-*"):
        if not kept.name.endswith(".json"):
            removed += 1
        kept.unlink(missing_ok=True)
    return removed


def check(db: sqlite_utils.Database, data_dir: Path, path: Path, quarantine: bool = True) -> Checked:
    """Every check that needs no secret key. Raises BundleRefused with one line. A dry run passes
    quarantine=False: it writes nothing, not even the copy of an unknown key's bundle."""
    path = Path(path)
    name = original_name(data_dir, path)
    data = bundle.read_file(path)
    b = bundle.read(data, name)
    header = b.header
    key = _signing_key(db, data_dir, path, data, b, quarantine)
    _verify_signatures(key, b, name)
    fields = _header_fields(header, name)
    if hashlib.sha256(b.payload).hexdigest() != fields.payload_meta.get("sha256"):
        raise BundleRefused(_altered(name))
    _check_addressing(db, key, header, fields, name)
    stale, notes = _check_sequence(db, key, header, fields)
    return Checked(b, key, key.peer, header, name, stale, notes, data)


@dataclass
class _HeaderFields:
    payload_meta: dict[str, Any]
    sender: dict[str, Any]
    sequence: int
    rev_from: int
    rev_to: int
    kind: str
    recipient: str


def _altered(name: str) -> str:
    return translate("sync", "{file} has been altered or damaged: its signature does not match.").format(file=name)


def _signing_key(db: sqlite_utils.Database, data_dir: Path, path: Path, data: bytes,
                 b: bundle.Bundle, keep: bool) -> registry.Peer:
    """The trusted key that signed the bundle; unknown keys are quarantined at Disnaker (`keep`)."""
    name = path.name
    key = registry.peer_by_key(db, b.key_id)
    if key is None:
        elsewhere = _addressed_elsewhere(db, b.header)
        if elsewhere is not None:  # genuine, most likely, but another install's: no forgery alarm
            raise BundleRefused(_not_for_us(name, b.header, elsewhere, _my_peer_names(db)[0],
                                             settings.get(db, "site_uid")))
        sender = sender_label(b.header)
        reason = translate("sync", "{file} is signed by an unknown key (it says it comes from {sender}): a key this "
                                   "install does not trust yet; it was not imported.").format(file=name, sender=sender)
        if keep and settings.get(db, "role") == "disnaker":
            if _quarantine(data_dir, path, data, reason):
                reason += " " + translate("sync", "The bundle is kept in the quarantine ({folder}; listed under "
                                                  "Synchronisation, Quarantine). If this is {sender}'s first "
                                                  "bundle, or {sender} set up a new or reinstalled PC, ask {sender} for its key enrollment file and the "
                                                  "fingerprint letter signed by its head, open the file under Keys "
                                                  "and trust and compare the fingerprint, then open this bundle "
                                                  "again.").format(folder=Path(data_dir) / QUARANTINE_DIR,
                                                                   sender=sender)
            else:
                reason += " " + translate("sync", "The quarantine folder is full ({count} files at most), so no copy "
                                                  "was kept: review it and remove what is not needed.").format(
                    count=limits.MAX_QUARANTINE_FILES)
        elif settings.get(db, "role") in ("disnaker", "province"):
            reason += " " + translate("sync", "If this is {sender}'s first bundle, or {sender} set up a new or "
                                              "reinstalled PC, ask {sender} for its key enrollment file and the fingerprint letter signed by its head, open "
                                              "the file under Keys and trust, then open this bundle again.").format(
                sender=sender)
        else:
            reason += " " + translate("sync", "If Disnaker replaced its key, ask Disnaker for its new provisioning "
                                              "file and fingerprint letter, open it under Keys and trust, then open "
                                              "this bundle again.")
        raise BundleRefused(reason)
    if key.status == "revoked":
        raise BundleRefused(translate("sync", "{file} is signed by a revoked key of {peer}; it was not imported.")
                            .format(file=name, peer=key.peer) + (f" ({key.revoke_reason})" if key.revoke_reason else "")
                            + " " + translate("sync", "If {peer} should still send data, ask it for a new key "
                                                      "enrollment file with a new key and the fingerprint letter "
                                                      "signed by its head, and trust that under Keys and trust.")
                            .format(peer=key.peer))
    if key.status == "retired":
        raise BundleRefused(translate("sync", "{file} is signed by a replaced key of {peer}; it was not imported.")
                            .format(file=name, peer=key.peer))
    if key.status != "trusted":
        raise BundleRefused(translate("sync", "The key of {peer} is not trusted yet: compare its fingerprint with the "
                                              "letter first.").format(peer=key.peer))
    return key


def _verify_signatures(key: registry.Peer, b: bundle.Bundle, name: str) -> None:
    public = PublicKey.from_line(key.sign_pub)
    try:
        comments = public.verify(b.header_bytes, b.header_sig), public.verify(b.payload, b.payload_sig)
    except SignatureError as exc:
        raise BundleRefused(_altered(name)) from exc
    # The signed comments name this bundle's sender, sequence and member: a signature lifted
    # from another bundle (or the other member) by the same key does not fit.
    if comments != (bundle.trusted_comment(b.header, "header.json"), bundle.trusted_comment(b.header, "payload.age")):
        raise BundleRefused(_altered(name))


def _header_fields(header: dict[str, Any], name: str) -> _HeaderFields:
    try:
        fields = _HeaderFields(header["payload"], header["sender"], int(header["sequence"]), int(header["rev_from"]),
                               int(header["rev_to"]), header["kind"], header["recipient"]["peer"])
    except (KeyError, TypeError, ValueError) as exc:
        raise BundleRefused(bundle.not_a_bundle(name)) from exc
    return fields


def _check_addressing(db: sqlite_utils.Database, key: registry.Peer, header: dict[str, Any], fields: _HeaderFields,
                      name: str) -> None:
    """The signer is the claimed sender, the bundle is for us, and we can read its format."""
    sender = fields.sender
    if sender.get("key_id") != key.key_id or sender.get("peer") != key.peer or sender.get("role") != key.role:
        raise BundleRefused(translate("sync", "{file} is signed by {signer} but claims to come from {sender}; it was "
                                              "refused.").format(file=name, signer=key.peer,
                                                                 sender=sender_label(header)))
    if sender.get("role") == "opd" and sender.get("opd_code") != sender.get("peer"):
        # An OPD's header names its code twice (peer and opd_code), both from its settings: two
        # different codes are an edited header, whatever a reader by hand would take from it.
        raise BundleRefused(translate("sync", "{file} comes from OPD {peer} but its header also names OPD {code}; "
                                              "Rentan Desktop never writes such a header. It was refused and "
                                              "nothing was imported: ask OPD {peer} to write the bundle "
                                              "again.").format(file=name, peer=key.peer,
                                                               code=str(sender.get("opd_code"))[:40]))
    _check_pemda(db, key, header, sender, name)
    if fields.recipient not in _my_peer_names(db):
        raise BundleRefused(_not_for_us(name, header, fields.recipient, _my_peer_names(db)[0],
                                         settings.get(db, "site_uid")))
    if int(header.get("format_version", 0)) > bundle.FORMAT_VERSION or \
            int(header.get("schema_version", 0)) > schema_version(db):
        raise BundleRefused(translate("sync", "{file} was made by a newer version of Rentan Desktop: update this "
                                              "install first.").format(file=name))
    if fields.kind not in ("changes", "restore"):
        raise BundleRefused(bundle.not_a_bundle(name))


def _pemda_key(text: Any) -> str:
    """A Pemda's name as typed on two PCs compares equal: case, spaces and dots aside."""
    return "".join(ch for ch in str(text or "").casefold() if ch.isalnum())


def _check_pemda(db: sqlite_utils.Database, key: registry.Peer, header: dict[str, Any], sender: dict[str, Any],
                 name: str) -> None:
    """An OPD and its Disnaker serve one Pemda: a bundle between them that names another is refused
    (a stolen OPD key cannot pass a bundle off as another Pemda's). The province hub takes every
    city's, so the city-province direction is left to it."""
    if key.role != "opd" and header.get("recipient", {}).get("role") != "opd":
        return
    ours, theirs = settings.get(db, "pemda", ""), sender.get("pemda")
    if theirs is None or not _pemda_key(ours) or _pemda_key(theirs) == _pemda_key(ours):
        return
    raise BundleRefused(translate("sync", "{file} says it comes from {theirs}, but this install belongs to {ours}; it "
                                          "was refused and nothing was imported. If both are the same Pemda, correct "
                                          "its name in Settings on the install where it is wrong.").format(
        file=name, theirs="".join(ch for ch in str(theirs) if ch.isprintable())[:80], ours=ours))


def _refuse_implausible(fields: _HeaderFields, link: dict[str, Any], claimed: str) -> None:
    """A sequence or change number that no lost stick explains is refused before it can become
    the watermark that later genuine bundles are compared with."""
    jump = fields.sequence - link["in_seq"]
    if fields.sequence < 1 or jump > limits.MAX_SEQUENCE_JUMP:
        raise BundleRefused(translate("sync", "Bundle {seq} from {sender} is {jump} bundles past the last one "
                                              "received ({last}); more than {max} bundles cannot have gone missing, "
                                              "so it was refused. Ask {sender} to check its bundle history.").format(
            seq=fields.sequence, sender=claimed, jump=jump, last=link["in_seq"], max=limits.MAX_SEQUENCE_JUMP))
    if fields.rev_from < 1 or fields.rev_to < fields.rev_from - 1 or \
            fields.rev_to - max(link["in_rev"], fields.rev_from) > limits.MAX_REV_JUMP:
        raise BundleRefused(translate("sync", "Bundle {seq} from {sender} claims an impossible range of changes; it "
                                              "was refused. Ask {sender} to check its bundle history.").format(
            seq=fields.sequence, sender=claimed))


def _check_sequence(db: sqlite_utils.Database, key: registry.Peer, header: dict[str, Any],
                    fields: _HeaderFields) -> tuple[bool, list[str]]:
    """Whether the bundle is stale (nothing to do), and the notes about skipped sequence numbers."""
    claimed = sender_label(header)
    sequence = fields.sequence
    link = registry.link(db, key.peer)
    notes: list[str] = []
    _refuse_implausible(fields, link, claimed)
    carries_new = fields.rev_to > link["in_rev"]
    # A first bundle after others: usually a new install at the OPD (a new or repaired PC), whose records
    # come back under new record IDs, or are not even newer by its own count (QA walk r6, 15).
    restarted = sequence == 1 and link["in_seq"] >= 1 and fields.kind != "restore" and claimed.startswith("OPD")
    if sequence <= link["in_seq"] and not carries_new:
        notes.append(translate("sync", "Bundle {seq} from {sender} is not newer than bundle {last}, already "
                                       "imported: nothing changes.").format(seq=sequence, sender=claimed,
                                                                           last=link["in_seq"]))
        if restarted:
            notes.append(new_install_note(claimed, link["in_seq"]))
        return True, notes
    if sequence <= link["in_seq"]:
        # A lower number that still carries changes never applied here: the recorded number
        # came from a bundle that did not follow this sender's own count. Its changes count.
        notes.append(translate("sync", "Bundle {seq} from {sender} carries changes not applied yet although bundle "
                                       "{last} was recorded: it is applied and the count continues from {seq}.")
                     .format(seq=sequence, sender=claimed, last=link["in_seq"]))
        if restarted:
            notes.append(new_install_note(claimed, link["in_seq"]))
    if fields.kind != "restore" and fields.rev_from > link["in_rev"] + 1:
        first, last = link["in_seq"] + 1, sequence - 1
        if last >= first:
            raise BundleRefused(translate("sync", "{bundles} from {sender} is missing: import it first, or ask "
                                                  "{sender} to send everything again.").format(
                bundles=bundle_numbers(first, last), sender=claimed))
        raise BundleRefused(translate("sync", "Changes from {sender} that this install acknowledged are missing "
                                              "here (was the database restored from a backup?): ask {sender} "
                                              "to send everything again.").format(sender=claimed))
    if sequence == link["in_seq"] + 1 and link["in_hash"] and header.get("previous_sha256") not in (
            None, link["in_hash"]):
        raise BundleRefused(translate("sync", "Bundle {seq} from {sender} does not follow the last bundle "
                                              "received from it (was {sender}'s database restored from a backup?). "
                                              "Nothing was imported. Ask {sender} to write a new bundle with "
                                              "'Send everything again' ticked and open that one.").format(
            seq=sequence, sender=claimed))
    if sequence > link["in_seq"] + 1:
        notes.append(translate("sync", "{bundles} from {sender} never arrived or was refused here; this bundle "
                                       "repeats their changes, so nothing is missing.").format(
            bundles=bundle_numbers(link["in_seq"] + 1, sequence - 1), sender=claimed))
    return False, notes


def bundle_numbers(first: int, last: int) -> str:
    """'Bundle 2' for one bundle, 'Bundles 2 to 4' for several (never 'Bundle 1 to 1')."""
    if first == last:
        return translate("sync", "Bundle {n}").format(n=first)
    return translate("sync", "Bundles {first} to {last}").format(first=first, last=last)


def decrypt(db: sqlite_utils.Database, data_dir: Path, checked: Checked, passphrase: str | None,
            identities: list[str] | None = None) -> list:
    """The payload's sections; `identities` are the install's unlocked keys when the caller already
    holds them (the province hub importing a folder unlocks once, not per bundle)."""
    try:
        plain = agefile.decrypt_with(checked.bundle.payload,
                                     identities if identities is not None else keys.identities(db, data_dir, passphrase))
    except agefile.AgeError as exc:
        raise BundleRefused(translate("sync", "{file} cannot be decrypted with this install's key: it was made for "
                                              "another key.").format(file=checked.file_name)) from exc
    binding, sections = bundle.read_payload(plain, checked.file_name)
    _check_binding(checked, binding)
    return sections


def _check_binding(checked: Checked, binding: dict[str, Any]) -> None:
    """The encrypted payload names the same sender, recipient, kind and sequence as the signed
    header: a payload lifted from another sender's bundle under a new header is refused."""
    expected = bundle.binding_of(checked.header)
    if {k: binding.get(k) for k in expected} != expected:
        raise BundleRefused(translate("sync", "{file}: the encrypted contents were not written by {sender} for this "
                                              "bundle (they may have been taken from another OPD's bundle); it was "
                                              "refused.").format(file=checked.file_name,
                                                                 sender=sender_label(checked.header)))

