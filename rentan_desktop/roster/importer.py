"""Importing sponsors and workers from the spreadsheets OPDs already have (.xlsx, .xls, .ods, .csv).

The pipeline is pure and testable: read the cells (python-calamine, or csv), find the header row
below any title rows, map columns to fields, turn each row into a record through the same
validation as the service (roster.validate), and report every row: imported, or skipped with
the file, row, column and value that stopped it. Valid rows go in one transaction with a
prepared executemany; anything that fails midway rolls the whole import back.

Identifiers are never repaired: a NIK or NIP that a spreadsheet kept as a number and whose
last digits it has lost is refused with an explanation.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from rentan_desktop.domain.dates import parse_date
from rentan_desktop.domain.digits import strip_separators
from rentan_desktop.domain.issues import Issue
from rentan_desktop.domain.vocab import eselon_to_level
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.roster import columns
from rentan_desktop.roster.columns import SPONSORS, WORKERS
from rentan_desktop.roster.validate import SPONSOR_FIELDS, WORKER_FIELDS, validate_sponsor, validate_worker
from rentan_desktop.store import audit
from rentan_desktop.store.clock import new_uid, now_iso
from rentan_desktop.store.site import own_opd_id
from rentan_desktop.tasks import TaskState

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".txt")
HEADER_SEARCH_ROWS = 30
EXACT_FLOAT_LIMIT = 2 ** 53  # integers above this are not exact in a spreadsheet number


# ---------------------------------------------------------------------------- reading cells

@dataclass
class Table:
    path: Path
    rows: list[list[Any]]
    sheet: str | None = None


def _read_csv(path: Path) -> list[list[Any]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    return [list(r) for r in csv.reader(io.StringIO(text), delimiter=delimiter)]


def read_tables(path: str | Path) -> list[Table]:
    """Every sheet of a workbook (one table for a CSV), cells as Python values."""
    path = Path(path)
    if not path.is_file():
        raise UserError(translate("importer", "File not found: {path}").format(path=path))
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return [Table(path, _read_csv(path))]
    if suffix not in SPREADSHEET_SUFFIXES:
        raise UserError(translate(
            "importer", "{name}: not a spreadsheet Rentan Desktop can read (.xlsx, .xls, .ods or .csv).").format(
            name=path.name))
    from python_calamine import CalamineWorkbook  # heavy: load when first importing

    try:
        book = CalamineWorkbook.from_path(str(path))
        return [Table(path, book.get_sheet_by_name(name).to_python(skip_empty_area=False), name)
                for name in book.sheet_names]
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise UserError(translate("importer", "{name}: the file cannot be read ({error}).").format(
            name=path.name, error=exc)) from exc


def _blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def find_header_row(rows: Sequence[Sequence[Any]], kind: str,
                    overrides: dict[str, str | None] | None = None) -> int | None:
    """Index of the header row: the row among the first rows with most recognised headers."""
    best, best_score = None, 1
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = columns.header_score(row, kind, overrides)
        if score > best_score:
            best, best_score = i, score
    return best


def cell_text(cell: Any) -> str:
    """A cell as the operator sees it in the spreadsheet (for reports and previews)."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float):
        if cell.is_integer() and abs(cell) < 1e15:
            return str(int(cell))
        return f"{cell:.15G}"
    if isinstance(cell, dt.datetime | dt.date):
        return cell.strftime("%d/%m/%Y")
    return str(cell).strip()


# ---------------------------------------------------------------------------- preview

@dataclass
class Preview:
    path: Path
    kind: str
    sheet: str | None
    rows: list[list[Any]]
    header_row: int  # index into rows
    mapping: dict[int, str]  # column index -> field

    @property
    def headers(self) -> list[str]:
        return [cell_text(c) for c in self.rows[self.header_row]]

    def data_rows(self, limit: int | None = None) -> list[tuple[int, list[Any]]]:
        """(spreadsheet row number, cells) below the header, blank rows left out."""
        out = []
        for i in range(self.header_row + 1, len(self.rows)):
            cells = self.rows[i]
            if all(_blank(c) for c in cells):
                continue
            out.append((i + 1, cells))
            if limit and len(out) >= limit:
                break
        return out

    def missing_required(self) -> list[str]:
        return [f for f in columns.required_fields(self.kind) if f not in self.mapping.values()]


