"""Reading a bundle: check everything, show what would change, then apply it in one go.

Order: parse the container, find the signing key (unknown, pending, revoked or replaced
keys are refused), verify both signatures and the payload hash, check the sender is who the
key belongs to and the bundle is for us, check the sequence (an older or repeated bundle
changes nothing; a gap names the missing bundles), decrypt, then plan per table: new,
updated, already present, conflicts, errors. A preview runs the plan inside a transaction
that is rolled back; applying runs it again in ONE transaction with the import log, the
acknowledgements and the sequence, after a backup of the database.

Nothing is written before the checks pass, so a refused bundle leaves the database file
untouched; at Disnaker a bundle from an unknown key is copied to the quarantine folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from rentan_desktop import paths
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.store import audit, settings
from rentan_desktop.store.clock import now_iso
from rentan_desktop.store.migrations import schema_version
from rentan_desktop.sync import agefile, bundle, keys, registry
from rentan_desktop.sync.bundle import BundleRefused
from rentan_desktop.sync.export import table_columns
from rentan_desktop.sync.minisig import PublicKey, SignatureError
from rentan_desktop.sync.tables import SyncTable, restore_tables, tables
from rentan_desktop.tasks import TaskState

MAX_LISTED = 500
RECEIVED_DIR = Path("sync") / "received"
QUARANTINE_DIR = Path("sync") / "quarantine"
CATEGORIES = ("new", "updated", "present", "conflicts", "errors")
# Disnaker imports 60 bundles in a sitting and its database is large: one backup before the
# first import of a sitting (then every 15 minutes) rather than a full copy per bundle.
BACKUP_EVERY = 15 * 60
_last_backup: dict[str, float] = {}


@dataclass
class TableSummary:
    table: str
    new: int = 0
    updated: int = 0
    present: int = 0
    conflicts: int = 0
    errors: int = 0
    records: dict[str, list[list[str]]] = field(default_factory=dict)  # category -> [uid, label, detail]
    conflict_rows: list[list[Any]] = field(default_factory=list)  # [uid, label, field, local, incoming]

    def add(self, category: str, uid: str, label: str = "", detail: str = "") -> None:
        setattr(self, category, getattr(self, category) + 1)
        listed = self.records.setdefault(category, [])
        if len(listed) < MAX_LISTED:
            listed.append([uid, label, detail])

    def add_conflict(self, uid: str, label: str, field_name: str, local: Any, incoming: Any, detail: str) -> None:
        """Every conflict is kept (not only the first listed) so each reaches the conflicts list."""
        self.add("conflicts", uid, label, detail)
        self.conflict_rows.append([uid, label, field_name, None if local is None else str(local),
                                   None if incoming is None else str(incoming)])


@dataclass
class ImportSummary:
    peer: str
    sender: str
    kind: str
    sequence: int
    file_name: str
    file_sha256: str
    status: str = "preview"  # preview, applied, nothing
    notes: list[str] = field(default_factory=list)
    tables: list[TableSummary] = field(default_factory=list)

    def table(self, name: str) -> TableSummary:
        for t in self.tables:
            if t.table == name:
                return t
        t = TableSummary(name)
        self.tables.append(t)
        return t

    def total(self, category: str) -> int:
        return sum(getattr(t, category) for t in self.tables)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ImportSummary:
        data = json.loads(text)
        data["tables"] = [TableSummary(**t) for t in data.get("tables", [])]
        return cls(**data)

    def text(self) -> str:
        """What the terminal prints: one line per table, then notes, conflicts and errors."""
        lines = [translate("sync", "Bundle {seq} from {sender} ({file})").format(
            seq=self.sequence, sender=self.sender, file=self.file_name)]
        lines.append(translate("sync", "{new} new, {updated} updated, {present} already present, {conflicts} "
                                       "conflicts, {errors} errors").format(
            new=self.total("new"), updated=self.total("updated"), present=self.total("present"),
            conflicts=self.total("conflicts"), errors=self.total("errors")))
        for t in self.tables:
            lines.append(f"  {t.table:<20} " + translate(
                "sync", "new {new}, updated {updated}, present {present}, conflicts {conflicts}, errors {errors}"
            ).format(new=t.new, updated=t.updated, present=t.present, conflicts=t.conflicts, errors=t.errors))
        lines += [f"  * {n}" for n in self.notes]
        for t in self.tables:
            for category in ("conflicts", "errors"):
                for uid, label, detail in t.records.get(category, [])[:20]:
                    lines.append(f"  ! {t.table} {label or uid}: {detail}")
        return "\n".join(lines)


class ImportBlocked(UserError):
    """The bundle is genuine but some rows cannot be applied; nothing was changed."""

    def __init__(self, message: str, summary: ImportSummary):
        super().__init__(message)
        self.summary = summary


@dataclass
class Checked:
    bundle: bundle.Bundle
    key: registry.Peer
    peer: str
    header: dict[str, Any]
    file_name: str
    stale: bool
    notes: list[str]


def _my_peer_name(db: sqlite_utils.Database) -> str:
    return registry.DISNAKER if settings.get(db, "role") == "disnaker" else settings.get(db, "opd_code")


def _sender_label(header: dict[str, Any]) -> str:
    sender = header.get("sender", {})
    if sender.get("role") == "opd":
        return f"OPD {sender.get('peer')}"
    return "Disnaker"


def _quarantine(data_dir: Path, path: Path, data: bytes, reason: str) -> None:
    folder = Path(data_dir) / QUARANTINE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{hashlib.sha256(data).hexdigest()[:12]}-{path.name}"
    target.write_bytes(data)
    target.with_name(target.name + ".json").write_text(json.dumps(
        {"file": path.name, "received_at": now_iso(), "reason": reason}, ensure_ascii=False), encoding="utf-8")


def check(db: sqlite_utils.Database, data_dir: Path, path: Path) -> Checked:
    """Every check that needs no secret key. Raises BundleRefused with one line."""
    path = Path(path)
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BundleRefused(translate("sync", "Cannot read {file}.").format(file=name)) from exc
    b = bundle.read(data, name)
    header = b.header
    key = registry.peer_by_key(db, b.key_id)
    claimed = _sender_label(header)
    if key is None:
        reason = translate("sync", "{file} is signed by an unknown key (claims to be from {sender}); it was not "
                                   "imported.").format(file=name, sender=claimed)
        if settings.get(db, "role") == "disnaker":
            _quarantine(data_dir, path, data, reason)
            reason += " " + translate("sync", "A copy is in the quarantine folder for review.")
        raise BundleRefused(reason)
    if key.status == "revoked":
        raise BundleRefused(translate("sync", "{file} is signed by a revoked key of {peer}; it was not imported.")
                            .format(file=name, peer=key.peer))
    if key.status == "retired":
        raise BundleRefused(translate("sync", "{file} is signed by a replaced key of {peer}; it was not imported.")
                            .format(file=name, peer=key.peer))
    if key.status != "trusted":
        raise BundleRefused(translate("sync", "The key of {peer} is not trusted yet: compare its fingerprint with the "
                                              "letter first.").format(peer=key.peer))
    public = PublicKey.from_line(key.sign_pub)
    try:
        public.verify(b.header_bytes, b.header_sig)
        public.verify(b.payload, b.payload_sig)
    except SignatureError as exc:
        raise BundleRefused(translate("sync", "{file} has been altered or damaged: its signature does not match.")
                            .format(file=name)) from exc
    try:
        payload_meta = header["payload"]
        sender = header["sender"]
        sequence = int(header["sequence"])
        rev_from = int(header["rev_from"])
        int(header["rev_to"])
        kind = header["kind"]
        recipient = header["recipient"]["peer"]
    except (KeyError, TypeError, ValueError) as exc:
        raise BundleRefused(translate("sync", "{file} is not a Rentan bundle or it is damaged.").format(
            file=name)) from exc
    if hashlib.sha256(b.payload).hexdigest() != payload_meta.get("sha256"):
        raise BundleRefused(translate("sync", "{file} has been altered or damaged: its signature does not match.")
                            .format(file=name))
    if sender.get("key_id") != key.key_id or sender.get("peer") != key.peer or sender.get("role") != key.role:
        raise BundleRefused(translate("sync", "{file} is signed by {signer} but claims to come from {sender}; it was "
                                              "refused.").format(file=name, signer=key.peer, sender=claimed))
    mine = _my_peer_name(db)
    if recipient != mine:
        raise BundleRefused(translate("sync", "{file} is meant for {recipient}, not for this install.").format(
            file=name, recipient=recipient))
    if int(header.get("format_version", 0)) > bundle.FORMAT_VERSION or \
            int(header.get("schema_version", 0)) > schema_version(db):
        raise BundleRefused(translate("sync", "{file} was made by a newer version of Rentan Desktop: update this "
                                              "install first.").format(file=name))
    if kind not in ("changes", "restore"):
        raise BundleRefused(translate("sync", "{file} is not a Rentan bundle or it is damaged.").format(file=name))
    link = registry.link(db, key.peer)
    notes: list[str] = []
    stale = False
    if sequence <= link["in_seq"]:
        stale = True
        notes.append(translate("sync", "Bundle {seq} from {sender} is not newer than bundle {last}, already "
                                       "imported: nothing changes.").format(seq=sequence, sender=claimed,
                                                                           last=link["in_seq"]))
    else:
        if kind != "restore" and rev_from > link["in_rev"] + 1:
            first, last = link["in_seq"] + 1, sequence - 1
            if last >= first:
                raise BundleRefused(translate("sync", "Bundle {first} to {last} from {sender} is missing: import it "
                                                      "first, or ask {sender} to send everything again.").format(
                    first=first, last=last, sender=claimed))
            raise BundleRefused(translate("sync", "Changes from {sender} that this install acknowledged are missing "
                                                  "here (was the database restored from a backup?): ask {sender} "
                                                  "to send everything again.").format(sender=claimed))
        if sequence == link["in_seq"] + 1 and link["in_hash"] and header.get("previous_sha256") not in (
                None, link["in_hash"]):
            raise BundleRefused(translate("sync", "Bundle {seq} from {sender} does not follow the last bundle "
                                                  "received from it.").format(seq=sequence, sender=claimed))
        if sequence > link["in_seq"] + 1:
            notes.append(translate("sync", "Bundle {first} to {last} from {sender} never arrived; this bundle repeats "
                                           "their changes, so nothing is missing.").format(
                first=link["in_seq"] + 1, last=sequence - 1, sender=claimed))
    return Checked(b, key, key.peer, header, name, stale, notes)


def _decrypt(db: sqlite_utils.Database, data_dir: Path, checked: Checked, passphrase: str | None) -> list:
    try:
        plain = agefile.decrypt_with(checked.bundle.payload, keys.identities(db, data_dir, passphrase))
    except agefile.AgeError as exc:
        raise BundleRefused(translate("sync", "{file} cannot be decrypted with this install's key: it was made for "
                                              "another key.").format(file=checked.file_name)) from exc
    return bundle.decode_payload(plain)


def _summary(checked: Checked) -> ImportSummary:
    return ImportSummary(checked.peer, _sender_label(checked.header), checked.header["kind"],
                         int(checked.header["sequence"]), checked.file_name, checked.bundle.file_sha256,
                         notes=list(checked.notes))


def _already_present(checked: Checked, summary: ImportSummary) -> ImportSummary:
    """An older (or the same) bundle again: every row it carries is already here; nothing changes."""
    summary.status = "nothing"
    for name, count in checked.header.get("counts", {}).items():
        summary.table(name).present += int(count)
    return summary


def preview(db: sqlite_utils.Database, data_dir: Path, path: Path, passphrase: str | None = None,
            state: TaskState | None = None) -> ImportSummary:
    """The dry run: every check and the full plan, nothing kept."""
    checked = check(db, data_dir, path)
    summary = _summary(checked)
    if checked.stale:
        return _already_present(checked, summary)
    sections = _decrypt(db, data_dir, checked, passphrase)
    _assert_restore_allowed(db, checked)
    db.execute("BEGIN IMMEDIATE")
    try:
        _apply_sections(db, checked, sections, summary, state or TaskState())
    finally:
        db.execute("ROLLBACK")
    return summary


def apply(db: sqlite_utils.Database, data_dir: Path, path: Path, operator: str, passphrase: str | None = None,
          state: TaskState | None = None, backup: bool = True) -> ImportSummary:
    """Check, back up, apply in one transaction, log and archive. Returns the summary."""
    state = state or TaskState()
    checked = check(db, data_dir, path)
    summary = _summary(checked)
    if checked.stale:
        return _already_present(checked, summary)
    sections = _decrypt(db, data_dir, checked, passphrase)
    _assert_restore_allowed(db, checked)
    db_file = paths.db_path(Path(data_dir))
    last = _last_backup.get(str(db_file))
    if backup and db_file.exists() and (last is None or time.monotonic() - last >= BACKUP_EVERY):
        from rentan_desktop.maintenance.backup import create_backup

        create_backup(db_file, reason="before bundle import")
        _last_backup[str(db_file)] = time.monotonic()
    archive = Path(data_dir) / RECEIVED_DIR / checked.file_name
    db.execute("BEGIN IMMEDIATE")
    try:
        _apply_sections(db, checked, sections, summary, state)
        if summary.total("errors"):
            raise ImportBlocked(translate("sync", "{count} rows of {file} cannot be applied; nothing was "
                                                  "imported.").format(count=summary.total("errors"),
                                                                      file=checked.file_name), summary)
        summary.status = "applied"
        archive.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, archive)
        _record(db, checked, summary, operator, archive)
        if os.environ.get("RENTAN_TEST_PAUSE_IMPORT"):  # lets a test kill the process mid-transaction
            import sys

            print("PAUSED", flush=True, file=sys.stderr)
            time.sleep(float(os.environ["RENTAN_TEST_PAUSE_IMPORT"]))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return summary


def _assert_restore_allowed(db: sqlite_utils.Database, checked: Checked) -> None:
    if checked.header["kind"] != "restore":
        return
    if settings.get(db, "role") != "opd":
        raise BundleRefused(translate("sync", "A restore bundle is opened at a new OPD install."))
    busy = db.execute("SELECT (SELECT count(*) FROM sponsors) + (SELECT count(*) FROM workers) + "
                      "(SELECT count(*) FROM payments)").fetchone()[0]
    if busy:
        raise BundleRefused(translate("sync", "This install already has data; a restore bundle is only for a new "
                                              "install."))


def _record(db: sqlite_utils.Database, checked: Checked, summary: ImportSummary, operator: str,
            archive: Path) -> None:
    header = checked.header
    stamp = now_iso()
    cur = db.execute(
        "INSERT INTO sync_imports(at, operator, peer, kind, sequence, file_name, file_sha256, totals, summary, "
        "archived_as) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [stamp, operator, checked.peer, header["kind"], summary.sequence, checked.file_name,
         checked.bundle.file_sha256, json.dumps({"sender": summary.sender, **{c: summary.total(c) for c in CATEGORIES}}),
         summary.to_json(), str(archive)])
    import_id = cur.lastrowid
    for t in summary.tables:
        for uid, label, field_name, local, incoming in t.conflict_rows:
            db.execute("INSERT INTO sync_conflicts(import_id, at, peer, table_name, record_uid, label, field, "
                       "local_value, incoming_value) VALUES (?,?,?,?,?,?,?,?,?)",
                       [import_id, stamp, checked.peer, t.table, uid, label, field_name, local, incoming])
    link = registry.link(db, checked.peer)
    ack = header.get("ack") or {}
    values: dict[str, Any] = {"in_seq": summary.sequence, "in_hash": checked.bundle.file_sha256, "in_at": stamp,
                              "in_rev": max(link["in_rev"], int(header["rev_to"]))}
    if int(ack.get("rev") or 0) > link["acked_rev"]:
        values.update(acked_rev=int(ack["rev"]), acked_at=stamp)
    registry.update_link(db, checked.peer, **values)
    pending = keys.pending_rotation(db)
    if pending is not None and ack.get("key_id") == pending.key_id:
        _rotation_acked(db, checked.peer, pending.key_id)
    # The sender signs with its new key only once we acknowledged it: older keys retire then.
    db.execute("UPDATE sync_peers SET status = 'retired' WHERE peer = ? AND status = 'trusted' AND id < ?",
               [checked.peer, checked.key.id])
    announced = header.get("new_key")
    if announced:
        if keys.fingerprint(announced["sign_pub"], announced["age_recipient"]) != announced.get("fingerprint"):
            raise BundleRefused(translate("sync", "{file} announces a damaged new key.").format(file=checked.file_name))
        registry.add_key(db, peer=checked.peer, site_uid=header["sender"]["site_uid"], role=checked.key.role,
                         name=checked.key.name, key_id=announced["key_id"], sign_pub=announced["sign_pub"],
                         age_recipient=announced["age_recipient"], fingerprint=announced["fingerprint"],
                         source="rotation", status="trusted", operator=operator)


def _rotation_acked(db: sqlite_utils.Database, peer: str, key_id: str) -> None:
    value = keys.state(db)
    acks = set(value.get("rotation_acks", [])) | {peer}
    value["rotation_acks"] = sorted(acks)
    settings.put(db, keys.SETTING, value)
    everyone = {p.peer for p in registry.all_peers(db) if p.status == "trusted"}
    if everyone <= acks:
        value = keys.state(db)
        value.pop("rotation_acks", None)
        settings.put(db, keys.SETTING, value)
        keys.rotation_acknowledged(db, key_id)


# -- applying the payload ------------------------------------------------------------------

@dataclass
class _Context:
    opd_id: int | None  # the OPD the rows belong to
    summary: ImportSummary
    conflicts: list = field(default_factory=list)


def _apply_sections(db: sqlite_utils.Database, checked: Checked, sections: list, summary: ImportSummary,
                    state: TaskState) -> None:
    header = checked.header
    role = settings.get(db, "role")
    if role == "disnaker":
        opd_id = db.execute("SELECT id FROM opds WHERE code = ?", [checked.peer]).fetchone()
        if opd_id is None:
            raise BundleRefused(translate("sync", "OPD {code} is not in the OPD list; add it first.").format(
                code=checked.peer))
        opd_id = opd_id[0]
        expected = {t.key: t for t in tables("up")}
    else:
        from rentan_desktop.store.site import own_opd_id

        opd_id = own_opd_id(db)
        expected = {t.key: t for t in tables("down")}
        if header["kind"] == "restore":
            expected.update({f"{t.name}:restore": t for t in restore_tables()})
    ctx = _Context(opd_id, summary)
    for i, (meta, rows) in enumerate(sections):
        state.check()
        state.progress(i, len(sections), translate("sync", "Applying {table}...").format(
            table=meta.get("table", meta.get("section"))))
        section = meta.get("section")
        if section == "table":
            spec = expected.get(f"{meta.get('table')}:{meta.get('direction')}")
            if spec is None:
                summary.notes.append(translate("sync", "Skipped rows of {table}: this install does not take them "
                                                       "from {sender}.").format(table=meta.get("table"),
                                                                                sender=summary.sender))
                continue
            _apply_table(db, spec, list(meta["columns"]), rows, ctx)
        elif section == "settings" and role == "opd":
            _apply_settings(db, meta.get("values") or {}, summary)
        elif section == "duplicate_flags" and role == "opd":
            _apply_flags(db, rows, summary)
        elif section == "link" and header["kind"] == "restore" and role == "opd":
            _apply_restored_link(db, meta)
    # Either side: status and paid_through follow the payments, answers and calendar just received.
    from rentan_desktop.payments import lifecycle

    lifecycle.refresh_workers(db, [r[0] for r in db.execute("SELECT id FROM workers WHERE opd_id = ?", [opd_id])],
                              cause=translate("sync", "bundle import"))


def _apply_settings(db: sqlite_utils.Database, values: dict[str, Any], summary: ImportSummary) -> None:
    from rentan_desktop.sync.tables import DOWN_SETTINGS

    t = summary.table("settings")
    for key, value in values.items():
        if key not in DOWN_SETTINGS or value is None:
            continue
        if settings.get(db, key) == value:
            t.add("present", key, key)
        else:
            settings.put(db, key, value)
            t.add("updated", key, key)


def _apply_flags(db: sqlite_utils.Database, rows: list[list[Any]], summary: ImportSummary) -> None:
    t = summary.table("duplicate_flags")
    stamp = now_iso()
    seen = set()
    for row in rows:
        if len(row) != 2 or not isinstance(row[0], str) or not isinstance(row[1], str):
            t.add("errors", str(row[:1]), "", translate("sync", "malformed row"))
            continue
        uid, others = row
        seen.add(uid)
        name = db.execute("SELECT name FROM workers WHERE uid = ?", [uid]).fetchone()
        label = name[0] if name else uid
        old = db.execute("SELECT other_opds, cleared_at FROM sync_duplicate_flags WHERE worker_uid = ?",
                         [uid]).fetchone()
        if old and old[0] == others and old[1] is None:
            t.add("present", uid, label)
            continue
        db.execute("INSERT INTO sync_duplicate_flags(worker_uid, other_opds, flagged_at) VALUES (?,?,?) "
                   "ON CONFLICT(worker_uid) DO UPDATE SET other_opds = excluded.other_opds, "
                   "flagged_at = excluded.flagged_at, cleared_at = NULL", [uid, others, stamp])
        t.add("new" if old is None or old[1] else "updated", uid, label,
              translate("sync", "also sponsored in OPD {codes}").format(codes=others))
    # The list is complete each time: a flag Disnaker no longer reports is cleared.
    for (uid,) in db.execute("SELECT worker_uid FROM sync_duplicate_flags WHERE cleared_at IS NULL").fetchall():
        if uid not in seen:
            db.execute("UPDATE sync_duplicate_flags SET cleared_at = ? WHERE worker_uid = ?", [stamp, uid])


def _apply_restored_link(db: sqlite_utils.Database, meta: dict[str, Any]) -> None:
    """A restored OPD continues Disnaker's view of its sequence and change numbers."""
    in_rev = int(meta.get("in_rev") or 0)
    if audit.current_rev(db) < in_rev:
        audit.next_rev(db, in_rev - audit.current_rev(db))
    registry.update_link(db, registry.DISNAKER, out_seq=int(meta.get("in_seq") or 0), out_hash=meta.get("in_hash"),
                         acked_rev=in_rev, acked_at=now_iso())


