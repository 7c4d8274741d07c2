"""Writing bundles: OPD -> Disnaker (every change not yet acknowledged) and Disnaker -> OPD
(acknowledgements, Disnaker's answers, master data), and Disnaker's full restore bundle.

Writing to a stick: a hidden temporary file, flush + fsync, rename, then read back and
verify. Only after the check passes is the bundle recorded as sent, so a stick pulled out
mid-write leaves no file an importer would accept and no gap in the sequence.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from rentan_desktop import __version__
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.store import audit, settings, training
from rentan_desktop.store.clock import now_iso
from rentan_desktop.store.migrations import schema_version
from rentan_desktop.sync import agefile, bpjs_readiness, bundle, keys, province, provisioning, registry
from rentan_desktop.sync.tables import DOWN_SETTINGS, SyncTable, restore_tables, tables
from rentan_desktop.tasks import TaskState


@dataclass(frozen=True)
class ExportResult:
    path: Path
    peer: str
    sequence: int
    counts: dict[str, int]
    file_sha256: str
    # The workers carried by BPJS registration state (sync/bpjs_readiness.py); empty from Disnaker.
    registration: dict[str, int] = field(default_factory=dict)


def table_columns(db: sqlite_utils.Database, table: str) -> set[str]:
    return {r[1] for r in db.execute(f"PRAGMA table_info({table})").fetchall()}


def role(db: sqlite_utils.Database) -> str:
    value = settings.get(db, "role")
    if value not in ("opd", "disnaker", "province"):
        raise UserError(translate("sync", "This data folder is not set up yet."))
    return value


def opd_id_for(db: sqlite_utils.Database, peer: str) -> int:
    from rentan_desktop.store.site import opd_id_by_code, own_opd_id

    if role(db) == "opd":
        return own_opd_id(db)
    opd_id = opd_id_by_code(db, peer)
    if opd_id is None:
        raise UserError(translate("sync", "OPD {code} is not in the OPD list; add it first.").format(code=peer))
    return opd_id


def select_rows(db: sqlite_utils.Database, spec: SyncTable, params: dict[str, Any]) -> tuple[list[str], list[list]]:
    """The rows of one registered table to send: uid, owned columns, parent uids, children."""
    present = table_columns(db, spec.name)
    cols = [c for c in spec.columns if c in present]
    exprs = ["t.uid"] + [f"t.{c}" for c in cols]
    names = ["uid", *cols]
    for parent in spec.parents:
        if parent.column in present:
            exprs.append(f"(SELECT p.uid FROM {parent.table} p WHERE p.id = t.{parent.column})")
            names.append(parent.field)
    exprs.append("t.id")
    sql = f"SELECT {', '.join(exprs)} FROM {spec.name} t WHERE {spec.export_where} ORDER BY t.id"
    rows = [list(r) for r in db.execute(sql, params).fetchall()]
    for child in spec.children:
        child_cols = [c for c in child.columns if c in table_columns(db, child.table)]
        names_child = f"{child.table}:{','.join(child_cols)}"
        for row in rows:
            row.insert(-1, [list(r) for r in db.execute(
                f"SELECT {', '.join(child_cols)} FROM {child.table} WHERE {child.fk} = ? ORDER BY {child.order_by}",
                [row[-1]]).fetchall()])
        names.append(names_child)
    for row in rows:
        row.pop()  # the local id only ordered the rows
    return names, rows


def duplicate_flags(db: sqlite_utils.Database, opd_id: int) -> list[list[Any]]:
    """At Disnaker: workers of this OPD whose NIK a living worker of another OPD also holds."""
    from rentan_desktop.disnaker import duplicates

    holders = duplicates.other_opd_holders(db, opd_id)
    if not holders:
        return []
    uids = db.execute("SELECT nik, uid FROM workers WHERE opd_id = ? AND status != 'ended'", [opd_id]).fetchall()
    return sorted([uid, holders[nik]] for nik, uid in uids if nik in holders)


def recipients_for(db: sqlite_utils.Database, peer: str) -> tuple[list[str], list[str]]:
    """(age recipients, their key ids): the peer's newest trusted key, plus escrow for OPD bundles."""
    trusted = registry.trusted_keys(db, peer)
    if not trusted:
        if peer == registry.DISNAKER:
            raise UserError(translate("sync", "Disnaker's key is not trusted yet: open the provisioning file and "
                                              "compare its fingerprint with the letter first."))
        if peer == province.PROVINCE:
            raise UserError(translate("sync", "The province's key is not trusted yet: open the province key file "
                                              "and compare its fingerprint with the letter first."))
        if province.is_city_peer(peer):
            raise UserError(translate("sync", "This city's key is not trusted at the hub yet."))
        raise UserError(translate("sync", "OPD {code} has no trusted key yet: open its enrollment file and compare "
                                          "the fingerprint first.").format(code=peer))
    newest = trusted[-1]
    recipients = [newest.age_recipient]
    if role(db) == "opd":
        recipients += [r["recipient"] for r in provisioning.escrow_recipients(db)]
    return recipients, [newest.key_id]


