"""Reading the spreadsheets that come back from the BPJS branch or list the Pemda's OPDs.

A file is read into rows of cells keyed by a field name found from the header row, so each
problem can name the file, the spreadsheet row number and the column header as the user
sees them in Excel.
"""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.roster import columns, rows

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one cell (or row) of an imported file."""

    file: str
    row: int
    column: str
    value: str
    message: str

    def __str__(self) -> str:
        return translate("sheet", "{file}, row {row}, column {column} ('{value}'): {message}").format(
            file=self.file, row=self.row, column=self.column or "-", value=self.value, message=self.message)


@dataclass
class Sheet:
    path: Path
    headers: dict[str, str]  # field -> header text as written in the file
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (spreadsheet row, cells)
    skipped: list[int] = field(default_factory=list)  # spreadsheet rows that are not records (totals...)

    @property
    def name(self) -> str:
        return self.path.name

    def problem(self, row: int, column_field: str, value: Any, message: str) -> Problem:
        column = self.headers.get(column_field) or (self.aliases.get(column_field) or (column_field,))[0]
        return Problem(self.name, row, column, cell_text(value), message)


def _norm(text: object) -> str:
    """'NIP Kepala ' / 'NIP_KEPALA' / 'Nip. Kepala (5)' -> 'NIP KEPALA' (a column number dropped)."""
    return columns.without_column_number(columns.normalise(text))


def cell_text(value: Any) -> str:
    """A cell as the user typed it; a whole float (numeric cell) without its '.0'."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    # A numeric cell written out by a CSV export: '3274010101900001.0'.
    if text.endswith(".0") and text[:-2].isdigit():
        return text[:-2]
    return text


def _raw_rows(path: Path) -> list[list[Any]]:
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
            workbook = CalamineWorkbook.from_path(str(path))
            return workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
        if suffix in (".csv", ".txt"):
            data = path.read_bytes()
            text = data.decode("utf-8-sig") if not data.startswith(b"\xff\xfe") else data.decode("utf-16")
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if text.strip() else csv.excel
            return [row for row in csv.reader(io.StringIO(text), dialect)]
    except Exception as exc:  # calamine raises its own error types for broken workbooks
        log.warning("cannot read %s: %s", path.suffix, type(exc).__name__)  # no cell text: it may be personal
        raise UserError(translate(
            "sheet", "Cannot read {file}: it is damaged, protected by a password, or not really a spreadsheet. "
                     "Open it in Excel or LibreOffice, save it again as .xlsx, then import it again.").format(
            file=path.name)) from exc
    raise UserError(translate("sheet", "{file}: only .xlsx and .csv files can be read.").format(file=path.name))


def read_sheet(path: Path | str, aliases: dict[str, tuple[str, ...]], required: tuple[str, ...],
               id_field: str | None = None) -> Sheet:
    """Read the first sheet; the header row is the first row naming at least two known columns.

    `aliases` maps a field to the header texts that mean it (compared case- and punctuation-blind,
    a column number such as '(3)' dropped). A missing required column is a refusal naming the
    file, the column, the headers found and the spellings accepted. With `id_field`, rows that
    are not records (a numbering row under the header, a total, a signature block) are skipped
    and counted, as the roster import does (roster/rows.classify).
    """
    path = Path(path)
    raw = _raw_rows(path)
    lookup = {_norm(a): f for f, names in aliases.items() for a in (f, *names)}
    header_index = None
    for i, row in enumerate(raw[:20]):
        if sum(1 for c in row if _norm(c) in lookup) >= min(2, len(required) or 1):
            header_index = i
            break
    if header_index is None:  # a header naming one known column: said below which other is missing
        header_index = next((i for i, row in enumerate(raw[:20]) if any(_norm(c) in lookup for c in row)), None)
    if header_index is None:
        raise UserError(translate("sheet", "{file}: no header row with the expected columns ({columns}).").format(
            file=path.name, columns=", ".join(aliases[f][0] if aliases[f] else f for f in required)))
    by_column: dict[int, str] = {}
    headers: dict[str, str] = {}
    for j, cell in enumerate(raw[header_index]):
        fld = lookup.get(_norm(cell))
        if fld and fld not in headers:
            by_column[j] = fld
            headers[fld] = cell_text(cell)
    missing = [f for f in required if f not in headers]
    if missing:
        found = [cell_text(c) for c in raw[header_index] if cell_text(c)]
        accepted = aliases[missing[0]] or (missing[0],)
        raise UserError(translate(
            "sheet", "{file}: the column '{column}' is missing. Columns found on row {row}: {found}. Name that "
                     "column one of these ways: {accepted}; then import the file again.").format(
            file=path.name, column=accepted[0], row=header_index + 1, found=", ".join(found),
            accepted=", ".join(accepted)))
    sheet = Sheet(path, headers, aliases)
    mapping = dict(by_column)
    for i, row in enumerate(raw[header_index + 1:], start=header_index + 2):
        cells = {fld: (row[j] if j < len(row) else None) for j, fld in by_column.items()}
        if all(cell_text(v) == "" for v in cells.values()):
            continue
        if id_field is not None and rows.classify(row, mapping, id_field) is not None:
            sheet.skipped.append(i)
            continue
        sheet.rows.append((i, cells))
    return sheet