def _chunks(items: list, size: int = 500):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int) and not isinstance(value, bool)


def _apply_table(db: sqlite_utils.Database, spec: SyncTable, names: list[str], rows: list[list[Any]],
                 ctx: _Context) -> None:
    t = ctx.summary.table(spec.name)
    present = table_columns(db, spec.name)
    index = {n: i for i, n in enumerate(names)}
    if names[:1] != ["uid"]:
        t.add("errors", "", "", translate("sync", "rows have no uid"))
        return
    cols = [c for c in spec.columns if c in index and c in present]
    parents = [p for p in spec.parents if p.field in index and p.column in present]
    children = [(c, f"{c.table}:") for c in spec.children]
    child_index = {c.table: next((i for n, i in index.items() if n.startswith(c.table + ":")), None)
                   for c, _ in children}
    label_cols = [c for c in spec.label_fields if c in present]
    width = len(names)
    col_idx = [index[c] for c in cols]

    # 1. Shape of each row.
    good: list[list[Any]] = []
    for row in rows:
        uid = row[0] if row else None
        if len(row) != width or not isinstance(uid, str) or not uid or len(uid) > 64 or \
                not all(_scalar(row[i]) for i in col_idx):
            t.add("errors", str(uid)[:64], "", translate("sync", "malformed row"))
            continue
        good.append(row)

    # 2. What is here already.
    self_row = spec.extra.get("self_row")
    select_cols = ["id", "uid", *cols, *[p.column for p in parents]]
    if spec.opd_column and spec.opd_column in present:
        select_cols.append(spec.opd_column)
    select_cols += [c for c in label_cols if c not in select_cols]
    existing: dict[str, dict[str, Any]] = {}
    if self_row:
        row = db.execute(f"SELECT {', '.join(select_cols)} FROM {spec.name} WHERE id = ?", [ctx.opd_id]).fetchone()
        if row is not None:
            found = dict(zip(select_cols, row, strict=True))
            existing = {r[0]: found for r in good}
    else:
        for chunk in _chunks([r[0] for r in good]):
            marks = ",".join("?" * len(chunk))
            for row in db.execute(f"SELECT {', '.join(select_cols)} FROM {spec.name} WHERE uid IN ({marks})",
                                  chunk).fetchall():
                existing[row[1]] = dict(zip(select_cols, row, strict=True))
        if spec.match_on and all(c in index for c in spec.match_on):
            for row in good:
                if row[0] in existing:
                    continue
                where = " AND ".join(f"{c} = ?" for c in spec.match_on)
                found = db.execute(f"SELECT {', '.join(select_cols)} FROM {spec.name} WHERE {where}",
                                   [row[index[c]] for c in spec.match_on]).fetchone()
                if found is not None:
                    existing[row[0]] = {**dict(zip(select_cols, found, strict=True)), "_adopt": True}

    # 3. Parent uids -> local ids (rows arriving in this bundle resolve after their insert).
    parent_maps: dict[str, dict[str, int]] = {}
    for p in parents:
        wanted = list({r[index[p.field]] for r in good if isinstance(r[index[p.field]], str)})
        found_map: dict[str, int] = {}
        for chunk in _chunks(wanted):
            marks = ",".join("?" * len(chunk))
            found_map.update(db.execute(f"SELECT uid, id FROM {p.table} WHERE uid IN ({marks})", chunk).fetchall())
        parent_maps[p.field] = found_map
    incoming_uids = {r[0] for r in good} if any(p.table == spec.name for p in parents) else set()

    def label_of(row: list[Any], local: dict[str, Any] | None) -> str:
        parts = []
        for c in label_cols:
            value = row[index[c]] if c in index else (local or {}).get(c)
            if value is not None:
                parts.append(str(value))
        return " ".join(parts)

    # 4. Classify.
    inserts: list[list[Any]] = []
    deferred: list[list[Any]] = []  # rows whose parent is a row of this same bundle and table
    updates: dict[tuple[str, ...], list[list[Any]]] = {}
    child_writes: list[tuple[int | str, list]] = []
    for row in good:
        uid = row[0]
        local = existing.get(uid)
        resolved: dict[str, Any] = {}
        missing = None
        waits = False
        for p in parents:
            ref = row[index[p.field]]
            if ref is None:
                resolved[p.column] = None
            elif ref in parent_maps[p.field]:
                resolved[p.column] = parent_maps[p.field][ref]
            elif p.table == spec.name and ref in incoming_uids:
                waits = True
                resolved[p.column] = ref
            else:
                missing = (p, ref)
        if missing is not None:
            t.add("errors", uid, label_of(row, local), translate("sync", "refers to a {table} record this install "
                                                                         "does not have").format(table=missing[0].table))
            continue
        if local is None:
            if spec.update_only:
                t.add_conflict(uid, label_of(row, None), "record", None, ctx.summary.sender, translate(
                    "sync", "this install does not have the record {sender} sent").format(sender=ctx.summary.sender))
                continue
            values = [uid, *[row[i] for i in col_idx], *[resolved[p.column] for p in parents]]
            if spec.opd_column and spec.opd_column in present:
                values.append(ctx.opd_id)
            (deferred if waits else inserts).append(values)
            for c, _ in children:
                if child_index[c.table] is not None:
                    child_writes.append((uid, row[child_index[c.table]]))
            t.add("new", uid, label_of(row, None))
            continue
        if spec.opd_column and spec.opd_column in local and local[spec.opd_column] != ctx.opd_id:
            t.add_conflict(uid, label_of(row, local), "record", "", ctx.summary.sender, translate(
                "sync", "the record belongs to another OPD but {sender} sent it").format(sender=ctx.summary.sender))
            continue
        incoming = {c: row[index[c]] for c in cols}
        incoming.update({p.column: resolved[p.column] for p in parents if not (waits and p.table == spec.name)})
        changes, conflicts = spec.merge(local, incoming) if spec.merge else (
            {k: v for k, v in incoming.items() if local.get(k) != v}, [])
        if local.get("_adopt"):
            changes["uid"] = uid
        for c, _ in children:
            rows_in = row[child_index[c.table]] if child_index[c.table] is not None else None
            if rows_in is not None:
                have = [list(r) for r in db.execute(
                    f"SELECT {', '.join(c.columns)} FROM {c.table} WHERE {c.fk} = ? ORDER BY {c.order_by}",
                    [local["id"]]).fetchall()]
                if have != rows_in:
                    child_writes.append((local["id"], rows_in))
                    changes.setdefault("_children", True)
        label = label_of(row, local)
        for field_name, mine, theirs in conflicts:
            t.add_conflict(uid, label, field_name, mine, theirs, f"{field_name}: {mine} -> {theirs}")
        if changes:
            changes.pop("_children", None)
            if changes:
                updates.setdefault(tuple(sorted(changes)), []).append([*[changes[k] for k in sorted(changes)],
                                                                       local["id"]])
            t.add("updated", uid, label, ", ".join(sorted(k for k in changes if k != "uid")))
        elif not conflicts:
            t.add("present", uid, label)

    # 5. Write: updates first (a live payment may be reversed before its replacement arrives).
    try:
        for changed, batch in updates.items():
            assigns = ", ".join(f"{c} = ?" for c in changed)
            db.conn.executemany(f"UPDATE {spec.name} SET {assigns} WHERE id = ?", batch)
        insert_cols = ["uid", *cols, *[p.column for p in parents]]
        if spec.opd_column and spec.opd_column in present:
            insert_cols.append(spec.opd_column)
        sql = f"INSERT INTO {spec.name} ({', '.join(insert_cols)}) VALUES ({', '.join('?' * len(insert_cols))})"
        if inserts:
            db.conn.executemany(sql, inserts)
        while deferred:
            self_parents = [i for i, p in enumerate(parents) if p.table == spec.name]
            refs = {v[1 + len(cols) + i] for v in deferred for i in self_parents}
            ids = {}
            for chunk in _chunks([r for r in refs if isinstance(r, str)]):
                marks = ",".join("?" * len(chunk))
                ids.update(db.execute(f"SELECT uid, id FROM {spec.name} WHERE uid IN ({marks})", chunk).fetchall())
            ready, later = [], []
            for v in deferred:
                if all(not isinstance(v[1 + len(cols) + i], str) or v[1 + len(cols) + i] in ids for i in self_parents):
                    for i in self_parents:
                        ref = v[1 + len(cols) + i]
                        if isinstance(ref, str):
                            v[1 + len(cols) + i] = ids[ref]
                    ready.append(v)
                else:
                    later.append(v)
            if not ready:
                for v in later:
                    t.add("errors", v[0], "", translate("sync", "refers to a {table} record this install does not "
                                                                "have").format(table=spec.name))
                break
            db.conn.executemany(sql, ready)
            deferred = later
        for owner, child_rows in child_writes:
            owner_id = owner if isinstance(owner, int) else db.execute(
                f"SELECT id FROM {spec.name} WHERE uid = ?", [owner]).fetchone()[0]
            for c, _ in children:
                db.execute(f"DELETE FROM {c.table} WHERE {c.fk} = ?", [owner_id])
                db.conn.executemany(
                    f"INSERT INTO {c.table} ({c.fk}, {', '.join(c.columns)}) VALUES (?, {', '.join('?' * len(c.columns))})",
                    [[owner_id, *r] for r in child_rows])
    except Exception as exc:  # a CHECK, UNIQUE or foreign key the rows break
        import sqlite3

        if not isinstance(exc, sqlite3.DatabaseError):
            raise
        t.add("errors", "", "", translate("sync", "the database refused these rows: {reason}").format(reason=exc))


