"""The registration file for the BPJS branch: workers ready to register, one row each.

Ready means: not ended, no KPJ yet, not already sent (or sent and rejected, when the
operator asks to send those again after the OPD corrected them, a re-registration that kept
its lapsed membership's KPJ included) -- or registered again after a
lapse (draft while BPJS's earlier acceptance and KPJ still stand: the row carries that KPJ as the
previous one) -- every registration field
filled, a sponsor, and no open or adverse duplicate decision. The file is written first;
only when it is on disk are the workers marked 'submitted' (one transaction), so a failed
write never leaves workers marked as sent.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils
import xlsxwriter

from rentan_desktop import fields
from rentan_desktop.disnaker import bpjs_template
from rentan_desktop.disnaker.duplicates import blocked_worker_uids, withdrawn_worker_uids
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.roster.readiness import missing_fields, rejected_again_sql, reregistering_sql
from rentan_desktop.store import audit, clock
from rentan_desktop.store.clock import now_iso
from rentan_desktop.tasks import TaskState

# What a BPU registration cannot go without, and what the tab calls it: from the field registry.
REQUIRED = fields.bpjs_required("workers")


def required_label(fld: str) -> str:
    return fields.label("workers", fld)


_SQL = """
    SELECT w.*, o.code AS opd_code, o.name AS opd_name, s.name AS sponsor_name, s.nip AS sponsor_nip,
           s.kind AS sponsor_kind, s.position AS sponsor_position, s.status AS sponsor_status
    FROM workers w JOIN opds o ON o.id = w.opd_id LEFT JOIN sponsors s ON s.id = w.sponsor_id
    WHERE w.status != 'ended' AND (((w.kpj IS NULL OR w.kpj = '') AND {sent}) OR {again})
    ORDER BY o.code, w.name
"""


@dataclass
class Readiness:
    ready: list[dict[str, Any]] = field(default_factory=list)
    incomplete: list[tuple[dict[str, Any], list[str]]] = field(default_factory=list)  # (worker, missing fields)
    blocked: list[dict[str, Any]] = field(default_factory=list)  # duplicate case open or decided against
    withdrawn: list[dict[str, Any]] = field(default_factory=list)  # of `blocked`: decided against, OPD to act

    def open_cases(self) -> int:
        """Held back by a duplicate case not decided yet (the Duplicates tab has them open)."""
        return len(self.blocked) - len(self.withdrawn)

    def by_opd(self) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = {}
        for kind, rows in (("ready", self.ready), ("incomplete", [w for w, _ in self.incomplete]),
                           ("blocked", self.blocked)):
            for w in rows:
                entry = counts.setdefault(w["opd_code"], {"name": w["opd_name"], "ready": 0, "incomplete": 0,
                                                          "blocked": 0})
                entry[kind] += 1
        return counts


def readiness(db: sqlite_utils.Database, *, include_rejected: bool = False) -> Readiness:
    sent = "(w.bpjs_status IS NULL OR w.bpjs_status = 'rejected')" if include_rejected else "w.bpjs_status IS NULL"
    again = reregistering_sql("w")
    if include_rejected:  # a re-registration BPJS rejected keeps the lapsed membership's KPJ: sent again too
        again = f"({again} OR {rejected_again_sql('w')})"
    blocked = blocked_worker_uids(db)
    withdrawn = withdrawn_worker_uids(db) if blocked else {}
    cursor = db.execute(_SQL.format(sent=sent, again=again))
    names = [d[0] for d in cursor.description]
    result = Readiness()
    for row in cursor.fetchall():
        w = dict(zip(names, row, strict=True))
        if w["uid"] in blocked:
            result.blocked.append(w)
            if w["uid"] in withdrawn:
                result.withdrawn.append(w)
            continue
        missing = missing_fields(w)  # the roster's rule: its column and filter show the same
        if missing:
            result.incomplete.append((w, missing))
        else:
            result.ready.append(w)
    return result


@dataclass
class ExportResult:
    path: Path
    count: int
    submitted_on: str
    held_back: list[tuple[dict[str, Any], list[str]]] = field(default_factory=list)  # (worker, missing fields)
    blocked: int = 0  # held back by an open or adverse duplicate decision
    withdrawn: list[str] = field(default_factory=list)  # of `blocked`: OPD codes of the withdrawn workers

    def held_back_lines(self, limit: int = 50) -> list[str]:
        """Who was left out of the file and why: OPD, name, masked NIK, missing data."""
        lines = []
        for w, missing in self.held_back[:limit]:
            nik = w.get("nik") or ""
            masked = nik[:4] + "*" * max(0, len(nik) - 8) + nik[-4:] if len(nik) >= 12 else nik
            lines.append(translate("bpjs_export", "held back: {opd} {name} (NIK {nik}): missing {fields}").format(
                opd=w.get("opd_code") or "", name=w.get("name") or "", nik=masked,
                fields=", ".join(required_label(f) for f in missing)))
        if len(self.held_back) > limit:
            lines.append(translate("bpjs_export", "… and {n} more held back for missing data.").format(
                n=len(self.held_back) - limit))
        if self.blocked > len(self.withdrawn):
            lines.append(translate("bpjs_export", "{n} held back by a duplicate NIK case (Duplicates tab).").format(
                n=self.blocked - len(self.withdrawn)))
        lines += withdrawn_lines(self.withdrawn)
        return lines


def withdrawn_lines(opd_codes: list[str]) -> list[str]:
    """Workers a duplicate decision withdrew: decided, and waiting for their OPD, not for the Duplicates tab."""
    if not opd_codes:
        return []
    opds = ", ".join(sorted(set(opd_codes)))
    return [translate("bpjs_export", "{n} withdrawn by a duplicate NIK decision: waiting for OPD {opds} to end "
                                     "them (or correct the NIK) and send a bundle.").format(n=len(opd_codes),
                                                                                          opds=opds)]


def write_registration(rows: list[dict[str, Any]], template: dict[str, Any], out: Path) -> None:
    """Write the rows to `out` in the template's layout (NIK and KPJ as text: Excel must not round them)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    workbook = xlsxwriter.Workbook(str(out), {"strings_to_numbers": False, "strings_to_formulas": False})
    try:
        sheet = workbook.add_worksheet(template.get("sheet_name") or "Pendaftaran BPU")
        bold = workbook.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True,
                                    "valign": "top"})
        text = workbook.add_format({"num_format": "@"})
        date_cell = workbook.add_format({"num_format": "dd/mm/yyyy"})
        money = workbook.add_format({"num_format": "#,##0"})
        columns = template["columns"]
        for j, col in enumerate(columns):
            sheet.write_string(0, j, col["header"], bold)
            width = max(len(col["header"]) + 2, 18 if col["field"] in ("nik", "name", "sponsor_nip") else 10)
            sheet.set_column(j, j, min(width, 40))
        sheet.freeze_panes(1, 0)
        style_date = template.get("date_format", "dd/mm/yyyy")
        style_phone = template.get("phone_format", "08")
        for i, w in enumerate(rows, start=1):
            w = {**w, "_no": i}
            for j, col in enumerate(columns):
                value = bpjs_template.FIELDS[col["field"]][1](w)
                if isinstance(value, tuple):
                    kind, raw = value
                    if kind == "date":
                        if raw and style_date == "excel":
                            sheet.write_datetime(i, j, dt.datetime.fromisoformat(raw[:10]), date_cell)
                        else:
                            sheet.write_string(i, j, bpjs_template.format_date_text(raw, style_date), text)
                    else:
                        sheet.write_string(i, j, bpjs_template.format_phone(raw, style_phone), text)
                elif isinstance(value, int) and not isinstance(value, bool):
                    sheet.write_number(i, j, value, money if col["field"] == "declared_income" else None)
                else:
                    sheet.write_string(i, j, "" if value is None else str(value), text)
        sheet.autofilter(0, 0, max(len(rows), 1), max(len(columns) - 1, 0))
    finally:
        workbook.close()


