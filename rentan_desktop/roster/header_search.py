"""Finding the header in a sheet's first rows, once per file and options.

The wizard's preview, its check of every row and the import each ask for the same file's
header: for a 200,000-row workbook that is 0.1-0.15 s each (the first rows streamed, merges
filled, every spelling tried). A workbook's result is kept by its file stamp (size, time,
SHA-256) and handed out as a copy; a CSV is read again (its first rows cost nothing).
"""

from __future__ import annotations

import copy

from rentan_desktop.roster import columns, rows
from rentan_desktop.roster.sheet_read import Row, Sheet

HEAD_ROWS = 60  # rows read for finding the header and for the wizard's preview

_HEADERS: dict[tuple, tuple[list[Row], rows.Header | None]] = {}
_HEADERS_KEPT = 8


def header_for(sheet: Sheet, kind: str, overrides: dict[str, str | None] | None,
               header_row: int | None) -> tuple[list[Row], rows.Header | None]:
    """The sheet's first rows and the header found among them (None: none found).

    `header_row` is the zero-based index of the header line (-1: no header row; None: find it).
    """
    if sheet.stamp is None:
        return _find_header(sheet, kind, overrides, header_row)
    key = (sheet.stamp, sheet.index, sheet.name, kind, tuple(sorted((overrides or {}).items())), header_row)
    found = _HEADERS.get(key)
    if found is None:
        found = _find_header(sheet, kind, overrides, header_row)
        while len(_HEADERS) >= _HEADERS_KEPT:
            _HEADERS.pop(next(iter(_HEADERS)))
        _HEADERS[key] = found
    return copy.deepcopy(found)


def _find_header(sheet: Sheet, kind: str, overrides: dict[str, str | None] | None,
                 header_row: int | None) -> tuple[list[Row], rows.Header | None]:
    head = sheet.head(HEAD_ROWS)
    number = None if header_row is None else header_row + 1
    found = rows.find_header(head, kind, overrides, number)
    if found is None and header_row is None and any(k.startswith(columns.LETTER_KEY) for k in overrides or {}):
        found = rows.find_header(head, kind, overrides, 0)  # no header: columns named by letter
    return head, found
