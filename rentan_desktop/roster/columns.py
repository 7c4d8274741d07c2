"""Recognising the column headers of the spreadsheets OPDs already have.

Personnel-system exports and hand-made lists name the same thing many ways
("NAMA LENGKAP", "Nama Pegawai", "L/P", "Jenis Kelamin", "Tgl. Lahir"...). Headers are
normalised (case, punctuation, spacing, a column number in brackets) and looked up in the
field registry's spellings (rentan_desktop/fields/spellings.py); `--map HEADER=field` or
`--map C=field` (or the wizard's mapping) covers anything else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rentan_desktop import fields
from rentan_desktop.fields.spellings import WEAK
from rentan_desktop.i18n import translate
from rentan_desktop.roster.sheet_guard import column_letters

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
WEAK_SPELLINGS = WEAK


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


def without_column_number(key: str) -> str:
    """A normalised header without the column number a form prints beside it ('NIK 2', '3 NAMA')."""
    return re.sub(r"^\d+ (?=[A-Z])", "", re.sub(r"(?<=[A-Z]) \d+$", "", key))


def _variants(key: str) -> list[str]:
    """The key, without a column number ('NIK (2)', '3. NAMA'), and with its spaces removed."""
    out = [key]
    if not any(ch.isdigit() for ch in key):
        return out
    bare = without_column_number(key)
    if bare != key:
        out.append(bare)
    return out


_LOOKUP: dict[str, dict[str, str]] = {}


def _lookup(kind: str) -> dict[str, str]:
    """Spelling -> field, also under the spelling's spaces removed ('TEMPATLAHIR')."""
    table = _LOOKUP.get(kind)
    if table is None:
        table = {}
        for field, spellings in headers_for(kind).items():
            for spelling in spellings:
                table.setdefault(spelling, field)
                table.setdefault("#" + spelling.replace(" ", ""), field)
        _LOOKUP[kind] = table
    return table


def recognise(header: object, kind: str) -> str | None:
    found = recognise_spelling(header, kind)
    return found[0] if found else None


def recognise_spelling(header: object, kind: str) -> tuple[str, bool] | None:
    """(field, weak) for a header cell, or None. Weak spellings (TELEPON) yield to strong ones (HP)."""
    key = normalise(header)
    if not key or len(key) > 80:
        return None
    keys = [key]
    if isinstance(header, str) and "(" in header:  # 'JABATAN (SKD/Kontrak)', 'Tanggal Lahir (YYYY-MM-DD)'
        bare = normalise(_ANNOTATION.sub(" ", header))
        if bare and bare != key:
            keys.append(bare)
    table = _lookup(kind)
    for variant in (v for k in keys for v in _variants(k)):
        field = table.get(variant) or table.get("#" + variant.replace(" ", ""))
        if field:
            return field, variant in WEAK_SPELLINGS
    return None


_ANNOTATION = re.compile(r"\([^()]*\)?")  # a note in brackets after the header's words


def is_header_text(value: object) -> bool:
    """A cell that is a header of either list (a repeated header line, 'NIP' under 'NAMA')."""
    return isinstance(value, str) and (recognise(value, SPONSORS) or recognise(value, WORKERS)) is not None


LETTER_KEY = "@"  # overrides keyed by a column letter: '@C' for column C


def parse_overrides(pairs: Iterable[str], kind: str) -> dict[str, str | None]:
    """`--map "NO. KTP=nik"` -> {'NO KTP': 'nik'}; `--map C=nik` names column C; `HEADER=` ignores a column.

    A one-to-three letter key names a column by letter as well as any header spelled that way.
    """
    known = set(headers_for(kind))
    result: dict[str, str | None] = {}
    for pair in pairs:
        header, sep, field = pair.partition("=")
        field = field.strip()
        if not sep or not header.strip():
            raise ValueError(translate("columns", "'{pair}' is not HEADER=field.").format(pair=pair))
        if field in ("", "-"):
            value = None
        elif field not in known:
            raise ValueError(translate("columns", "Unknown field '{field}'; known fields: {fields}.").format(
                field=field, fields=", ".join(sorted(known))))
        else:
            value = field
        result[normalise(header)] = value
        if re.fullmatch(r"[A-Za-z]{1,3}", header.strip()):
            result[LETTER_KEY + header.strip().upper()] = value
    return result


def map_columns(headers: Sequence[object], kind: str,
                overrides: dict[str, str | None] | None = None) -> dict[int, str]:
    """Column index -> field. Overrides (by header text, then by letter) win; then strong spellings,
    then weak ones (a landline TELEPON only when no HP column); a field goes to its first column."""
    overrides = overrides or {}
    mapping: dict[int, str] = {}
    decided: set[int] = set()
    for i, header in enumerate(headers):
        key = normalise(header)
        letter = LETTER_KEY + column_letters(i)
        if key and key in overrides or letter in overrides:
            field = overrides[key] if key and key in overrides else overrides[letter]
            decided.add(i)
            if field and field not in mapping.values():
                mapping[i] = field
    for weak_pass in (False, True):
        for i, header in enumerate(headers):
            if i in decided or i in mapping:
                continue
            found = recognise_spelling(header, kind)
            if found and found[1] == weak_pass and found[0] not in mapping.values():
                mapping[i] = found[0]
    _drop_family_card_relationship(headers, mapping, decided)
    return dict(sorted(mapping.items()))


_FAMILY_CARD_HEADERS = frozenset({"NO KK", "NOMOR KK", "KK", "NO KARTU KELUARGA", "NOMOR KARTU KELUARGA", "SHDK"})


def _drop_family_card_relationship(headers: Sequence[object], mapping: dict[int, str], decided: set[int]) -> None:
    """A bare HUBUNGAN in a population register is the relationship to the head of the family card
    (Istri, Anak Kandung), not the worker's relationship to the sponsor: left unmapped."""
    column = next((i for i, f in mapping.items() if f == "relationship" and i not in decided), None)
    if column is None or normalise(headers[column]) != "HUBUNGAN":
        return
    keys = [normalise(h) for h in headers]
    if any(k in _FAMILY_CARD_HEADERS or k.startswith("NAMA KEPALA KELUAR") for k in keys):
        del mapping[column]


def header_score(cells: Sequence[object], kind: str, overrides: dict[str, str | None] | None = None) -> int:
    """How many cells of a row look like known headers of `kind` or headers named by --map."""
    named = {k for k, v in (overrides or {}).items() if v and not k.startswith(LETTER_KEY)}
    return len({recognise(c, kind) or normalise(c) for c in cells
                if isinstance(c, str) and (recognise(c, kind) or normalise(c) in named)})
