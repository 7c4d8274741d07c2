"""Telling a list of workers from a list of sponsors, so that neither is imported as the other.

The columns tell most files apart. A SIASN or SIMPEG download carries each servant's NIK beside the NIP, so by its columns it looks
like a worker list. The rows tell: a NIP starts with its holder's birth date (yyyymmdd) and a NIK
holds it too (ddmmyy, day + 40 for women); when they agree, NIP and NIK belong to one person, who
is a sponsor, not a vulnerable worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rentan_desktop.domain.digits import strip_separators
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.roster import columns, convert, rows
from rentan_desktop.roster.columns import SPONSORS, WORKERS
from rentan_desktop.roster.sheet_read import Row


def _same_birth_date(nip: str, nik: str) -> bool:
    day = int(nik[6:8])
    day = day - 40 if day > 40 else day
    return nip[2:8] == f"{nik[10:12]}{nik[8:10]}{day:02d}"


def own_nip_and_nik(labels: Sequence[str], data: Sequence[Row]) -> bool:
    """True when the rows' NIP and NIK name the same person (most rows that have both)."""
    worker_fields = columns.map_columns(labels, WORKERS)
    if "sponsor_nip" in worker_fields.values():
        return False
    nik_col = next((c for c, f in worker_fields.items() if f == "nik"), None)
    nip_col = next((c for c, f in columns.map_columns(labels, SPONSORS).items() if f == "nip"), None)
    if nik_col is None or nip_col is None or nik_col == nip_col:
        return False
    same = both = 0
    for _, cells in data:
        if max(nik_col, nip_col) >= len(cells):
            continue
        nip = strip_separators(convert.cell_text(cells[nip_col]))
        nik = strip_separators(convert.cell_text(cells[nik_col]))
        if len(nip) == 18 and nip.isdigit() and len(nik) == 16 and nik.isdigit():
            both += 1
            same += _same_birth_date(nip, nik)
    return same > 0 and same * 2 > both


def refuse_other_kind(path: Path, kind: str, header: rows.Header, data: Sequence[Row] = ()) -> None:
    """A worker list chosen as sponsors (or the reverse) is told apart by its columns (and a
    personnel list with each servant's own NIK by its rows)."""
    as_workers = set(columns.map_columns(header.labels, WORKERS).values())
    as_sponsors = set(columns.map_columns(header.labels, SPONSORS).values())
    if kind == SPONSORS and "nik" in as_workers and (
            "nip" not in as_sponsors or as_workers & {"mother_name", "sponsor_nip", "heir_name"}):
        raise UserError(translate(
            "importer", "{name}: this looks like a list of workers (it has a NIK column and no NIP of the "
                        "sponsor, or columns such as NAMA IBU KANDUNG or NIP PENANGGUNG). Import it as workers; "
                        "import the sponsors (ASN) from their personnel list first.").format(name=path.name))
    if kind == WORKERS and "nik" not in as_workers and "nip" in as_sponsors:
        raise UserError(translate(
            "importer", "{name}: this looks like a list of sponsors (ASN): it has a NIP column but no NIK. Import "
                        "it as sponsors; a workers list needs each worker's NIK.").format(name=path.name))
    if kind == WORKERS and own_nip_and_nik(header.labels, data):
        raise UserError(translate(
            "importer", "{name}: this looks like a personnel list (ASN): the NIP and the NIK on its rows belong to "
                        "the same person (their birth dates agree). Import it as sponsors; a workers list gives "
                        "each worker's NIK and, if any, the sponsor's NIP under a header such as NIP "
                        "PENANGGUNG.").format(name=path.name))