def _province_sections(db: sqlite_utils.Database, params: dict[str, Any], roster: bool,
                       state: TaskState) -> tuple[list, dict[str, int]]:
    """A city's consolidated rows for the hub (sync/province.py); `roster` False: payments only
    (a later part of a first bundle too large for one)."""
    specs = [s for s in province.province_tables() if roster or s.name == "payments"]
    if roster:
        specs.append(province.rate_table_spec())
    sections, counts = _read_tables(db, specs, params, state)
    if roster:
        sections.append(({"section": "settings", "values": province.settings_values(db)}, []))
    return sections, counts


def _read_tables(db: sqlite_utils.Database, specs: list, params: dict[str, Any],
                 state: TaskState) -> tuple[list[tuple[dict[str, Any], list[list]]], dict[str, int]]:
    """One table section per spec, with the rows the bundle carries, and rows per table."""
    sections: list[tuple[dict[str, Any], list[list]]] = []
    counts: dict[str, int] = {}
    for i, spec in enumerate(specs):
        state.check()
        state.progress(i, len(specs) + 1, translate("sync", "Reading {table}...").format(table=spec.name))
        names, rows = select_rows(db, spec, params)
        sections.append(({"section": "table", "table": spec.name, "direction": spec.direction, "columns": names},
                         rows))
        counts[spec.name] = counts.get(spec.name, 0) + len(rows)
    return sections, counts


def _collect(db: sqlite_utils.Database, peer: str, kind: str, full: bool, me: str,
             state: TaskState, window: tuple[int, int] | None = None,
             roster: bool = True) -> tuple[dict[str, Any], int, list, dict[str, int]]:
    link = registry.link(db, peer)
    if peer == province.PROVINCE or me == "province":
        since = 0 if full else link["acked_rev"]
        lo, hi = window or (since, audit.current_rev(db))
        if me == "province":  # the hub's acknowledgement: no rows, only the header's `ack`
            return {**link, "since": since}, max(hi, since), [], {}
        sections, counts = _province_sections(db, {"since": lo, "upto": hi, "opd_id": None}, roster, state)
        return {**link, "since": lo}, hi, sections, counts
    opd_id = opd_id_for(db, peer)
    since = 0 if (full or kind == "restore") else link["acked_rev"]
    rev_to = audit.current_rev(db)
    params = {"since": since, "opd_id": opd_id}
    if kind == "restore":
        specs = [*tables("down")[:2], *restore_tables()]
    else:
        specs = tables("up" if me == "opd" else "down")
    sections, counts = _read_tables(db, specs, params, state)
    if me == "disnaker":
        sections.append(({"section": "settings", "values": {k: settings.get(db, k) for k in DOWN_SETTINGS}}, []))
        flags = duplicate_flags(db, opd_id)
        sections.append(({"section": "duplicate_flags", "columns": ["worker_uid", "other_opds"]}, flags))
        counts["duplicate_flags"] = len(flags)
    if kind == "restore":
        sections.append(({"section": "link", "in_seq": link["in_seq"], "in_hash": link["in_hash"],
                          "in_rev": link["in_rev"]}, []))
    return {**link, "since": since}, rev_to, sections, counts


def _sender_peer(db: sqlite_utils.Database, me: str, peer: str, code: str | None) -> str:
    if me == "opd":
        return code or ""
    if me == "province":
        return province.PROVINCE
    return province.city_peer(db) if peer == province.PROVINCE else registry.DISNAKER


def _recipient_role(me: str, peer: str) -> str:
    if me == "opd":
        return "disnaker"
    if peer == province.PROVINCE:
        return "province"
    return "disnaker" if me == "province" else "opd"


