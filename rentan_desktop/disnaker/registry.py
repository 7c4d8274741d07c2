"""The Pemda's OPDs as Disnaker keeps them: add, edit, import a list, hand out provisioning.

Every change is audited and stamps the change sequence (`rev`), so the OPD list travels in
return bundles like any other record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from rentan_desktop import fields
from rentan_desktop.disnaker.sheet import Problem, cell_text, read_sheet
from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.domain.nip import check_nip
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.roster.convert import placeholder
from rentan_desktop.store import audit, settings
from rentan_desktop.store.clock import new_uid, now_iso

FIELDS = ("code", "name", "head_name", "head_nip", "contact", "address", "asn_count")

# Spreadsheet header spellings of the OPD list, from the field registry.
ALIASES: dict[str, tuple[str, ...]] = {f: fields.field("opds", f).headers for f in FIELDS}
_COUNT_UNIT = re.compile(r"\s*(orang|org\.?|pegawai|peg\.?|asn|jiwa|people|persons?)\s*$", re.IGNORECASE)


def list_opds(db: sqlite_utils.Database, include_inactive: bool = True) -> list[dict[str, Any]]:
    """Every OPD with how many sponsors and workers it has sent (not ended)."""
    where = "" if include_inactive else "WHERE o.active = 1"
    rows = db.execute(f"""
        SELECT o.id, o.uid, o.code, o.name, o.head_name, o.head_nip, o.contact, o.address, o.asn_count,
               o.active, o.updated_at,
               (SELECT count(*) FROM sponsors s WHERE s.opd_id = o.id AND s.status = 'active') AS sponsors,
               (SELECT count(*) FROM workers w WHERE w.opd_id = o.id AND w.status != 'ended') AS workers
        FROM opds o {where} ORDER BY o.code""").fetchall()
    keys = ("id", "uid", "code", "name", "head_name", "head_nip", "contact", "address", "asn_count", "active",
            "updated_at", "sponsors", "workers")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def get_opd(db: sqlite_utils.Database, uid: str) -> dict[str, Any]:
    rows = list(db["opds"].rows_where("uid = ?", [uid]))
    if not rows:
        raise ValidationError([Issue("uid", translate("registry", "The OPD no longer exists."))])
    return rows[0]


def validate_opd(data: dict[str, Any]) -> tuple[dict[str, Any], list[Issue]]:
    clean: dict[str, Any] = {}
    issues: list[Issue] = []
    for key in FIELDS:
        value = data.get(key)
        clean[key] = " ".join(cell_text(value).split()) or None
    if not clean["code"]:
        issues.append(Issue("code", translate("registry", "The OPD code is required (e.g. 1.01).")))
    elif len(clean["code"]) > 20:
        issues.append(Issue("code", translate("registry", "The OPD code is too long (20 characters at most).")))
    if not clean["name"]:
        issues.append(Issue("name", translate("registry", "The OPD name is required.")))
    if clean["head_nip"]:
        nip = check_nip(clean["head_nip"], field_name="head_nip")
        if nip.valid:
            clean["head_nip"] = nip.nip
        else:
            issues.extend(nip.issues)
    count = clean["asn_count"]
    if count is None:
        clean["asn_count"] = None
    else:
        # "86 orang", "1.250 pegawai": a count written with its unit, as OPD lists hold it (QA walk r5, 9)
        text = _COUNT_UNIT.sub("", count).replace(".", "").replace(",", "").replace(" ", "")
        if not text.isdigit():
            issues.append(Issue("asn_count", translate(
                "registry", "The number of ASN must be a whole number (got '{value}').").format(value=count)))
            clean["asn_count"] = None
        else:
            clean["asn_count"] = int(text)
    return clean, issues


def save_opd(db: sqlite_utils.Database, operator: str, data: dict[str, Any], uid: str | None = None) -> str:
    """Add (uid None) or edit an OPD; returns its uid. Audited, rev bumped."""
    clean, issues = validate_opd(data)
    if clean["code"] and not issues:
        other = db.execute("SELECT name FROM opds WHERE code = ? AND uid IS NOT ?", [clean["code"], uid]).fetchone()
        if other:
            issues.append(Issue("code", translate("registry", "The code {code} is already used by {name}.").format(
                code=clean["code"], name=other[0])))
    if clean["code"] and uid is not None and not issues:
        _refuse_code_change(db, uid, clean["code"])
    if issues:
        raise ValidationError(issues)
    stamp = now_iso()
    with db.atomic():
        rev = audit.next_rev(db)
        if uid is None:
            uid = new_uid()
            record = {**clean, "uid": uid, "active": 1, "created_at": stamp, "updated_at": stamp, "rev": rev}
            db["opds"].insert(record)
            audit.record(db, operator=operator, table="opds", uid=uid, action="create", after=record)
        else:
            before = get_opd(db, uid)
            db["opds"].update(before["id"], {**clean, "updated_at": stamp, "rev": rev})
            audit.record(db, operator=operator, table="opds", uid=uid, action="update", before=before,
                         after={**before, **clean})
    return uid


def _refuse_code_change(db: sqlite_utils.Database, uid: str, code: str) -> None:
    """An OPD's code names its sync peer, its bundles and the OPD install's own setting: while it
    exchanges bundles with Disnaker the code cannot change here (both sides would lose each other)."""
    row = db.execute("SELECT code FROM opds WHERE uid = ?", [uid]).fetchone()
    if row is None or row[0] == code:
        return
    peer = db.execute("SELECT 1 FROM sync_peers WHERE peer = ? AND status IN ('pending', 'trusted')",
                      [row[0]]).fetchone()
    if peer is not None:
        raise UserError(translate(
            "registry", "OPD {old} exchanges bundles with this install under its code, so the code cannot "
                        "change here. To renumber it, revoke its key in the Sync tab first, then change the "
                        "code and provision the OPD again under {new}.").format(old=row[0], new=code))


def uid_of_code(db: sqlite_utils.Database, code: str) -> str:
    """The uid of the OPD with this code; a clear message when there is none."""
    row = db.execute("SELECT uid FROM opds WHERE code = ?", [(code or "").strip()]).fetchone()
    if row is None:
        raise ValidationError([Issue("code", translate("registry", "No OPD has the code {code}.").format(code=code))])
    return row[0]


def set_active(db: sqlite_utils.Database, operator: str, uid: str, active: bool, reason: str = "") -> None:
    """An OPD that merged or closed is marked inactive, never deleted (its records stay)."""
    with db.atomic():
        before = get_opd(db, uid)
        if bool(before["active"]) == bool(active):
            return
        db["opds"].update(before["id"], {"active": int(active), "updated_at": now_iso(), "rev": audit.next_rev(db)})
        audit.record(db, operator=operator, table="opds", uid=uid, action="update", before=before,
                     after={**before, "active": int(active)}, note=reason or None)


@dataclass
class OpdImport:
    file: str
    created: list[str] = field(default_factory=list)  # codes
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    applied: bool = False
    skipped_rows: list[int] = field(default_factory=list)  # totals, numbering rows: not OPDs

    @property
    def ok(self) -> bool:
        return not self.problems

    def skipped_text(self) -> str:
        """'' or the rows left out as not OPDs (a total, a numbering row), so the clerk can check them."""
        if not self.skipped_rows:
            return ""
        return translate("registry", "Rows {rows} were skipped: they are not OPDs (a total or a numbering "
                                     "row).").format(rows=", ".join(str(r) for r in self.skipped_rows))


def import_opds(db: sqlite_utils.Database, operator: str, path: Path | str, *, dry_run: bool = False) -> OpdImport:
    """Read an OPD list (.xlsx/.csv); add new codes, update known ones. All rows or none."""
    sheet = read_sheet(path, ALIASES, required=("code", "name"), id_field="code")
    report = OpdImport(sheet.name, skipped_rows=list(sheet.skipped))
    existing = {r[0]: r[1] for r in db.execute("SELECT code, uid FROM opds")}
    seen: dict[str, int] = {}
    planned: list[tuple[str | None, dict[str, Any]]] = []
    for row_no, cells in sheet.rows:
        # '-', 'n/a', 'tidak ada' in an optional column mean nothing there (as in the roster import)
        cells = {k: (None if k not in ("code", "name") and placeholder(v) else v) for k, v in cells.items()}
        clean, issues = validate_opd(cells)
        for issue in issues:
            report.problems.append(sheet.problem(row_no, issue.field, cells.get(issue.field), issue.message))
        code = clean.get("code")
        if code and code in seen:
            report.problems.append(sheet.problem(row_no, "code", code, translate(
                "registry", "The code also appears on row {row}.").format(row=seen[code])))
        if code:
            seen[code] = row_no
        if issues:
            continue
        uid = existing.get(code)
        if uid:
            before = get_opd(db, uid)
            given = {k: v for k, v in clean.items() if v is not None}
            if all(before.get(k) == v for k, v in given.items()):
                report.unchanged.append(code)
                continue
            merged = {k: before.get(k) for k in FIELDS} | given
            planned.append((uid, merged))
            report.updated.append(code)
        else:
            planned.append((None, clean))
            report.created.append(code)
    if report.problems or dry_run:
        return report
    with db.atomic():
        for uid, data in planned:
            save_opd(db, operator, data, uid)
    report.applied = True
    return report


@dataclass
class Provisioning:
    files: list[Path]
    letter: Path | None


def issue_provisioning(db: sqlite_utils.Database, data_dir: Path, opd_code: str, out_dir: Path,
                       passphrase: str | None = None) -> Provisioning:
    """Produce the OPD's provisioning file (Disnaker's public keys) and the fingerprint letter.

    The sync area makes the file and the printing area the letter: Disnaker's head signs the
    letter, and the OPD compares its fingerprint with the one its screen shows when it opens
    the provisioning file, before it trusts Disnaker's key.
    """
    from rentan_desktop.printing import fingerprint_letter
    from rentan_desktop.sync.keys import own_public
    from rentan_desktop.sync.provisioning import provision_opd

    row = db.execute("SELECT code, name FROM opds WHERE code = ?", [opd_code.strip()]).fetchone()
    if row is None:
        raise UserError(translate("registry", "OPD {code} is not in the OPD list.").format(code=opd_code))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = Path(provision_opd(db, data_dir, row[0], out_dir, passphrase=passphrase))
    public = own_public(db)
    pemda = settings.get(db, "pemda", "")
    letter = fingerprint_letter.render(
        out_dir / f"surat-sidik-jari-{row[0].replace('/', '-')}.pdf", db=db,
        title=translate("registry", "DISNAKER KEY FINGERPRINT LETTER"),
        site_label=translate("registry", "Disnaker {pemda}, for OPD {code} {name}").format(
            pemda=pemda, code=row[0], name=row[1]),
        fingerprint=public.fingerprint,
        key_text=f"{public.key_id}\n{public.sign_pub}\n{public.age_recipient}")
    return Provisioning([path], Path(letter))
