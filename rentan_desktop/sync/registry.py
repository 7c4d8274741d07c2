"""The other side's keys (sync_peers) and the state of each link (sync_links).

A peer is named by `peer`: 'disnaker' at an OPD install, the OPD code at Disnaker. A key
arrives as pending (from an enrollment or provisioning file) and is trusted only after an
operator compared its fingerprint with the printed letter. Revoked and retired keys are
kept so a bundle they signed can be named when it is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlite_utils

from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.store.clock import now_iso

DISNAKER = "disnaker"


@dataclass(frozen=True)
class Peer:
    id: int
    peer: str
    site_uid: str
    role: str
    name: str
    key_id: str
    sign_pub: str
    age_recipient: str
    fingerprint: str
    status: str
    source: str
    added_at: str
    trusted_at: str | None
    trusted_by: str | None
    revoked_at: str | None
    announced_by: str | None = None
    revoke_reason: str | None = None


_PEER_COLS = ("id, peer, site_uid, role, name, key_id, sign_pub, age_recipient, fingerprint, status, source, "
              "added_at, trusted_at, trusted_by, revoked_at, announced_by, revoke_reason")


def _peers(db: sqlite_utils.Database, where: str, params: list[Any]) -> list[Peer]:
    return [Peer(*r) for r in db.execute(f"SELECT {_PEER_COLS} FROM sync_peers WHERE {where} ORDER BY id",
                                         params).fetchall()]


def peer_by_key(db: sqlite_utils.Database, key_id: str) -> Peer | None:
    found = _peers(db, "key_id = ?", [key_id])
    return found[0] if found else None


def peer_by_fingerprint(db: sqlite_utils.Database, fingerprint: str) -> Peer | None:
    wanted = fingerprint.replace(" ", "").upper()
    for p in _peers(db, "1", []):
        if p.fingerprint.replace(" ", "") == wanted:
            return p
    return None


def keys_of(db: sqlite_utils.Database, peer: str) -> list[Peer]:
    return _peers(db, "peer = ?", [peer])


def trusted_keys(db: sqlite_utils.Database, peer: str) -> list[Peer]:
    return _peers(db, "peer = ? AND status = 'trusted'", [peer])


def all_peers(db: sqlite_utils.Database) -> list[Peer]:
    return _peers(db, "1", [])


def add_key(db: sqlite_utils.Database, *, peer: str, site_uid: str, role: str, name: str, key_id: str,
            sign_pub: str, age_recipient: str, fingerprint: str, source: str,
            status: str = "pending", operator: str | None = None, announced_by: str | None = None) -> Peer:
    """Record a key of a peer (idempotent for the same key)."""
    existing = peer_by_key(db, key_id)
    if existing is not None:
        if existing.sign_pub != sign_pub or existing.peer != peer:
            raise UserError(translate("sync", "A different key with the same key id is already known."))
        return existing
    stamp = now_iso()
    db.execute(
        "INSERT INTO sync_peers(peer, site_uid, role, name, key_id, sign_pub, age_recipient, fingerprint, status, "
        "source, added_at, trusted_at, trusted_by, announced_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [peer, site_uid, role, name, key_id, sign_pub, age_recipient, fingerprint, status, source, stamp,
         stamp if status == "trusted" else None, operator if status == "trusted" else None, announced_by])
    ensure_link(db, peer)
    found = peer_by_key(db, key_id)
    assert found is not None
    return found


def trust(db: sqlite_utils.Database, key_id: str, operator: str, *, retire_others: bool = True) -> Peer:
    """The operator compared the fingerprint with the letter: this key may now send bundles.

    Trusting a new key of a peer retires its other trusted keys (a reinstalled OPD)."""
    peer = peer_by_key(db, key_id)
    if peer is None:
        raise UserError(translate("sync", "No such key."))
    if peer.status == "revoked":
        raise UserError(translate("sync", "This key was revoked; it cannot be trusted again."))
    stamp = now_iso()
    with db.atomic():
        if retire_others:
            db.execute("UPDATE sync_peers SET status = 'retired' WHERE peer = ? AND status = 'trusted' AND key_id != ?",
                       [peer.peer, key_id])
        db.execute("UPDATE sync_peers SET status = 'trusted', trusted_at = ?, trusted_by = ? WHERE key_id = ?",
                   [stamp, operator, key_id])
    found = peer_by_key(db, key_id)
    assert found is not None
    return found


def revocation_plan(db: sqlite_utils.Database, key_id: str, since: str | None = None) -> list[Peer]:
    """Every key a revocation of `key_id` touches: the key itself, then the keys it announced
    by rotation (received on or after `since`, a date 'YYYY-MM-DD', or any time), and the
    keys those announced in turn. Keys already revoked are left out; the first is the key."""
    first = peer_by_key(db, key_id)
    if first is None:
        raise UserError(translate("sync", "No such key."))
    touched = [first]
    seen = {first.key_id}
    queue = [first.key_id]
    while queue:
        announcer = queue.pop(0)
        for row in db.execute("SELECT key_id, added_at FROM sync_peers WHERE announced_by = ? ORDER BY id",
                              [announcer]).fetchall():
            child, added_at = row
            if child in seen or (since and added_at[:10] < since):
                continue
            seen.add(child)
            queue.append(child)
            found = peer_by_key(db, child)
            if found is not None and found.status != "revoked":
                touched.append(found)
    return touched


def describe_key(peer: Peer) -> str:
    """One line per key for the list an operator confirms: whose, which, how it came, when."""
    how = translate("sync", "announced by key {key_id}").format(key_id=peer.announced_by) if peer.announced_by \
        else translate("sync", "from the enrollment or provisioning file")
    return translate("sync", "{peer}: key {key_id} (fingerprint {fp}), {status}, {how}, received {date}").format(
        peer=peer.peer, key_id=peer.key_id, fp=peer.fingerprint, status=status_label(peer.status), how=how,
        date=_day(peer.added_at))


def _day(stamp: str | None) -> str:
    return f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}" if stamp and len(stamp) >= 10 else ""


def parse_since(text: str) -> str:
    """A date as typed (DD/MM/YYYY, or YYYY-MM-DD) -> 'YYYY-MM-DD'."""
    import datetime as dt

    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    raise ValidationError([Issue("since", translate("sync", "'{text}' is not a date: write it as 29/11/2026.")
                                 .format(text=text))])


def revoke(db: sqlite_utils.Database, key_id: str, operator: str, reason: str = "",
           since: str | None = None) -> list[Peer]:
    """From now on every bundle signed by this key, or by a key it announced (on or after
    `since`), is refused. Returns the keys revoked, as `revocation_plan` listed them."""
    plan = revocation_plan(db, key_id, since)
    stamp = now_iso()
    with db.atomic():
        for peer in plan:
            note = reason if peer.key_id == key_id else translate("sync", "announced by revoked key {key_id}").format(
                key_id=key_id) + (f": {reason}" if reason else "")
            db.execute("UPDATE sync_peers SET status = 'revoked', revoked_at = ?, revoked_by = ?, revoke_reason = ? "
                       "WHERE key_id = ?", [stamp, operator, note or None, peer.key_id])
    return [p for p in (peer_by_key(db, k.key_id) for k in plan) if p is not None]


def find_key(db: sqlite_utils.Database, ref: str) -> Peer:
    """A key named by key id, fingerprint or peer (its newest key)."""
    ref = ref.strip()
    found = peer_by_key(db, ref.upper()) or peer_by_fingerprint(db, ref)
    if found is None:
        named = keys_of(db, ref)
        found = named[-1] if named else None
    if found is None:
        raise ValidationError([Issue("key", translate("sync", "No key matches '{ref}'.").format(ref=ref))])
    return found


# -- links --------------------------------------------------------------------------------

LINK_COLS = ("peer", "provisioned_at", "out_seq", "out_hash", "out_at", "in_seq", "in_hash", "in_at", "in_rev",
             "acked_rev", "acked_at")


def ensure_link(db: sqlite_utils.Database, peer: str) -> None:
    db.execute("INSERT INTO sync_links(peer) VALUES (?) ON CONFLICT(peer) DO NOTHING", [peer])


def link(db: sqlite_utils.Database, peer: str) -> dict[str, Any]:
    row = db.execute(f"SELECT {', '.join(LINK_COLS)} FROM sync_links WHERE peer = ?", [peer]).fetchone()
    if row is None:
        return {**dict.fromkeys(LINK_COLS), "peer": peer, "out_seq": 0, "in_seq": 0, "in_rev": 0, "acked_rev": 0}
    return dict(zip(LINK_COLS, row, strict=True))


def update_link(db: sqlite_utils.Database, peer: str, **values: Any) -> None:
    ensure_link(db, peer)
    assigns = ", ".join(f"{k} = ?" for k in values)
    db.execute(f"UPDATE sync_links SET {assigns} WHERE peer = ?", [*values.values(), peer])


def sent_after(db: sqlite_utils.Database, since: datetime) -> list[str]:
    """The peers this install wrote a bundle to after `since`: restoring a backup from before it
    breaks the chain of bundles, and the receiver then needs everything sent again."""
    local = since.astimezone().replace(tzinfo=None) if since.tzinfo else since
    stamp = local.isoformat(sep=" ", timespec="seconds")
    return [r[0] for r in db.execute("SELECT peer FROM sync_links WHERE out_at > ? ORDER BY peer", [stamp])]


# -- what the Disnaker screens show ---------------------------------------------------------

@dataclass(frozen=True)
class SiteState:
    opd_code: str
    opd_name: str
    key_status: str  # none, provisioned, pending, trusted, revoked
    fingerprint: str
    last_received_at: str | None
    last_sequence: int
    pending_acknowledgements: int  # bundles received whose acknowledgement has not gone back yet
    last_sent_at: str | None


def site_states(db: sqlite_utils.Database) -> list[SiteState]:
    """Per OPD (at Disnaker): key status, fingerprint, last bundle, sequence, acks owed."""
    states = []
    for code, name in db.execute("SELECT code, name FROM opds ORDER BY code").fetchall():
        keys = keys_of(db, code)
        lk = link(db, code)
        newest = keys[-1] if keys else None
        trusted = [k for k in keys if k.status == "trusted"]
        if trusted:
            status, fp = "trusted", trusted[-1].fingerprint
        elif newest is not None:
            status, fp = newest.status if newest.status != "retired" else "revoked", newest.fingerprint
        elif lk["provisioned_at"]:
            status, fp = "provisioned", ""
        else:
            status, fp = "none", ""
        owed = db.execute("SELECT count(*) FROM sync_imports WHERE peer = ? AND at > coalesce(?, '')",
                          [code, lk["out_at"]]).fetchone()[0]
        states.append(SiteState(code, name, status, fp, lk["in_at"], lk["in_seq"] or 0, owed, lk["out_at"]))
    return states


def status_label(status: str) -> str:
    return {
        "none": translate("sync", "no keys"),
        "provisioned": translate("sync", "provisioned"),
        "pending": translate("sync", "waiting for fingerprint check"),
        "trusted": translate("sync", "trusted"),
        "revoked": translate("sync", "revoked"),
        "retired": translate("sync", "replaced"),
    }.get(status, status)