def preview(path: str | Path, kind: str, overrides: dict[str, str | None] | None = None,
            header_row: int | None = None) -> Preview:
    """Read a file, find its header row and map its columns (nothing is stored)."""
    if kind not in columns.KINDS:
        raise ValueError(kind)
    tables = [t for t in read_tables(path) if t.rows]
    if not tables:
        raise UserError(translate("importer", "{name}: the file is empty.").format(name=Path(path).name))
    chosen, found = tables[0], header_row
    if found is None:
        scored = [(columns.header_score(t.rows[r], kind, overrides)
                   if (r := find_header_row(t.rows, kind, overrides)) is not None else 0, r, t) for t in tables]
        score, found, chosen = max(scored, key=lambda s: s[0])
        if found is None:
            raise UserError(translate(
                "importer", "{name}: no header row found in the first {n} rows (looked for columns such as "
                            "NIK, NIP, NAMA, TANGGAL LAHIR). Use --map HEADER=field or choose the header row.").format(
                name=Path(path).name, n=HEADER_SEARCH_ROWS))
    if not 0 <= found < len(chosen.rows):
        raise UserError(translate("importer", "Header row {row} is outside the file.").format(row=found + 1))
    mapping = columns.map_columns(chosen.rows[found], kind, overrides)
    return Preview(Path(path), kind, chosen.sheet, chosen.rows, found, mapping)


# ---------------------------------------------------------------------------- the report

@dataclass
class RowOutcome:
    row: int  # spreadsheet row number, as the operator sees it
    status: str  # "imported", "ready" (dry run) or "skipped"
    name: str = ""
    column: str = ""
    value: str = ""
    reason: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def skipped(self) -> bool:
        return self.status == "skipped"

    def describe(self, file_name: str) -> str:
        where = translate("importer", "{file}, row {row}").format(file=file_name, row=self.row)
        if self.column:
            where += ", " + translate("importer", "column {column}, value '{value}'").format(
                column=self.column, value=self.value)
        return f"{where}: {self.reason}"


@dataclass
class ImportReport:
    path: Path
    kind: str
    dry_run: bool
    header_row: int  # spreadsheet row number of the header
    mapping: dict[str, str]  # header -> field
    outcomes: list[RowOutcome] = field(default_factory=list)
    blank_rows: int = 0
    footer_rows: int = 0  # notes and signature lines below the list

    @property
    def imported(self) -> int:
        return sum(1 for o in self.outcomes if not o.skipped)

    @property
    def skipped(self) -> int:
        return sum(1 for o in self.outcomes if o.skipped)

    def summary(self) -> str:
        what = translate("importer", "sponsors") if self.kind == SPONSORS else translate("importer", "workers")
        if self.dry_run:
            text = translate("importer", "Dry run: {n} {what} would be imported, {s} rows skipped.")
        else:
            text = translate("importer", "Imported {n} {what}, skipped {s} rows.")
        text = text.format(n=self.imported, what=what, s=self.skipped)
        if self.blank_rows:
            text += " " + translate("importer", "{n} blank rows ignored.").format(n=self.blank_rows)
        if self.footer_rows:
            text += " " + translate("importer", "{n} note rows below the list ignored.").format(n=self.footer_rows)
        return text

    def lines(self) -> list[str]:
        """The report as the terminal prints it."""
        name = self.path.name
        mapped = ", ".join(f"{h} -> {columns.field_label(self.kind, f)}" for h, f in self.mapping.items())
        out = [translate("importer", "{file}: header on row {row}; columns: {columns}").format(
            file=name, row=self.header_row, columns=mapped)]
        for o in self.outcomes:
            if o.skipped:
                out.append(translate("importer", "skipped: {text}").format(text=o.describe(name)))
            for w in o.warnings:
                out.append(translate("importer", "warning: {file}, row {row}: {text}").format(
                    file=name, row=o.row, text=w))
        out.append(self.summary())
        return out


# ---------------------------------------------------------------------------- cell conversion

class _Refused(Exception):
    def __init__(self, field_name: str, reason: str):
        super().__init__(reason)
        self.field = field_name
        self.reason = reason


def _identifier(cell: Any, field_name: str, length: int, label: str) -> str | None:
    """Digits of a NIK/NIP cell; refuses a number whose last digits a spreadsheet lost."""
    if _blank(cell):
        return None
    if isinstance(cell, float | int) and not isinstance(cell, bool):
        if isinstance(cell, float) and not cell.is_integer():
            raise _Refused(field_name, translate(
                "importer", "The {label} is stored as a number in scientific notation and its last digits are "
                            "lost; format the column as Text and type it again.").format(label=label))
        digits = str(int(cell))
        lost = abs(cell) > EXACT_FLOAT_LIMIT or len(digits) > 15 and digits.endswith("0")
        if len(digits) >= 16 and lost:
            raise _Refused(field_name, translate(
                "importer", "The {label} is stored as a number ({digits}); a spreadsheet keeps only 15 "
                            "digits, so its last digits are lost. Format the column as Text and type the "
                            "{label} again from the source document.").format(label=label, digits=digits))
        return digits
    return str(cell).strip().lstrip("'")


