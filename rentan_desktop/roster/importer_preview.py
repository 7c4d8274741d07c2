"""Previewing an import file: find its sheet, header row and column mapping (nothing is stored).

The wizard's first pages show this; `run_import` starts from `mapped_preview`, the same preview
with the wizard's or the terminal's choice of columns, refused when a required column is missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.roster import columns, header_search, importer_kind, rows
from rentan_desktop.roster.columns import SPONSORS, WORKERS
from rentan_desktop.roster.sheet_guard import column_letters
from rentan_desktop.roster.sheet_read import Row, Sheet, open_sheets

HEADER_SEARCH_ROWS = rows.HEADER_SEARCH_ROWS


class NoHeaderFound(UserError):
    """No header row among the first rows: the wizard offers mapping the columns by letter."""


@dataclass
class Preview:
    path: Path
    kind: str
    sheet: Sheet
    head: list[Row]  # the first rows, with their row numbers
    header: rows.Header
    mapping: dict[int, str]  # column index -> field
    sheet_count: int = 1  # the workbook's sheets: with more than one, the report names the one read

    @property
    def sheet_shown(self) -> str:
        """The sheet read, named when the workbook has others the clerk may have meant."""
        return (self.sheet.name or "") if self.sheet_count > 1 else ""

    @property
    def header_row(self) -> int:
        """Zero-based index of the (first) header line; -1 when the sheet has no header row."""
        return self.header.first_row - 1

    @property
    def headers(self) -> list[str]:
        width = max([len(self.header.labels)] + [len(c) for _, c in self.data_rows(20)])
        labels = self.header.labels + [""] * (width - len(self.header.labels))
        return [label or column_letters(i) for i, label in enumerate(labels)]

    def data_rows(self, limit: int | None = None) -> list[Row]:
        """(spreadsheet row number, cells) below the header among the first rows read."""
        out = [(n, c) for n, c in self.head if n > self.header.last_row]
        return out[:limit] if limit else out

    def missing_required(self) -> list[str]:
        return [f for f in columns.required_fields(self.kind) if f not in self.mapping.values()]


def preview(path: str | Path, kind: str, overrides: dict[str, str | None] | None = None,
            header_row: int | None = None) -> Preview:
    """Read a file's first rows, find its header and map its columns (nothing is stored).

    `header_row` is the zero-based index of the header line (-1: no header row; None: find it).
    """
    if kind not in columns.KINDS:
        raise ValueError(kind)
    path = Path(path)
    best: tuple[int, Sheet, list[Row], rows.Header] | None = None
    any_rows = False
    lone: tuple[Sheet, int] | None = None  # a header line with the NIK/NIP but no name column
    sheets = open_sheets(path)
    for sheet in sheets:
        head, found = header_search.header_for(sheet, kind, overrides, header_row)
        any_rows = any_rows or bool(head)
        if found is None and lone is None:
            number = _identifier_without_name(head, kind)
            lone = (sheet, number) if number else None
        if found is not None:
            score = len(found.mapping)
            if best is None or score > best[0]:
                best = (score, sheet, head, found)
    if not any_rows:
        raise UserError(translate("importer", "{name}: the file is empty.").format(name=path.name))
    if best is None:
        _refuse_other_kind_without_header(path, kind, overrides)
        if header_row is not None:
            raise UserError(translate("importer", "Header row {row} is outside the file.").format(row=header_row + 1))
        if lone is not None:
            raise NoHeaderFound(translate(
                "importer", "{name}: row {row} has a {id} column but no column with the names (NAMA); a list needs "
                            "both. Add the names, or choose the names' column with --map HEADER=name (or a column "
                            "letter: --map C=name).").format(
                name=path.name if not lone[0].name or lone[0].index == 0 else f"{path.name} ({lone[0].name})",
                row=lone[1], id="NIK" if kind == WORKERS else "NIP"))
        raise NoHeaderFound(translate(
            "importer", "{name}: no header row found in the first {n} rows (looked for columns such as "
                        "NIK, NIP, NAMA, TANGGAL LAHIR). Use --map HEADER=field (or a column letter: --map C=nik) "
                        "or choose the header row.").format(name=path.name, n=HEADER_SEARCH_ROWS))
    _, sheet, head, found = best
    importer_kind.refuse_other_kind(path, kind, found, [r for r in head if r[0] > found.last_row])
    return Preview(path, kind, sheet, head, found, dict(found.mapping), len(sheets))


def _identifier_without_name(head: list[Row], kind: str) -> int | None:
    """The row number of a header line naming the NIK (workers) or NIP (sponsors) but no name."""
    wanted = "nik" if kind == WORKERS else "nip"
    for number, cells in head[:HEADER_SEARCH_ROWS]:
        found = {columns.recognise(c, kind) for c in cells if isinstance(c, str)}
        if wanted in found and "name" not in found:
            return number
    return None


def _refuse_other_kind_without_header(path: Path, kind: str, overrides: dict[str, str | None] | None) -> None:
    """No header of `kind` found: when the file has the other list's header, say so."""
    other = WORKERS if kind == SPONSORS else SPONSORS
    for sheet in open_sheets(path):
        _, found = header_search.header_for(sheet, other, None, None)
        if found is not None:
            importer_kind.refuse_other_kind(path, kind, found)



def mapped_preview(path: str | Path, kind: str, overrides: dict[str, str | None] | None,
                    mapping: dict[int, str] | None, header_row: int | None) -> Preview:
    pv = preview(path, kind, overrides, header_row)
    if mapping is not None:
        pv.mapping = dict(mapping)
    missing = pv.missing_required()
    if set(missing) & rows.stacked_above(pv.head, pv.header, kind):
        raise UserError(rows.two_rows_per_person(pv.path.name))
    if missing:
        raise UserError(translate(
            "importer", "{name}: no column for {fields}; name it with --map HEADER=field or in the column "
                        "mapping.").format(name=pv.path.name,
                                           fields=", ".join(columns.field_label(kind, f) for f in missing)))
    return pv
