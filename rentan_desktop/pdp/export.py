"""Writing a data subject's file (PDF for the person, xlsx for the record) and logging it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlite_utils
import xlsxwriter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from rentan_desktop import fields
from rentan_desktop.fields.display import action_label, display_value
from rentan_desktop.i18n import translate
from rentan_desktop.pdp import access_log
from rentan_desktop.pdp.subject import KINDS, SubjectData, collect
from rentan_desktop.printing.file_names import person_part
from rentan_desktop.store.cipher import restrict_file

Section = tuple[str, list[str], list[list[str]]]  # title, column headings, rows of cells as read

# Columns a person reads nothing from: local numbers, record IDs and change counters (QA walk r6, 8: "Nomor
# perubahan untuk provinsi 0" and "ID data <uuid>" in a person's own file).
_HIDDEN = frozenset({"id", "rev", "hub_rev", "uid"})


def _who(db: sqlite_utils.Database, table: str, local_id: Any) -> str:
    """A local reference as a name (the OPD, the sponsor), never a bare number."""
    if local_id is None:
        return ""
    if table == "opds":
        row = db.execute("SELECT code, name FROM opds WHERE id = ?", [local_id]).fetchone()
        return f"{row[0]} {row[1]}" if row else ""
    row = db.execute("SELECT name FROM sponsors WHERE id = ?", [local_id]).fetchone()
    return row[0] if row else ""


def _record(db: sqlite_utils.Database, data: SubjectData) -> list[list[str]]:
    table = KINDS[data.kind]
    rows = []
    for column, value in data.record.items():
        if column in _HIDDEN:
            continue
        if column == "opd_id":
            shown = _who(db, "opds", value)
        elif column == "sponsor_id":
            shown = _who(db, "sponsors", value)
        else:
            shown = display_value(table, column, value)
        rows.append([fields.label(table, column), shown])
    return rows


def _table(table: str, rows: list[dict[str, Any]]) -> tuple[list[str], list[list[str]]]:
    if not rows:
        return [], []
    columns = [c for c in rows[0] if c not in _HIDDEN]
    return ([fields.label(table, c) for c in columns],
            [[display_value(table, c, row.get(c)) for c in columns] for row in rows])


def _changes(table: str, before: Any, after: Any) -> str:
    """'Phone: 0812-… → 0813-…; Status: Draft → Active' from an audit entry's before/after."""
    before = before if isinstance(before, dict) else _json(before)
    after = after if isinstance(after, dict) else _json(after)
    parts = []
    for key in sorted(set(before) | set(after)):
        if key in _HIDDEN or key in ("uid", "opd_id", "created_at", "updated_at"):
            continue
        old, new = display_value(table, key, before.get(key)), display_value(table, key, after.get(key))
        if old != new:
            parts.append(f"{fields.label(table, key)}: {old or '-'} → {new or '-'}")
    return "; ".join(parts)


def _json(text: Any) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _sections(db: sqlite_utils.Database, data: SubjectData) -> list[Section]:
    table = KINDS[data.kind]
    when, who, what = translate("pdp", "When"), translate("pdp", "Who"), translate("pdp", "What")
    sections: list[Section] = [
        (translate("pdp", "Record"), [translate("pdp", "Data"), translate("pdp", "Value")], _record(db, data))]
    headings, rows = _table("payments", data.payments)
    sections.append((translate("pdp", "Payments"), headings, rows))
    if data.kind == "sponsor":
        headings, rows = _table("workers", data.workers)
        sections.append((translate("pdp", "Workers sponsored"), headings, rows))
    sections.append((translate("pdp", "Change history"),
                     [when, who, what, translate("pdp", "Changes"), translate("pdp", "Note")],
                     [[display_value(table, "updated_at", e["at"]), e["operator"] or "", action_label(e["action"]),
                       _changes(table, e["before"], e["after"]), e["note"] or ""] for e in data.audit]))
    sections.append((translate("pdp", "Sync history"),
                     [when, translate("pdp", "From"), translate("pdp", "Data"), translate("pdp", "Here"),
                      translate("pdp", "In the bundle"), translate("pdp", "State")],
                     [[display_value(table, "updated_at", e.get("at")), e.get("peer") or "",
                       fields.label(table, e.get("field") or ""), str(e.get("local_value") or ""),
                       str(e.get("incoming_value") or ""), str(e.get("status") or "")] for e in data.sync]))
    sections.append((translate("pdp", "Exports and prints of this person's data"),
                     [when, who, what, translate("pdp", "Files")],
                     [[display_value(table, "updated_at", e["at"]), e["operator"] or "",
                       access_log.action_label(e["action"]), e["detail"] or ""] for e in data.access]))
    return sections


