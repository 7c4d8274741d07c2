"""Recognising the column headers of the spreadsheets OPDs already have.

Personnel-system exports and hand-made lists name the same thing many ways
("NAMA LENGKAP", "Nama Pegawai", "L/P", "Jenis Kelamin", "Tgl. Lahir"...). Headers are
normalised (case, punctuation, spacing) and looked up in a table of known spellings;
`--map HEADER=field` (or the wizard's mapping) covers anything else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rentan_desktop import fields
from rentan_desktop.i18n import translate

SPONSORS = "sponsors"
WORKERS = "workers"
KINDS = (SPONSORS, WORKERS)


def _headers(table: str, order: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Field -> header spellings (already normalised: upper case, single spaces, no punctuation),
    read from the field registry (stored columns and the import-only columns such as TTL)."""
    spellings = {f.column: f.headers for f in fields.fields_of(table) if f.headers}
    spellings.update({f.name: f.headers for f in fields.import_fields(table)})
    return {name: spellings[name] for name in order}


SPONSOR_HEADERS: dict[str, tuple[str, ...]] = _headers(SPONSORS, fields.sponsors.HEADER_ORDER)
WORKER_HEADERS: dict[str, tuple[str, ...]] = _headers(WORKERS, fields.workers.HEADER_ORDER)


def headers_for(kind: str) -> dict[str, tuple[str, ...]]:
    return SPONSOR_HEADERS if kind == SPONSORS else WORKER_HEADERS


def required_fields(kind: str) -> tuple[str, ...]:
    return ("name",) if kind == SPONSORS else ("nik", "name")


def field_label(kind: str, field: str) -> str:
    """What the wizard and the report call a field (the registry's label)."""
    return fields.label(kind, field)


def normalise(header: object) -> str:
    """'Nama Lengkap ' / 'NAMA_LENGKAP' / 'Tgl. Lahir' -> 'NAMA LENGKAP' / 'TGL LAHIR'."""
    text = str(header or "").upper().replace("\n", " ")
    text = re.sub(r"[^A-Z0-9]+", " ", text)
    return " ".join(text.split())


def recognise(header: object, kind: str) -> str | None:
    key = normalise(header)
    if not key:
        return None
    for field, spellings in headers_for(kind).items():
        if key in spellings:
            return field
    return None


def parse_overrides(pairs: Iterable[str], kind: str) -> dict[str, str | None]:
    """`--map "NO. KTP=nik"` -> {'NO KTP': 'nik'}; `HEADER=` or `HEADER=-` ignores a column."""
    known = set(headers_for(kind))
    result: dict[str, str | None] = {}
    for pair in pairs:
        header, sep, field = pair.partition("=")
        field = field.strip()
        if not sep or not header.strip():
            raise ValueError(translate("columns", "'{pair}' is not HEADER=field.").format(pair=pair))
        if field in ("", "-"):
            result[normalise(header)] = None
        elif field not in known:
            raise ValueError(translate("columns", "Unknown field '{field}'; known fields: {fields}.").format(
                field=field, fields=", ".join(sorted(known))))
        else:
            result[normalise(header)] = field
    return result


def map_columns(headers: Sequence[object], kind: str,
                overrides: dict[str, str | None] | None = None) -> dict[int, str]:
    """Column index -> field. Overrides win; a field is taken by the first column naming it."""
    overrides = overrides or {}
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for i, header in enumerate(headers):
        key = normalise(header)
        field = overrides[key] if key in overrides else recognise(header, kind)
        if field and field not in taken:
            mapping[i] = field
            taken.add(field)
    return mapping


def header_score(cells: Sequence[object], kind: str, overrides: dict[str, str | None] | None = None) -> int:
    """How many cells of a row look like known headers of `kind` or headers named by --map."""
    named = {k for k, v in (overrides or {}).items() if v}
    return sum(1 for c in cells if isinstance(c, str) and (recognise(c, kind) or normalise(c) in named))