def _date_cell(cell: Any, field_name: str) -> str | None:
    if _blank(cell):
        return None
    day = parse_date(cell if not isinstance(cell, str) else cell.strip())
    if day is None or not (1900 <= day.year <= 2100):
        raise _Refused(field_name, translate("importer", "Not a date; write it as dd/mm/yyyy (e.g. 29/11/1985)."))
    return day.isoformat()


def _place_and_date(cell: Any) -> tuple[str | None, str | None]:
    """'Palangka Raya, 12-05-1980' -> ('Palangka Raya', '1980-05-12'); the date after the last comma."""
    if isinstance(cell, dt.date | dt.datetime | float | int):
        return None, _date_cell(cell, "birth_place_date")
    place, sep, day = str(cell).rpartition(",")
    if not sep:
        place, sep, day = str(cell).rpartition("/")
    if not sep:
        raise _Refused("birth_place_date", translate(
            "importer", "Write the place and date of birth as 'Palangka Raya, 29/11/1985'."))
    return (" ".join(place.split()) or None), _date_cell(day.strip(), "birth_place_date")


def _month_cell(cell: Any, field_name: str) -> str | None:
    if _blank(cell):
        return None
    if isinstance(cell, dt.date | dt.datetime):
        return f"{cell.year:04d}-{cell.month:02d}"
    text = cell_text(cell)
    m = re.match(r"^(\d{4})[-/](\d{1,2})$", text) or None
    if m:
        year, month = int(m.group(1)), int(m.group(2))
    else:
        m = re.match(r"^(\d{1,2})[-/.](\d{4})$", text)
        if m:
            year, month = int(m.group(2)), int(m.group(1))
        else:
            day = parse_date(cell) or parse_date(f"1 {text}")
            if day is None:
                raise _Refused(field_name, translate("importer", "Not a month; write it as 2026-01 or 01/2026."))
            year, month = day.year, day.month
    if not 1 <= month <= 12:
        raise _Refused(field_name, translate("importer", "Not a month; write it as 2026-01 or 01/2026."))
    return f"{year:04d}-{month:02d}"


_GENDERS = {"L": "L", "LK": "L", "LAKI LAKI": "L", "LAKI": "L", "PRIA": "L", "M": "L", "MALE": "L", "1": "L",
            "P": "P", "PR": "P", "PEREMPUAN": "P", "WANITA": "P", "F": "P", "FEMALE": "P", "W": "P", "2": "P"}
_KINDS = {"PNS": "pns", "CPNS": "pns", "ASN": "pns", "PPPK": "pppk", "P3K": "pppk", "ASN PPPK": "pppk",
          "NON ASN": "non_asn", "NON PNS": "non_asn", "HONORER": "non_asn", "THL": "non_asn",
          "KONTRAK": "non_asn", "PTT": "non_asn", "TENAGA KONTRAK": "non_asn", "APBD": "apbd", "CSR": "csr"}
_RELATIONSHIPS = {"KELUARGA": "family", "SAUDARA": "family", "FAMILI": "family", "TETANGGA": "neighbour",
                  "ART": "household_helper", "ASISTEN RUMAH TANGGA": "household_helper",
                  "PEMBANTU": "household_helper", "PEMBANTU RUMAH TANGGA": "household_helper",
                  "SOPIR": "driver", "SUPIR": "driver", "DRIVER": "driver", "PENGEMUDI": "driver",
                  "LAINNYA": "other", "LAIN LAIN": "other"}
_HEIRS = {"ISTRI": "spouse", "SUAMI": "spouse", "SUAMI ISTRI": "spouse", "PASANGAN": "spouse", "ANAK": "child",
          "AYAH": "parent", "IBU": "parent", "ORANG TUA": "parent", "BAPAK": "parent", "SAUDARA": "sibling",
          "KAKAK": "sibling", "ADIK": "sibling", "SAUDARA KANDUNG": "sibling", "LAINNYA": "other"}


