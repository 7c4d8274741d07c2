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
from rentan_desktop.store.sql import chunked, marks
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
# The branch answers with what it has: a row still in process is neither accepted nor rejected; the
# worker stays "sent, waiting for BPJS" and the other rows are recorded (QA walk r5, 15).
PENDING_WORDS = {"proses", "dalam proses", "diproses", "sedang diproses", "masih diproses", "menunggu",
                 "menunggu verifikasi", "verifikasi", "dalam verifikasi", "pending", "in process", "processing",
                 "on process", "belum diproses"}


@dataclass
class Planned:
    row: int
    worker_uid: str
    name: str
    opd_code: str
    outcome: str  # 'accepted' | 'rejected' | 'pending' (still in process at the branch)
    kpj: str | None
    start_date: str | None
    reason: str | None
    change: str  # 'apply' | 'unchanged' | 'wait' (a pending row: nothing is recorded)


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

    @property
    def pending(self) -> int:
        """Rows the branch is still processing: left as sent, recorded by a later answer."""
        return sum(1 for p in self.planned if p.change == "wait")


def _outcome(cells: dict[str, Any]) -> str | None:
    word = " ".join(cell_text(cells.get("result")).lower().split())
    if word in ACCEPTED_WORDS:
        return "accepted"
    if word in REJECTED_WORDS:
        return "rejected"
    if word in PENDING_WORDS:
        return "pending"
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


class _RowRefused(Exception):
    """One row of the result file is wrong: the field, the cell as read and what to do."""

    def __init__(self, field_name: str, value: Any, message: str):
        super().__init__(message)
        self.field_name, self.value, self.message = field_name, value, message


@dataclass
class _ResultRows:
    """The checks of one result file, row by row, remembering NIKs and KPJs already seen."""

    sheet: Sheet
    candidates: dict[str, list[dict[str, Any]]]
    kpj_owner: dict[str, str]
    seen_nik: dict[str, int] = field(default_factory=dict)
    seen_kpj: dict[str, int] = field(default_factory=dict)

    def plan(self, row_no: int, cells: dict[str, Any]) -> Planned:
        worker = self._worker(row_no, cells)
        outcome = _outcome(cells)
        if outcome is None:
            raise _RowRefused("result" if "result" in self.sheet.headers else "kpj", cells.get("result"), translate(
                "bpjs_import", "Say whether the registration was accepted (Diterima), rejected (Ditolak) or is still "
                               "in process (Proses)."))
        kpj = start = reason = None
        if outcome == "pending":
            return Planned(row_no, worker["uid"], worker["name"], worker["opd_code"], outcome, None, None, None, "wait")
        if outcome == "accepted":
            kpj, start = self._accepted(row_no, cells, worker)
        else:
            reason = self._rejected(cells, worker)
        same = (worker["bpjs_status"] == outcome and (worker["kpj"] or None) == kpj
                and worker["bpjs_start_date"] == start and (worker["bpjs_reason"] or None) == reason)
        return Planned(row_no, worker["uid"], worker["name"], worker["opd_code"], outcome, kpj, start, reason,
                       "unchanged" if same else "apply")

    def _worker(self, row_no: int, cells: dict[str, Any]) -> dict[str, Any]:
        raw_nik = cells.get("nik")
        nik = strip_separators(cell_text(raw_nik))
        if "e" in nik.lower():
            raise _RowRefused("nik", raw_nik, translate(
                "bpjs_import", "The NIK was turned into a number by Excel and lost its last digits."))
        if len(nik) != 16 or not nik.isdigit():
            raise _RowRefused("nik", raw_nik, translate("bpjs_import", "A NIK has exactly 16 digits."))
        if nik in self.seen_nik:
            raise _RowRefused("nik", raw_nik, translate("bpjs_import", "This NIK is also on row {row}.").format(
                row=self.seen_nik[nik]))
        self.seen_nik[nik] = row_no
        matches = self.candidates.get(nik, [])
        if len(matches) > 1:
            matches = [m for m in matches if m["bpjs_status"] == "submitted" and m["dup"] in (None, "stands")]
        if not matches:
            raise _RowRefused("nik", raw_nik, translate(
                "bpjs_import", "No worker with this NIK was sent to BPJS for registration."))
        if len(matches) > 1:
            raise _RowRefused("nik", raw_nik, translate(
                "bpjs_import", "This NIK was sent for more than one OPD; decide the duplicate case first."))
        return matches[0]

    def _accepted(self, row_no: int, cells: dict[str, Any], worker: dict[str, Any]) -> tuple[str, str]:
        raw_kpj = cells.get("kpj")
        kpj = strip_separators(cell_text(raw_kpj))
        if not kpj:
            raise _RowRefused("kpj", raw_kpj, translate("bpjs_import", "An accepted registration needs its KPJ number."))
        if not kpj.isdigit() or not 8 <= len(kpj) <= 16:
            raise _RowRefused("kpj", raw_kpj, translate("bpjs_import", "A KPJ number is made of 11 digits."))
        owner = self.kpj_owner.get(kpj)
        if owner and owner != worker["uid"]:
            raise _RowRefused("kpj", raw_kpj, translate(
                "bpjs_import", "This KPJ number already belongs to another worker."))
        if kpj in self.seen_kpj:
            raise _RowRefused("kpj", raw_kpj, translate("bpjs_import", "This KPJ number is also on row {row}.").format(
                row=self.seen_kpj[kpj]))
        self.seen_kpj[kpj] = row_no
        raw_start = cells.get("start_date")
        day = parse_date(raw_start)
        if "start_date" not in self.sheet.headers or day is None:
            raise _RowRefused("start_date", raw_start, translate(
                "bpjs_import", "An accepted registration needs its start date (e.g. 01/12/2026)."))
        if worker["kpj"] and worker["kpj"] != kpj:
            raise _RowRefused("kpj", raw_kpj, translate(
                "bpjs_import", "This worker already has another KPJ number ({kpj}).").format(kpj=worker["kpj"]))
        return kpj, day.isoformat()

    def _rejected(self, cells: dict[str, Any], worker: dict[str, Any]) -> str:
        reason = " ".join(cell_text(cells.get("reason")).split())
        if not reason:
            raise _RowRefused("reason", cells.get("reason"), translate(
                "bpjs_import", "A rejected registration needs the branch's reason."))
        if worker["bpjs_status"] == "accepted":
            raise _RowRefused("result", cells.get("result"), translate(
                "bpjs_import", "This worker was already accepted with KPJ {kpj}.").format(kpj=worker["kpj"]))
        return reason