# -- the import log and conflicts ---------------------------------------------------------

def import_history(db: sqlite_utils.Database, limit: int = 200) -> list[dict[str, Any]]:
    """The import log, newest first: who, when, which file, the totals (the full summary by id)."""
    cols = ("id", "at", "operator", "peer", "kind", "sequence", "file_name", "file_sha256", "totals", "archived_as")
    rows = db.execute(f"SELECT {', '.join(cols)} FROM sync_imports ORDER BY id DESC LIMIT ?", [limit]).fetchall()
    out = []
    for r in rows:
        item = dict(zip(cols, r, strict=True))
        item["totals"] = json.loads(item["totals"])
        out.append(item)
    return out


def import_summary(db: sqlite_utils.Database, import_id: int) -> ImportSummary:
    row = db.execute("SELECT summary FROM sync_imports WHERE id = ?", [import_id]).fetchone()
    if row is None:
        raise UserError(translate("sync", "This import is not in the log."))
    return ImportSummary.from_json(row[0])


def open_conflicts(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    cols = ("id", "at", "peer", "table_name", "record_uid", "label", "field", "local_value", "incoming_value")
    rows = db.execute(f"SELECT {', '.join(cols)} FROM sync_conflicts WHERE status = 'open' ORDER BY id").fetchall()
    return [dict(zip(cols, r, strict=True)) for r in rows]


def resolve_conflict(db: sqlite_utils.Database, conflict_id: int, operator: str, take_incoming: bool) -> None:
    """A person decides: keep this install's value, or take the one the bundle brought."""
    row = db.execute("SELECT table_name, record_uid, field, local_value, incoming_value, status FROM sync_conflicts "
                     "WHERE id = ?", [conflict_id]).fetchone()
    if row is None or row[5] != "open":
        raise UserError(translate("sync", "This conflict was already decided."))
    table, uid, field_name, local, incoming, _ = row
    with db.atomic():
        if take_incoming and field_name != "record" and field_name in table_columns(db, table):
            before = db.execute(f"SELECT {field_name} FROM {table} WHERE uid = ?", [uid]).fetchone()
            value = incoming
            db.execute(f"UPDATE {table} SET {field_name} = ?, rev = ? WHERE uid = ?",
                       [value, audit.next_rev(db), uid])
            audit.record(db, operator=operator, table=table, uid=uid, action="sync_conflict",
                         before={field_name: before[0] if before else None}, after={field_name: value},
                         note=translate("sync", "conflict decided: took the value from the bundle"))
        db.execute("UPDATE sync_conflicts SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?",
                   ["took_incoming" if take_incoming else "kept_local", operator, now_iso(), conflict_id])


def quarantined(data_dir: Path) -> list[dict[str, Any]]:
    """At Disnaker: bundles refused for an unknown key, kept for review (newest first)."""
    folder = Path(data_dir) / QUARANTINE_DIR
    out = []
    for meta in folder.glob("*.json"):
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        out.append({**info, "path": str(meta.with_suffix(""))})
    return sorted(out, key=lambda i: i.get("received_at", ""), reverse=True)


def duplicate_flags(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """At an OPD: workers Disnaker found sponsored in another OPD too."""
    rows = db.execute("""SELECT f.worker_uid, w.name, f.other_opds, f.flagged_at FROM sync_duplicate_flags f
                         LEFT JOIN workers w ON w.uid = f.worker_uid WHERE f.cleared_at IS NULL
                         ORDER BY w.name""").fetchall()
    return [dict(zip(("worker_uid", "name", "other_opds", "flagged_at"), r, strict=True)) for r in rows]