def _code(cell: Any, table: dict[str, str], codes: Sequence[str]) -> str | None:
    if _blank(cell):
        return None
    key = columns.normalise(cell_text(cell))
    if key.lower() in codes:
        return key.lower()
    return table.get(key, cell_text(cell))


def _number_text(cell: Any) -> str | None:
    if _blank(cell):
        return None
    return str(int(cell)) if isinstance(cell, float) and cell.is_integer() else cell_text(cell)


def _phone(cell: Any) -> str | None:
    text = _number_text(cell)
    # A phone typed as a number lost its leading 0 (812... for 0812...): that zero is not data.
    if text and isinstance(cell, float | int) and text.startswith("8"):
        text = "0" + text
    return text


def _income(cell: Any, field_name: str) -> int | None:
    if _blank(cell):
        return None
    if isinstance(cell, float | int):
        return int(cell)
    digits = strip_separators(str(cell).upper().replace("RP", "").replace(",00", ""))
    if not digits.isdigit():
        raise _Refused(field_name, translate("importer", "Not an amount in Rupiah."))
    return int(digits)


def _lost_digit_column(values: list[Any]) -> bool:
    """A text NIK column where most values end in 0 went through a spreadsheet as numbers."""
    texts = [strip_separators(v) for v in values if isinstance(v, str) and len(strip_separators(v)) == 16]
    return len(texts) >= 5 and sum(t.endswith("0") for t in texts) * 2 >= len(texts)


# ---------------------------------------------------------------------------- rows to records

@dataclass
class _Context:
    kind: str
    opd_id: int
    sponsors_by_nip: dict[str, tuple[int, str]]
    existing: dict[str, str]  # identifier -> name already in the install
    lost_column: bool = False


