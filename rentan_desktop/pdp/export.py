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

from rentan_desktop.i18n import translate
from rentan_desktop.pdp import access_log
from rentan_desktop.pdp.subject import SubjectData, collect
from rentan_desktop.store.cipher import restrict_file


def _sections(data: SubjectData) -> list[tuple[str, list[dict[str, Any]]]]:
    record = [{"field": k, "value": v} for k, v in data.record.items() if k not in ("id", "rev")]
    return [
        (translate("pdp", "Record"), record),
        (translate("pdp", "Payments"), data.payments),
        (translate("pdp", "Workers sponsored"), data.workers),
        (translate("pdp", "Change history"), data.audit),
        (translate("pdp", "Sync history"), data.sync),
        (translate("pdp", "Exports and prints of this person's data"), data.access),
    ]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_xlsx(data: SubjectData, path: Path) -> Path:
    book = xlsxwriter.Workbook(str(path))
    bold = book.add_format({"bold": True})
    for title, rows in _sections(data):
        sheet = book.add_worksheet(title[:31])
        columns = list(rows[0]) if rows else []
        for c, name in enumerate(columns):
            sheet.write(0, c, name, bold)
            sheet.set_column(c, c, 22)
        for r, row in enumerate(rows, start=1):
            for c, name in enumerate(columns):
                sheet.write_string(r, c, _text(row.get(name)))
    book.close()
    return path


def write_pdf(data: SubjectData, path: Path, *, pemda: str = "") -> Path:
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
    for title, rows in _sections(data):
        story += [Spacer(1, 4 * mm), Paragraph(title, styles["Heading2"])]
        if not rows:
            story.append(Paragraph(translate("pdp", "Nothing."), styles["BodyText"]))
            continue
        columns = list(rows[0])
        table = [[Paragraph(f"<b>{c}</b>", small) for c in columns]]
        table += [[Paragraph(_escape(_text(row.get(c))), small) for c in columns] for row in rows]
        widths = [(doc.width / len(columns))] * len(columns)
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
    """Write `<kind>-<uid>.pdf` and `.xlsx` into `out_dir` and log the export."""
    data = collect(db, kind, uid)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"data-{kind}-{uid[:8]}"
    written = [write_pdf(data, out_dir / f"{stem}.pdf", pemda=pemda), write_xlsx(data, out_dir / f"{stem}.xlsx")]
    for path in written:
        restrict_file(path)
    access_log.record(db, operator, "subject_export", ", ".join(p.name for p in written),
                      table="workers" if kind == "worker" else "sponsors", uid=uid)
    return written