def write_xlsx(sections: list[Section], path: Path) -> Path:
    book = xlsxwriter.Workbook(str(path))
    bold = book.add_format({"bold": True})
    for title, headings, rows in sections:
        sheet = book.add_worksheet(_sheet_name(title))
        for c, name in enumerate(headings):
            sheet.write(0, c, name, bold)
            sheet.set_column(c, c, 28)
        for r, row in enumerate(rows, start=1):
            for c, cell in enumerate(row):
                sheet.write_string(r, c, cell)
        if not rows:  # as the PDF says it, not a blank sheet (QA walk r6, 8)
            sheet.write_string(1 if headings else 0, 0, translate("pdp", "Nothing."))
            sheet.set_column(0, 0, 28)
    book.close()
    return path


def _sheet_name(title: str) -> str:
    """Excel allows 31 characters: cut at a word, never mid-word."""
    if len(title) <= 31:
        return title
    return title[:31].rsplit(" ", 1)[0]


def write_pdf(data: SubjectData, sections: list[Section], path: Path, *, pemda: str = "") -> Path:
    styles = getSampleStyleSheet()
    small = styles["BodyText"].clone("small", fontSize=7, leading=8.5)
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm,
                            title=translate("pdp", "Personal data held about one person"))
    story: list[Any] = [
        Paragraph(translate("pdp", "Personal data held about one person"), styles["Title"]),
        Paragraph(translate("pdp", "Everything this Rentan Desktop install of {pemda} holds about this {kind}, "
                                   "under Law 27/2022 on Personal Data Protection.").format(
            pemda=pemda, kind=translate("pdp", "worker") if data.kind == "worker" else translate("pdp", "sponsor")),
            styles["BodyText"]),
    ]
    for title, headings, rows in sections:
        story += [Spacer(1, 4 * mm), Paragraph(title, styles["Heading2"])]
        if not rows:
            story.append(Paragraph(translate("pdp", "Nothing."), styles["BodyText"]))
            continue
        table = [[Paragraph(f"<b>{_escape(c)}</b>", small) for c in headings]]
        table += [[Paragraph(_escape(cell), small) for cell in row] for row in rows]
        widths = [(doc.width / len(headings))] * len(headings)
        grid = LongTable(table, colWidths=widths, repeatRows=1)
        grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(grid)
    doc.build(story)
    return path


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def export_subject(db: sqlite_utils.Database, kind: str, uid: str, out_dir: Path, *, operator: str,
                   pemda: str = "") -> list[Path]:
    """Write `data-pribadi-siti-0012.pdf` and `.xlsx` into `out_dir` and log the export.

    The file name carries the first name and the NIK's (a sponsor: the NIP's) last four digits only, the
    rule of every per-person document (printing.file_names): two people's exports never share a name,
    and a lost stick's listing identifies nobody; the whole record is inside."""
    data = collect(db, kind, uid)
    sections = _sections(db, data)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    record = data.record
    person = person_part(record.get("name") or "", record.get("nik" if kind == "worker" else "nip")) or uid[:8]
    stem = translate("pdp", "personal-data-{id}").format(id=person)
    written = [write_pdf(data, sections, out_dir / f"{stem}.pdf", pemda=pemda),
               write_xlsx(sections, out_dir / f"{stem}.xlsx")]
    for path in written:
        restrict_file(path)
    access_log.record(db, operator, "subject_export", ", ".join(p.name for p in written),
                      table="workers" if kind == "worker" else "sponsors", uid=uid)
    return written