def _sponsor_data(cells: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    data["nip"] = _identifier(cells.get("nip"), "nip", 18, "NIP")
    data["name"] = cell_text(cells.get("name")) or None
    data["position"] = cell_text(cells.get("position")) or None
    if "eselon" in cells and not _blank(cells["eselon"]):
        data["eselon"] = cell_text(cells["eselon"])
        data["position_level"] = eselon_to_level(data["eselon"])
    kind = _code(cells.get("kind"), _KINDS, ("pns", "pppk", "non_asn", "apbd", "csr"))
    if kind is None:
        kind = "pns" if data["nip"] else "non_asn"
        if data["nip"] and len(data["nip"]) > 13 and data["nip"][12] == "2" and data["nip"][13] != "0":
            kind = "pppk"
    data["kind"] = kind
    data["gender"] = _GENDERS.get(columns.normalise(cell_text(cells.get("gender"))))
    if not _blank(cells.get("gender")) and data["gender"] is None:
        raise _Refused("gender", translate("importer", "Sex must be L or P."))
    data["birth_date"] = _date_cell(cells.get("birth_date"), "birth_date")
    data["phone"] = _phone(cells.get("phone"))
    return data


def _worker_data(cells: dict[str, Any], ctx: _Context) -> tuple[dict[str, Any], list[str]]:
    notes: list[str] = []
    data: dict[str, Any] = {}
    nik = _identifier(cells.get("nik"), "nik", 16, "NIK")
    if nik and ctx.lost_column and isinstance(cells.get("nik"), str) and strip_separators(nik).endswith("0"):
        raise _Refused("nik", translate(
            "importer", "Most NIKs in this column end in 0: the column went through a spreadsheet as numbers "
                        "and lost its last digit. Type this NIK again from the KTP."))
    data["nik"] = nik
    for name in ("name", "birth_place", "mother_name", "street", "village", "district", "regency",
                 "occupation", "work_location", "heir_name", "kpj"):
        data[name] = _number_text(cells.get(name))
    data["rt"] = _number_text(cells.get("rt"))
    data["rw"] = _number_text(cells.get("rw"))
    data["birth_date"] = _date_cell(cells.get("birth_date"), "birth_date")
    if not _blank(cells.get("birth_place_date")):
        place, day = _place_and_date(cells["birth_place_date"])
        data["birth_place"] = data["birth_place"] or place
        data["birth_date"] = data["birth_date"] or day
    gender = cells.get("gender")
    data["gender"] = _GENDERS.get(columns.normalise(cell_text(gender)))
    if not _blank(gender) and data["gender"] is None:
        raise _Refused("gender", translate("importer", "Sex must be L or P."))
    data["phone"] = _phone(cells.get("phone"))
    data["declared_income"] = _income(cells.get("declared_income"), "declared_income")
    data["jht"] = 1 if columns.normalise(cell_text(cells.get("jht"))) in ("YA", "Y", "1", "YES", "JHT") else 0
    data["start_month"] = _month_cell(cells.get("start_month"), "start_month")
    relationship = _code(cells.get("relationship"), _RELATIONSHIPS, ("family", "neighbour", "household_helper",
                                                                     "driver", "other"))
    if relationship and relationship not in _RELATIONSHIPS.values():
        notes.append(translate("importer", "Relationship '{value}' recorded as Other.").format(value=relationship))
        relationship = "other"
    data["relationship"] = relationship
    heir = _code(cells.get("heir_relationship"), _HEIRS, ("spouse", "child", "parent", "sibling", "other"))
    if heir and heir not in _HEIRS.values():
        notes.append(translate("importer", "Heir relationship '{value}' recorded as Other.").format(value=heir))
        heir = "other"
    data["heir_relationship"] = heir
    sponsor_nip = _identifier(cells.get("sponsor_nip"), "sponsor_nip", 18, "NIP")
    if sponsor_nip:
        found = ctx.sponsors_by_nip.get(strip_separators(sponsor_nip))
        if found is None:
            raise _Refused("sponsor_nip", translate(
                "importer", "No sponsor with this NIP in this install; import or add the sponsor first."))
        if found[1] == "ended":
            raise _Refused("sponsor_nip", translate("importer", "The sponsor with this NIP has ended sponsorship."))
        data["sponsor_id"] = found[0]
    return data, notes


def _blocking(issues: list[Issue], override_reason: str | None) -> list[Issue]:
    return [i for i in issues if i.is_error or (i.code == "age" and not override_reason)]


# ---------------------------------------------------------------------------- the import

def _load_context(db: sqlite_utils.Database, kind: str, opd_id: int, keys: list[str]) -> _Context:
    existing: dict[str, str] = {}
    column = "nip" if kind == SPONSORS else "nik"
    table = "sponsors" if kind == SPONSORS else "workers"
    for start in range(0, len(keys), 900):
        chunk = keys[start:start + 900]
        marks = ",".join("?" * len(chunk))
        existing.update(db.execute(
            f"SELECT {column}, name FROM {table} WHERE opd_id = ? AND {column} IN ({marks})",
            [opd_id, *chunk]).fetchall())
    sponsors: dict[str, tuple[int, str]] = {}
    if kind == WORKERS:
        sponsors = {nip: (sid, status) for sid, nip, status in db.execute(
            "SELECT id, nip, status FROM sponsors WHERE opd_id = ? AND nip IS NOT NULL", [opd_id])}
    return _Context(kind, opd_id, sponsors, existing)


def run_import(db: sqlite_utils.Database, path: str | Path, kind: str, *, operator: str,
               overrides: dict[str, str | None] | None = None, mapping: dict[int, str] | None = None,
               header_row: int | None = None, dry_run: bool = False, opd_id: int | None = None,
               state: TaskState | None = None) -> ImportReport:
    """Import every valid row of `path` in one transaction; report each row.

    `mapping` (column index -> field) replaces recognition entirely (the wizard's choice);
    `overrides` adjusts it by header text (the terminal's --map). `header_row` is an index.
    """
    state = state or TaskState()
    pv = preview(path, kind, overrides, header_row)
    if mapping is not None:
        pv.mapping = dict(mapping)
    missing = pv.missing_required()
    if missing:
        raise UserError(translate(
            "importer", "{name}: no column for {fields}; name it with --map HEADER=field or in the column "
                        "mapping.").format(name=pv.path.name,
                                           fields=", ".join(columns.field_label(kind, f) for f in missing)))
    opd_id = opd_id or own_opd_id(db)
    headers = pv.headers
    column_of = {f: i for i, f in pv.mapping.items()}
    report = ImportReport(pv.path, kind, dry_run, pv.header_row + 1,
                          {headers[i]: f for i, f in sorted(pv.mapping.items())})
    id_field = "nip" if kind == SPONSORS else "nik"
    data_rows = []
    for i in range(pv.header_row + 1, len(pv.rows)):
        cells = pv.rows[i]
        if all(_blank(c) for c in cells):
            report.blank_rows += 1
            continue
        data_rows.append((i + 1, {f: (cells[c] if c < len(cells) else None) for c, f in pv.mapping.items()}))
    # Signature lines and notes below the list have neither a name nor an identifier.
    while data_rows and _blank(data_rows[-1][1].get("name")) and _blank(data_rows[-1][1].get(id_field)):
        data_rows.pop()
        report.footer_rows += 1
    keys = []
    for _, cells in data_rows:
        try:
            value = _identifier(cells.get(id_field), id_field, 18 if kind == SPONSORS else 16, id_field.upper())
        except _Refused:
            continue
        if value:
            keys.append(strip_separators(value))
    ctx = _load_context(db, kind, opd_id, keys)
    if kind == WORKERS:
        ctx.lost_column = _lost_digit_column([cells.get("nik") for _, cells in data_rows])

    def where(field_name: str, cells: dict[str, Any]) -> tuple[str, str]:
        col = column_of.get(field_name)
        if col is None:
            return columns.field_label(kind, field_name), ""
        return headers[col], cell_text(cells.get(field_name))

    records: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    total = len(data_rows)
    for n, (row_no, cells) in enumerate(data_rows):
        if n % 200 == 0:
            state.check()
            state.progress(n, total, translate("importer", "Checking rows…"))
        display_name = cell_text(cells.get("name"))
        try:
            if kind == SPONSORS:
                data, notes = _sponsor_data(cells), []
                clean, findings = validate_sponsor(data)
            else:
                data, notes = _worker_data(cells, ctx)
                clean, findings = validate_worker(data)
        except _Refused as refused:
            column, value = where(refused.field, cells)
            report.outcomes.append(RowOutcome(row_no, "skipped", display_name, column, value, refused.reason))
            continue
        blocking = _blocking(findings.issues, clean.get("age_override_reason"))
        if blocking:
            first = blocking[0]
            column, value = where(first.field, cells)
            reason = first.message
            if first.code == "age":
                reason += " " + translate("importer", "Add this worker with the form to give the reason.")
            report.outcomes.append(RowOutcome(row_no, "skipped", display_name, column, value, reason))
            continue
        key = clean.get(id_field)
        if key:
            if key in seen:
                column, value = where(id_field, cells)
                report.outcomes.append(RowOutcome(row_no, "skipped", display_name, column, value, translate(
                    "importer", "The same {label} is already on row {row} of this file.").format(
                    label=id_field.upper(), row=seen[key])))
                continue
            if key in ctx.existing:
                column, value = where(id_field, cells)
                report.outcomes.append(RowOutcome(row_no, "skipped", display_name, column, value, translate(
                    "importer", "This {label} is already registered in this install for {name}.").format(
                    label=id_field.upper(), name=ctx.existing[key])))
                continue
            seen[key] = row_no
        warnings = notes + [w.message for w in findings.warnings if w.code != "age"]
        report.outcomes.append(RowOutcome(row_no, "ready" if dry_run else "imported", clean.get("name") or "",
                                          warnings=warnings))
        records.append(clean)
    state.progress(total, total, translate("importer", "Saving…"))
    if not dry_run and records:
        _store(db, kind, records, opd_id, operator, report)
    return report


def _store(db: sqlite_utils.Database, kind: str, records: list[dict[str, Any]], opd_id: int, operator: str,
           report: ImportReport) -> None:
    """One transaction: every record, one audit entry per record and one for the import."""
    table = "sponsors" if kind == SPONSORS else "workers"
    fields = SPONSOR_FIELDS if kind == SPONSORS else WORKER_FIELDS
    status = "active" if kind == SPONSORS else "draft"
    stamp = now_iso()
    note = translate("importer", "imported from {file}").format(file=report.path.name)
    with db.atomic():
        rev = audit.next_rev(db)
        rows, audit_rows = [], []
        for clean in records:
            uid = new_uid()
            record = {f: clean.get(f) for f in fields}
            record.update(uid=uid, opd_id=opd_id, status=status, created_at=stamp, updated_at=stamp, rev=rev)
            rows.append(tuple(record.values()))
            after = {k: v for k, v in record.items() if v is not None and k not in ("rev", "created_at", "updated_at")}
            audit_rows.append((stamp, operator, table, uid, "create", None,
                               json.dumps(after, ensure_ascii=False), note))
        names = list(record.keys())
        db.conn.executemany(
            f"INSERT INTO {table}({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", rows)
        db.conn.executemany(
            "INSERT INTO audit_log(at, operator, table_name, record_uid, action, before, after, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", audit_rows)
        audit.record(db, operator=operator, table=table, uid=f"import:{report.path.name}", action="import",
                     note=translate("importer", "{file}: {n} imported, {s} skipped").format(
                         file=report.path.name, n=len(records), s=report.skipped))