def build(db: sqlite_utils.Database, data_dir: Path, peer: str, *, kind: str = "changes", full: bool = False,
          passphrase: str | None = None, state: TaskState | None = None, window: tuple[int, int] | None = None,
          roster: bool = True) -> tuple[bytes, dict[str, Any]]:
    """The bundle's bytes and header for `peer` ('disnaker' from an OPD, an OPD code or 'province' at
    Disnaker, a city at the hub). `window`/`roster`: one part of a province bundle (province.py)."""
    data, header, _ = _build(db, data_dir, peer, kind=kind, full=full, passphrase=passphrase, state=state,
                             window=window, roster=roster)
    return data, header


def _build(db: sqlite_utils.Database, data_dir: Path, peer: str, *, kind: str, full: bool,
           passphrase: str | None, state: TaskState | None, window: tuple[int, int] | None,
           roster: bool) -> tuple[bytes, dict[str, Any], dict[str, int]]:
    """build(), and the registration states of the workers an OPD's bundle carries."""
    state = state or TaskState()
    training.refuse_bundles(db)  # practice data never travels
    me = role(db)
    if (kind == "restore" and me != "disnaker") or (peer == province.PROVINCE and me != "disnaker"):
        raise UserError(translate("sync", "Only the Disnaker install can do this."))
    signer = keys.signing_secret(db, data_dir, passphrase)
    recipients, recipient_keys = recipients_for(db, peer)
    with db.atomic():  # one read snapshot: rows and the change number they are counted to agree
        link, rev_to, sections, counts = _collect(db, peer, kind, full, me, state, window, roster)
        registration = bpjs_readiness.carried(db, _carried_workers(sections)) if me == "opd" else {}
    state.progress(len(sections), len(sections) + 1, translate("sync", "Encrypting and signing..."))
    own = keys.own_public(db)
    code = settings.get(db, "opd_code")
    header: dict[str, Any] = {
        "format": bundle.FORMAT, "format_version": bundle.FORMAT_VERSION, "schema_version": schema_version(db),
        "app_version": __version__, "kind": kind, "created_at": now_iso(),
        "sender": {"role": me, "peer": _sender_peer(db, me, peer, code), "site_uid":
                   settings.get(db, "site_uid"), "opd_code": code, "name": settings.get(db, "opd_name") or
                   "Disnaker", "pemda": settings.get(db, "pemda", ""), "key_id": own.key_id,
                   "fingerprint": own.fingerprint},
        "recipient": {"peer": peer, "role": _recipient_role(me, peer), "key_ids": recipient_keys,
                      "escrow": len(recipients) - 1},
        "sequence": link["out_seq"] + 1, "previous_sha256": link["out_hash"],
        "rev_from": link["since"] + 1, "rev_to": max(rev_to, link["since"]),
        "ack": {"rev": link["in_rev"], "sequence": link["in_seq"],
                "key_id": (registry.trusted_keys(db, peer) or [None])[-1].key_id},
        "counts": counts,
        "payload": {"encryption": "age-x25519", "compression": "zstd", "encoding": "jsonl"},
    }
    payload = agefile.encrypt_to(bundle.encode_payload(sections, bundle.binding_of(header)), recipients)
    announce = keys.pending_rotation(db)
    if announce is not None:
        header["new_key"] = announce.as_dict()
    data = bundle.pack(header, payload, signer.signing)
    return data, json.loads(bundle.read(data).header_bytes), registration


def _carried_workers(sections: list[tuple[dict[str, Any], list[list]]]) -> list[str]:
    return [row[0] for meta, rows in sections if meta.get("table") == "workers" for row in rows]


def file_name(header: dict[str, Any]) -> str:
    sender = header["sender"]["peer"].replace("/", "-")
    to = header["recipient"]["peer"].replace("/", "-")
    kind = "" if header["kind"] == "changes" else f"-{header['kind']}"
    return f"rentan-{sender}-to-{to}{kind}-{header['sequence']:06d}{bundle.SUFFIX}"


