"""The branch's answer to a registration file: NIK -> KPJ, start date, accepted or rejected.

Read, checked row by row (every problem names file, row, column and value), previewed, and
applied in one transaction only when every row is right: nothing is half-applied. Accepted
workers get their KPJ number and start date and become 'active'; rejected ones keep the
branch's reason so the OPD can correct the record. These columns are Disnaker's and travel
back to the OPDs in return bundles.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from rentan_desktop.disnaker.sheet import Problem, Sheet, cell_text, read_sheet
from rentan_desktop.domain.dates import parse_date
from rentan_desktop.domain.digits import strip_separators
from rentan_desktop.i18n import translate
from rentan_desktop.store import audit
from rentan_desktop.store.clock import now_iso, today_iso
from rentan_desktop.tasks import TaskState

ALIASES: dict[str, tuple[str, ...]] = {
    "nik": ("NIK", "No KTP", "Nomor KTP", "Nomor Induk Kependudukan", "NIK Peserta"),
    "kpj": ("KPJ", "No KPJ", "Nomor KPJ", "No Peserta", "Nomor Peserta", "Nomor Kepesertaan", "KPJ number"),
    "start_date": ("Tanggal Kepesertaan", "Tgl Kepesertaan", "Tanggal Mulai", "Tgl Mulai", "Tanggal Efektif",
                   "TMT", "Start date", "Tanggal Aktif"),
    "result": ("Status", "Hasil", "Status Pendaftaran", "Result", "Keputusan"),
    "reason": ("Alasan", "Alasan Penolakan", "Keterangan", "Reason", "Catatan"),
    "name": ("Nama", "Nama Peserta", "Nama Lengkap", "Name"),
}

ACCEPTED_WORDS = {"diterima", "terima", "accepted", "accept", "berhasil", "sukses", "ok", "aktif", "valid",
                  "terdaftar", "success"}
REJECTED_WORDS = {"ditolak", "tolak", "rejected", "reject", "gagal", "tidak valid", "invalid", "failed",
                  "tidak terdaftar"}


@dataclass
class Planned:
    row: int
    worker_uid: str
    name: str
    opd_code: str
    outcome: str  # 'accepted' | 'rejected'
    kpj: str | None
    start_date: str | None
    reason: str | None
    change: str  # 'apply' | 'unchanged'


@dataclass
class ResultImport:
    file: str
    planned: list[Planned] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    applied: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def accepted(self) -> int:
        return sum(1 for p in self.planned if p.outcome == "accepted" and p.change == "apply")

    @property
    def rejected(self) -> int:
        return sum(1 for p in self.planned if p.outcome == "rejected" and p.change == "apply")

    @property
    def unchanged(self) -> int:
        return sum(1 for p in self.planned if p.change == "unchanged")


def _outcome(cells: dict[str, Any]) -> str | None:
    word = " ".join(cell_text(cells.get("result")).lower().split())
    if word in ACCEPTED_WORDS:
        return "accepted"
    if word in REJECTED_WORDS:
        return "rejected"
    if not word:  # no status column or empty cell: a KPJ number means accepted
        if cell_text(cells.get("kpj")):
            return "accepted"
        if cell_text(cells.get("reason")):
            return "rejected"
    return None


def _candidates(db: sqlite_utils.Database) -> dict[str, list[dict[str, Any]]]:
    rows = db.execute("""
        SELECT w.uid, w.nik, w.name, w.kpj, w.bpjs_status, w.bpjs_start_date, w.bpjs_reason, o.code,
               (SELECT outcome FROM duplicate_decisions d WHERE d.worker_uid = w.uid AND d.superseded = 0)
        FROM workers w JOIN opds o ON o.id = w.opd_id
        WHERE w.status != 'ended' AND w.bpjs_status IS NOT NULL""").fetchall()
    found: dict[str, list[dict[str, Any]]] = {}
    keys = ("uid", "nik", "name", "kpj", "bpjs_status", "bpjs_start_date", "bpjs_reason", "opd_code", "dup")
    for r in rows:
        found.setdefault(r[1], []).append(dict(zip(keys, r, strict=True)))
    return found


def check_result(db: sqlite_utils.Database, sheet: Sheet) -> ResultImport:
    report = ResultImport(sheet.name)
    candidates = _candidates(db)
    kpj_owner = {r[0]: r[1] for r in db.execute("SELECT kpj, uid FROM workers WHERE kpj IS NOT NULL AND kpj != ''")}
    seen_nik: dict[str, int] = {}
    seen_kpj: dict[str, int] = {}

    def bad(row: int, fld: str, value: Any, message: str) -> None:
        report.problems.append(sheet.problem(row, fld, value, message))

    for row_no, cells in sheet.rows:
        raw_nik = cells.get("nik")
        nik = strip_separators(cell_text(raw_nik))
        if "e" in nik.lower():
            bad(row_no, "nik", raw_nik, translate(
                "bpjs_import", "The NIK was turned into a number by Excel and lost its last digits."))
            continue
        if len(nik) != 16 or not nik.isdigit():
            bad(row_no, "nik", raw_nik, translate("bpjs_import", "A NIK has exactly 16 digits."))
            continue
        if nik in seen_nik:
            bad(row_no, "nik", raw_nik, translate("bpjs_import", "This NIK is also on row {row}.").format(
                row=seen_nik[nik]))
            continue
        seen_nik[nik] = row_no
        matches = candidates.get(nik, [])
        if len(matches) > 1:
            matches = [m for m in matches if m["bpjs_status"] == "submitted" and m["dup"] in (None, "stands")]
        if not matches:
            bad(row_no, "nik", raw_nik, translate(
                "bpjs_import", "No worker with this NIK was sent to BPJS for registration."))
            continue
        if len(matches) > 1:
            bad(row_no, "nik", raw_nik, translate(
                "bpjs_import", "This NIK was sent for more than one OPD; decide the duplicate case first."))
            continue
        worker = matches[0]
        outcome = _outcome(cells)
        if outcome is None:
            bad(row_no, "result" if "result" in sheet.headers else "kpj", cells.get("result"), translate(
                "bpjs_import", "Say whether the registration was accepted (Diterima) or rejected (Ditolak)."))
            continue
        kpj = start = reason = None
        if outcome == "accepted":
            raw_kpj = cells.get("kpj")
            kpj = strip_separators(cell_text(raw_kpj))
            if not kpj:
                bad(row_no, "kpj", raw_kpj, translate("bpjs_import", "An accepted registration needs its KPJ number."))
                continue
            if not kpj.isdigit() or not 8 <= len(kpj) <= 16:
                bad(row_no, "kpj", raw_kpj, translate("bpjs_import", "A KPJ number is made of 11 digits."))
                continue
            owner = kpj_owner.get(kpj)
            if owner and owner != worker["uid"]:
                bad(row_no, "kpj", raw_kpj, translate(
                    "bpjs_import", "This KPJ number already belongs to another worker."))
                continue
            if kpj in seen_kpj:
                bad(row_no, "kpj", raw_kpj, translate("bpjs_import", "This KPJ number is also on row {row}.").format(
                    row=seen_kpj[kpj]))
                continue
            seen_kpj[kpj] = row_no
            raw_start = cells.get("start_date")
            day = parse_date(raw_start)
            if "start_date" not in sheet.headers or day is None:
                bad(row_no, "start_date", raw_start, translate(
                    "bpjs_import", "An accepted registration needs its start date (e.g. 01/12/2026)."))
                continue
            start = day.isoformat()
            if worker["kpj"] and worker["kpj"] != kpj:
                bad(row_no, "kpj", raw_kpj, translate(
                    "bpjs_import", "This worker already has another KPJ number ({kpj}).").format(kpj=worker["kpj"]))
                continue
        else:
            reason = " ".join(cell_text(cells.get("reason")).split())
            if not reason:
                bad(row_no, "reason", cells.get("reason"), translate(
                    "bpjs_import", "A rejected registration needs the branch's reason."))
                continue
            if worker["bpjs_status"] == "accepted":
                bad(row_no, "result", cells.get("result"), translate(
                    "bpjs_import", "This worker was already accepted with KPJ {kpj}.").format(kpj=worker["kpj"]))
                continue
        same = (worker["bpjs_status"] == outcome and (worker["kpj"] or None) == kpj
                and worker["bpjs_start_date"] == start and (worker["bpjs_reason"] or None) == reason)
        report.planned.append(Planned(row_no, worker["uid"], worker["name"], worker["opd_code"], outcome, kpj,
                                      start, reason, "unchanged" if same else "apply"))
    return report


def import_result(db: sqlite_utils.Database, operator: str, path: Path | str, *, dry_run: bool = False,
                  state: TaskState | None = None) -> ResultImport:
    """Check the result file; apply it (one transaction) when every row is right and not dry_run."""
    sheet = read_sheet(path, ALIASES, required=("nik",))
    report = check_result(db, sheet)
    if not report.ok or dry_run:
        return report
    todo = [p for p in report.planned if p.change == "apply"]
    state = state or TaskState()
    stamp = now_iso()
    today = today_iso()
    keys = ("status", "kpj", "bpjs_status", "bpjs_start_date", "bpjs_reason")
    accepted, rejected, trail = [], [], []
    with db.atomic():
        rev = audit.next_rev(db)
        before: dict[str, dict[str, Any]] = {}
        uids = [p.worker_uid for p in todo]
        for start in range(0, len(uids), 500):
            chunk = uids[start:start + 500]
            for row in db.execute(f"SELECT uid, {', '.join(keys)} FROM workers WHERE uid IN "
                                  f"({','.join('?' * len(chunk))})", chunk):
                before[row[0]] = dict(zip(keys, row[1:], strict=True))
        for p in todo:
            old = before[p.worker_uid]
            if p.outcome == "accepted":
                after = {"kpj": p.kpj, "bpjs_status": "accepted", "bpjs_start_date": p.start_date,
                         "bpjs_reason": None, "status": "active"}
                accepted.append((p.kpj, p.start_date, today, stamp, rev, p.worker_uid))
            else:
                # Back to draft with the branch's reason: the registration is not complete.
                after = {"bpjs_status": "rejected", "bpjs_reason": p.reason,
                         "status": "draft" if old.get("status") == "submitted" else old.get("status")}
                rejected.append((p.reason, today, stamp, rev, p.worker_uid))
            changed = {k: v for k, v in after.items() if old.get(k) != v}
            trail.append((stamp, operator, p.worker_uid, json.dumps({k: old.get(k) for k in changed}),
                          json.dumps(changed), f"{report.file} row {p.row}"))
        state.progress(0, len(todo))
        # A worker already active keeps the day it became active.
        db.conn.executemany(
            "UPDATE workers SET kpj = ?, bpjs_status = 'accepted', bpjs_start_date = ?, bpjs_reason = NULL, "
            "status_changed_on = CASE WHEN status = 'active' THEN status_changed_on ELSE ? END, "
            "status = 'active', updated_at = ?, rev = ? WHERE uid = ?", accepted)
        db.conn.executemany(
            "UPDATE workers SET bpjs_status = 'rejected', bpjs_reason = ?, "
            "status_changed_on = CASE WHEN status = 'submitted' THEN ? ELSE status_changed_on END, "
            "status = CASE WHEN status = 'submitted' THEN 'draft' ELSE status END, updated_at = ?, rev = ? "
            "WHERE uid = ?", rejected)
        db.conn.executemany("INSERT INTO audit_log(at, operator, table_name, record_uid, action, before, after, note) "
                            "VALUES (?, ?, 'workers', ?, 'bpjs_result', ?, ?, ?)", trail)
        state.progress(len(todo), len(todo))
    report.applied = True
    return report


def record_answer(db: sqlite_utils.Database, operator: str, worker_uid: str, outcome: str, *,
                  kpj: str | None = None, start_date: Any = None, reason: str | None = None) -> None:
    """Record one worker's BPJS answer by hand (a letter from the branch, a phone call). Audited."""
    from rentan_desktop.domain.issues import Issue, ValidationError

    issues: list[Issue] = []
    row = db.execute("SELECT id, status, kpj, bpjs_status, bpjs_start_date, bpjs_reason FROM workers WHERE uid = ?",
                     [worker_uid]).fetchone()
    if row is None:
        raise ValidationError([Issue("worker", translate("bpjs_import", "The worker no longer exists."))])
    if outcome not in ("accepted", "rejected", "submitted"):
        issues.append(Issue("outcome", translate("bpjs_import", "Unknown BPJS answer.")))
    after: dict[str, Any] = {"bpjs_status": outcome}
    if outcome == "accepted":
        kpj = strip_separators(kpj or "")
        if not kpj.isdigit() or not 8 <= len(kpj) <= 16:
            issues.append(Issue("kpj", translate("bpjs_import", "A KPJ number is made of 11 digits.")))
        elif db.execute("SELECT 1 FROM workers WHERE kpj = ? AND uid != ?", [kpj, worker_uid]).fetchone():
            issues.append(Issue("kpj", translate("bpjs_import", "This KPJ number already belongs to another worker.")))
        day = parse_date(start_date)
        if day is None:
            issues.append(Issue("start_date", translate(
                "bpjs_import", "An accepted registration needs its start date (e.g. 01/12/2026).")))
        after.update(kpj=kpj, bpjs_start_date=day.isoformat() if day else None, bpjs_reason=None, status="active")
    elif outcome == "rejected":
        reason = " ".join((reason or "").split())
        if not reason:
            issues.append(Issue("reason", translate("bpjs_import", "A rejected registration needs the branch's reason.")))
        after.update(bpjs_reason=reason)
        if row[1] == "submitted":
            after["status"] = "draft"  # back to draft with the branch's reason
    if issues:
        raise ValidationError(issues)
    keys = ("status", "kpj", "bpjs_status", "bpjs_start_date", "bpjs_reason")
    before = dict(zip(keys, row[1:], strict=True))
    if after.get("status") in ("active", "draft") and before["status"] != after["status"]:
        after["status_changed_on"] = today_iso()
    with db.atomic():
        db["workers"].update(row[0], {**after, "updated_at": now_iso(), "rev": audit.next_rev(db)})
        audit.record(db, operator=operator, table="workers", uid=worker_uid, action="bpjs_answer", before=before,
                     after={**before, **after}, note=translate("bpjs_import", "entered by hand"))
