"""City bundles for the hub bench: each city's generated rows packed exactly as a city's Disnaker
install packs them for the province (sync/bundle.py: zstd JSON lines, age-encrypted to the hub,
minisign-signed), its key trusted in the hub's keystore as after the letter flow.

Written by a child process, so the bench process's peak memory is the importer's alone."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

from rentan_desktop import __version__
from rentan_desktop.hub import keystore
from rentan_desktop.store.clock import now_iso
from rentan_desktop.store.migrations import schema_version
from rentan_desktop.sync import agefile, bundle, keys, limits, province, registry
from rentan_desktop.sync.minisig import SigningKey, key_id_hex

STAMP = "2026-11-30T08:00:00"


def _register_city(ks, n: int) -> tuple[SigningKey, dict]:
    signing = SigningKey.generate()
    identity = agefile.new_identity()[0]
    sign_pub, recipient = signing.public().line(), agefile.recipient_of(identity)
    site = f"bench-city-{n}"
    sender = {"role": "disnaker", "peer": province.CITY_PREFIX + site, "site_uid": site, "opd_code": None,
              "name": "Disnaker", "pemda": f"Kota {n:03d}", "key_id": key_id_hex(signing.key_id),
              "fingerprint": keys.fingerprint(sign_pub, recipient)}
    registry.add_key(ks, peer=sender["peer"], site_uid=site, role="disnaker", name=sender["pemda"],
                     key_id=sender["key_id"], sign_pub=sign_pub, age_recipient=recipient,
                     fingerprint=sender["fingerprint"], source="enrollment", status="trusted", operator="bench")
    return signing, sender


def _sections(tables: dict) -> list[list]:
    """Roster and payments in parts within the bundle limits (as province_export splits them)."""
    roster = [({"section": "table", "table": t, "direction": province.DIRECTION, "columns": list(tables[t].columns)},
               tables[t].rows) for t in province.ROSTER]
    pay = tables["payments"]
    meta = {"section": "table", "table": "payments", "direction": province.DIRECTION, "columns": list(pay.columns)}
    parts, room = [], province.PART_ROWS - sum(len(r) for _m, r in roster)
    start = 0
    while True:
        size = max(room, province.PART_ROWS // 4)
        parts.append([*(roster if not parts else []), (meta, pay.rows[start:start + size])])
        start += size
        room = province.PART_ROWS
        if start >= len(pay.rows):
            return parts


def write_city_bundles(home: Path, out: Path, n_cities: int, per_city: int, months: list[str],
                       city_rows) -> int:
    """Every city's bundle(s) into `out`; returns the bytes written."""
    ks = keystore.open_keystore(home, "Bench", create=True)
    hub_key = keys.newest_public(ks)
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for n in range(n_cities):
        signing, sender = _register_city(ks, n)
        tables = city_rows(n, per_city, months, random.Random(n))
        previous, rev = None, 0
        for seq, sections in enumerate(_sections(tables), start=1):
            rows = sum(len(r) for _m, r in sections)
            header = {"format": bundle.FORMAT, "format_version": bundle.FORMAT_VERSION,
                      "schema_version": schema_version(ks), "app_version": __version__, "kind": "changes",
                      "created_at": now_iso(), "sender": sender,
                      "recipient": {"peer": province.PROVINCE, "role": "province", "key_ids": [hub_key.key_id],
                                    "escrow": 0},
                      "sequence": seq, "previous_sha256": previous, "rev_from": rev + 1, "rev_to": rev + rows,
                      "ack": {"rev": 0, "sequence": 0, "key_id": hub_key.key_id},
                      "counts": {m["table"]: len(r) for m, r in sections},
                      "payload": {"encryption": "age-x25519", "compression": "zstd", "encoding": "jsonl"}}
            payload = agefile.encrypt_to(bundle.encode_payload(sections, bundle.binding_of(header)),
                                         [hub_key.age_recipient])
            data = bundle.pack(header, payload, signing)
            assert len(data) <= limits.MAX_BUNDLE_BYTES
            path = out / f"rentan-{sender['peer']}-to-province-{seq:06d}{bundle.SUFFIX}"
            path.write_bytes(data)
            previous, rev = hashlib.sha256(data).hexdigest(), rev + rows
            written += len(data)
        del tables
    ks.close()
    return written