def write_safely(path: Path, data: bytes) -> None:
    """Temporary file, flush + fsync, rename, fsync the folder, then read back and compare."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    try:
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass  # Windows cannot open a folder; the file itself was synced
    back = path.read_bytes()
    if hashlib.sha256(back).digest() != hashlib.sha256(data).digest():
        path.unlink(missing_ok=True)
        raise UserError(translate("sync", "The bundle written to {folder} reads back differently: the drive may be "
                                          "faulty. Nothing was recorded as sent.").format(folder=path.parent))
    bundle.read(back, path.name)


@dataclass(frozen=True)
class Written:
    """A bundle on the drive, verified, not yet recorded as sent."""

    path: Path
    header: dict[str, Any]
    file_sha256: str
    registration: dict[str, int] = field(default_factory=dict)  # the workers carried, by BPJS registration state


def write_bundle(db: sqlite_utils.Database, data_dir: Path, out_dir: Path, *, peer: str | None = None,
                 kind: str = "changes", full: bool = False, passphrase: str | None = None,
                 state: TaskState | None = None, window: tuple[int, int] | None = None,
                 roster: bool = True) -> Written:
    """Build and write one bundle (reads only: the GUI runs this in the background)."""
    if peer is None:
        if role(db) != "opd":
            raise UserError(translate("sync", "Choose the OPD to write a bundle for."))
        peer = registry.DISNAKER
    data, header, registration = _build(db, data_dir, peer, kind=kind, full=full, passphrase=passphrase,
                                        state=state, window=window, roster=roster)
    path = Path(out_dir) / file_name(header)
    try:
        write_safely(path, data)
    except OSError as exc:
        from rentan_desktop.maintenance.faults import describe_target

        raise UserError(translate("sync", "{reason} The bundle was not written and nothing was recorded as sent.").format(
            reason=describe_target(exc, out_dir))) from exc
    return Written(path, header, hashlib.sha256(data).hexdigest(), registration)


def record_sent(db: sqlite_utils.Database, written: Written, operator: str) -> ExportResult:
    """The bundle is on the drive and verified: advance the sequence and log it."""
    header = written.header
    peer = header["recipient"]["peer"]
    with db.atomic():
        registry.update_link(db, peer, out_seq=header["sequence"], out_hash=written.file_sha256,
                             out_at=header["created_at"])
        db.execute("INSERT INTO sync_exports(at, operator, peer, kind, sequence, rev_from, rev_to, file_name, "
                   "file_sha256, counts) VALUES (?,?,?,?,?,?,?,?,?,?)",
                   [header["created_at"], operator, peer, header["kind"], header["sequence"], header["rev_from"],
                    header["rev_to"], written.path.name, written.file_sha256, json.dumps(header["counts"])])
    return ExportResult(written.path, peer, header["sequence"], header["counts"], written.file_sha256,
                        written.registration)


def export_bundle(db: sqlite_utils.Database, data_dir: Path, out_dir: Path, *, peer: str | None = None,
                  operator: str = "operator", kind: str = "changes", full: bool = False,
                  passphrase: str | None = None, state: TaskState | None = None) -> ExportResult:
    """Write one bundle to `out_dir` and record it as sent."""
    written = write_bundle(db, data_dir, out_dir, peer=peer, kind=kind, full=full, passphrase=passphrase,
                           state=state)
    return record_sent(db, written, operator)


def exportable_peers(db: sqlite_utils.Database) -> list[str]:
    """The peers with a trusted key (Disnaker writes one bundle per OPD)."""
    if role(db) == "opd":
        return [registry.DISNAKER] if registry.trusted_keys(db, registry.DISNAKER) else []
    return [code for (code,) in db.execute(
        "SELECT DISTINCT peer FROM sync_peers WHERE status = 'trusted' AND role = 'opd' ORDER BY peer").fetchall()]


def export_all(db: sqlite_utils.Database, data_dir: Path, out_dir: Path, *, operator: str = "operator",
               passphrase: str | None = None, state: TaskState | None = None) -> list[ExportResult]:
    peers = exportable_peers(db)
    if not peers:
        raise UserError(translate("sync", "No trusted keys yet: there is nobody to write a bundle for."))
    return [export_bundle(db, data_dir, out_dir, peer=p, operator=operator, passphrase=passphrase, state=state)
            for p in peers]


def export_history(db: sqlite_utils.Database, limit: int = 200) -> list[dict[str, Any]]:
    cols = ("at", "operator", "peer", "kind", "sequence", "rev_from", "rev_to", "file_name", "file_sha256", "counts")
    rows = db.execute(f"SELECT {', '.join(cols)} FROM sync_exports ORDER BY id DESC LIMIT ?", [limit]).fetchall()
    return [dict(zip(cols, r, strict=True)) for r in rows]
