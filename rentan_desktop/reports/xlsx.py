"""A Report as .xlsx: one sheet per table, typed cells (numbers, Rupiah, %, dates; NIK/NIP as text).

xlsxwriter writes files that open cleanly in Excel and LibreOffice; `constant_memory` keeps a
200,000-row table from filling memory (rows are written in order).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import xlsxwriter

from rentan_desktop.reports.model import Report, Table

_BAD = re.compile(r"[\[\]:*?/\\]")


def sheet_names(report: Report) -> list[str]:
    """Unique sheet names of at most 31 characters, from the table titles."""
    names: list[str] = []
    for table in report.tables:
        base = _BAD.sub(" ", table.title).strip()[:31] or table.key
        name, n = base, 2
        while name.lower() in (x.lower() for x in names):
            suffix = f" ({n})"
            name = base[:31 - len(suffix)] + suffix
            n += 1
        names.append(name)
    return names


def write_xlsx(report: Report, out: Path | str) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the target and renamed when complete: a workbook someone opens (or a stick
    # pulled out) while it is being written is never a half-written file under the real name.
    partial = out.with_name(f".{out.stem}.partial{out.suffix}")
    try:
        _write(report, partial)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return out


def _write(report: Report, out: Path) -> None:
    book = xlsxwriter.Workbook(str(out), {"constant_memory": True, "strings_to_numbers": False,
                                          "strings_to_formulas": False, "strings_to_urls": False})
    book.set_properties({"title": report.title, "subject": report.period, "author": "Rentan Desktop"})
    f = {
        "title": book.add_format({"bold": True, "font_size": 13}),
        "sub": book.add_format({"italic": True, "font_color": "#555555"}),
        "head": book.add_format({"bold": True, "bg_color": "#E8EDF3", "border": 1, "text_wrap": True,
                                 "valign": "top"}),
        "text": book.add_format({"num_format": "@"}),
        "int": book.add_format({"num_format": "#,##0"}),
        "money": book.add_format({"num_format": '"Rp"#,##0'}),
        "pct": book.add_format({"num_format": "0.0%"}),
        "float": book.add_format({"num_format": "0.00"}),
        "month": book.add_format({"num_format": "mmm yyyy"}),
        "date": book.add_format({"num_format": "dd/mm/yyyy"}),
    }
    bold = {k: book.add_format({"bold": True, "num_format": f[k].num_format, "top": 1})
            for k in ("text", "int", "money", "pct", "float", "month", "date")}
    for table, name in zip(report.tables, sheet_names(report), strict=True):
        _sheet(book.add_worksheet(name), report, table, f, bold)
    book.close()


def _sheet(ws, report: Report, table: Table, f: dict, bold: dict) -> None:
    ws.write_string(0, 0, f"{report.title} — {table.title}", f["title"])
    ws.write_string(1, 0, " · ".join(x for x in (report.pemda, report.scope, report.period) if x), f["sub"])
    head = 3
    for c, col in enumerate(table.columns):
        ws.write_string(head, c, col.title, f["head"])
        width = max(len(col.title) * 0.9, 10 if col.numeric else 14)
        if table.rows:
            width = max(width, min(max(len(str(r[c] or "")) for r in table.rows[:500]) + 2, 50))
        ws.set_column(c, c, width)
    row = head + 1
    for values in table.rows:
        for c, col in enumerate(table.columns):
            _cell(ws, row, c, col.kind, values[c], f)
        row += 1
    if table.totals is not None:
        for c, col in enumerate(table.columns):
            value = table.totals[c]
            if value is None:
                ws.write_blank(row, c, None, bold["text"])
            elif isinstance(value, str) and col.kind not in ("month", "date"):
                ws.write_string(row, c, value, bold["text"])
            else:
                _cell(ws, row, c, col.kind, value, bold)
        row += 1
    if table.note:
        ws.write_string(row + 1, 0, table.note, f["sub"])
    ws.freeze_panes(head + 1, 0)
    if table.rows:
        ws.autofilter(head, 0, head + len(table.rows), len(table.columns) - 1)


def _cell(ws, row: int, col: int, kind: str, value, f: dict) -> None:
    if value is None or value == "":
        ws.write_blank(row, col, None)
    elif kind in ("int", "money", "float") and isinstance(value, int | float):
        ws.write_number(row, col, value, f[kind])
    elif kind == "pct" and isinstance(value, int | float):
        ws.write_number(row, col, value / 100.0, f["pct"])
    elif kind == "month" and isinstance(value, str) and len(value) == 7:
        ws.write_datetime(row, col, dt.datetime(int(value[:4]), int(value[5:7]), 1), f["month"])
    elif kind == "date" and isinstance(value, str) and len(value) >= 10:
        ws.write_datetime(row, col, dt.datetime.fromisoformat(value[:10]), f["date"])
    else:
        ws.write_string(row, col, str(value), f["text"])