def export_registration(db: sqlite_utils.Database, operator: str, out: Path | str, *,
                        include_rejected: bool = False, worker_uids: list[str] | None = None,
                        today: dt.date | None = None, state: TaskState | None = None) -> ExportResult:
    """Write the registration file and mark its workers bpjs_status 'submitted' with today's date."""
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise UserError(translate("bpjs_export", "The registration file must be an .xlsx file."))
    state = state or TaskState()
    found = readiness(db, include_rejected=include_rejected)
    ready, held_back, blocked, withdrawn = found.ready, found.incomplete, found.blocked, found.withdrawn
    if worker_uids is not None:
        wanted = set(worker_uids)
        ready = [w for w in ready if w["uid"] in wanted]
        held_back = [(w, m) for w, m in held_back if w["uid"] in wanted]
        blocked = [w for w in blocked if w["uid"] in wanted]
        withdrawn = [w for w in withdrawn if w["uid"] in wanted]
    gone = [w["opd_code"] for w in withdrawn]
    if not ready:
        open_cases = len(blocked) - len(withdrawn)
        raise UserError(" ".join([translate("bpjs_export", "No worker is ready to register with BPJS."), *(
            [translate("bpjs_export", "{n} workers are held back for missing data and {b} by a duplicate "
                                      "NIK case: complete them in the roster (filter 'data missing') or "
                                      "decide the case.").format(n=len(held_back), b=open_cases)]
            if held_back or open_cases else []), *withdrawn_lines(gone)]))
    state.progress(0, len(ready), translate("bpjs_export", "Writing the registration file"))
    template = bpjs_template.load(db)
    partial = out.with_name(out.name + ".part")
    write_registration(ready, template, partial)
    state.check()
    day = (today or clock.today()).isoformat()
    stamp = now_iso()
    try:
        with db.atomic():
            rev = audit.next_rev(db)
            # A draft in the file is submitted at once, here and (by the return bundle) at its OPD.
            db.conn.executemany(
                "UPDATE workers SET bpjs_status = 'submitted', submitted_on = ?, bpjs_reason = NULL, "
                "status_changed_on = CASE WHEN status = 'draft' THEN ? ELSE status_changed_on END, "
                "status = CASE WHEN status = 'draft' THEN 'submitted' ELSE status END, "
                "updated_at = ?, rev = ? WHERE uid = ?", [(day, day, stamp, rev, w["uid"]) for w in ready])
            audit.record_many(db, [
                (stamp, operator, "workers", w["uid"], "bpjs_submit",
                 json.dumps({"bpjs_status": w["bpjs_status"], "submitted_on": w["submitted_on"],
                             "status": w["status"]}),
                 json.dumps({"bpjs_status": "submitted", "submitted_on": day,
                             "status": "submitted" if w["status"] == "draft" else w["status"]}), out.name)
                for w in ready])
            os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    state.progress(len(ready), len(ready))
    return ExportResult(out, len(ready), day, held_back, len(blocked), gone)