def check_result(db: sqlite_utils.Database, sheet: Sheet) -> ResultImport:
    """Every row checked against the workers sent to BPJS: what would change, or what is wrong where."""
    report = ResultImport(sheet.name)
    kpj_owner = {r[0]: r[1] for r in db.execute("SELECT kpj, uid FROM workers WHERE kpj IS NOT NULL AND kpj != ''")}
    rows = _ResultRows(sheet, _candidates(db), kpj_owner)
    for row_no, cells in sheet.rows:
        try:
            report.planned.append(rows.plan(row_no, cells))
        except _RowRefused as refused:
            report.problems.append(sheet.problem(row_no, refused.field_name, refused.value, refused.message))
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
        for chunk in chunked(uids):
            for row in db.execute(f"SELECT uid, {', '.join(keys)} FROM workers WHERE uid IN ({marks(chunk)})",
                                  chunk):
                before[row[0]] = dict(zip(keys, row[1:], strict=True))
        for p in todo:
            old = before[p.worker_uid]
            if p.outcome == "accepted":
                after = {"kpj": p.kpj, "bpjs_status": "accepted", "bpjs_start_date": p.start_date,
                         "bpjs_reason": None, "status": "active"}
                accepted.append((p.kpj, p.start_date, today, stamp, rev, p.worker_uid))
            else:
                after = {"bpjs_status": "rejected", "bpjs_reason": p.reason,
                         "status": "draft" if old.get("status") == "submitted" else old.get("status")}
                rejected.append((p.reason, stamp, rev, p.worker_uid))
            changed = {k: v for k, v in after.items() if old.get(k) != v}
            trail.append((stamp, operator, "workers", p.worker_uid, "bpjs_result",
                          json.dumps({k: old.get(k) for k in changed}), json.dumps(changed),
                          f"{report.file} row {p.row}"))
        state.progress(0, len(todo))
        # A worker already active keeps the day it became active.
        db.conn.executemany(
            "UPDATE workers SET kpj = ?, bpjs_status = 'accepted', bpjs_start_date = ?, bpjs_reason = NULL, "
            "status_changed_on = CASE WHEN status = 'active' THEN status_changed_on ELSE ? END, "
            "status = 'active', updated_at = ?, rev = ? WHERE uid = ?", accepted)
        # A rejected registration goes back to draft: the OPD corrects it and it is sent again.
        db.conn.executemany("UPDATE workers SET bpjs_status = 'rejected', bpjs_reason = ?, "
                            "status_changed_on = CASE WHEN status = 'submitted' THEN ? ELSE status_changed_on END, "
                            "status = CASE WHEN status = 'submitted' THEN 'draft' ELSE status END, "
                            "updated_at = ?, rev = ? WHERE uid = ?",
                            [(reason, today, stamp, rev, uid) for reason, stamp, rev, uid in rejected])
        audit.record_many(db, trail)
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
        if row[1] == "submitted":  # back to draft: the OPD corrects it and it is sent again
            after.update(status="draft", status_changed_on=today_iso())
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
