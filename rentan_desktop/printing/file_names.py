"""File names suggested for documents about people: one per person, recognisable, never the whole identity.

The rule, the same for every per-person document (registration form, statement letter, receipt,
UU PDP export): `<document>-<first given name>-<last 4 digits of the NIK, or the NIP for a sponsor>`,
e.g. `formulir-pendaftaran-siti-0012.pdf`. Why this and not the full name or NIK: a file name is
shown unencrypted in folder listings, recent-file lists, e-mail attachments and the USB stick's
window, and it outlives the document's purpose; a first name and four digits let the clerk find the
right worker's file among a hundred in a folder (two Sitis are told apart by the digits) but identify
nobody to a stranger, which is the same masking the app uses on screens (3201********0012).
Documents for several people are named by their count (`formulir-pendaftaran-12-pekerja.pdf`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import sqlite_utils

from rentan_desktop.store.sql import chunked, marks

# Titles and honorifics written before a name (Dr. Ir. H. Budi ...): not the person's name.
_PREFIXES = frozenset({"dr", "drs", "dra", "ir", "h", "hj", "prof", "kh", "ny", "tn", "sdr", "sdri", "bpk",
                       "bapak", "ibu", "apt", "ns", "drg", "st", "raden", "r"})
NAME_CHARS = 20


def first_name(name: str) -> str:
    """The first given name as a safe file-name part: ASCII, lower case, letters and digits only."""
    for token in re.split(r"[\s,]+", name or ""):
        ascii_token = unicodedata.normalize("NFKD", token).encode("ascii", "ignore").decode()
        part = re.sub(r"[^a-z0-9]", "", ascii_token.lower())
        if part and part not in _PREFIXES and not token.endswith("."):
            return part[:NAME_CHARS]
    return ""


def person_part(name: str, identifier: str | None) -> str:
    """`siti-0012`: first name and the identifier's last four digits (either alone when the other is missing)."""
    digits = re.sub(r"\D", "", identifier or "")[-4:]
    return "-".join(p for p in (first_name(name), digits) if p)


def document_name(document: str, people: Sequence[tuple[str, str | None]], plural: str, suffix: str = ".pdf") -> str:
    """`document-siti-0012.pdf` for one person, `document-12-<plural>.pdf` for several, `document.pdf` for none."""
    unique = list(dict.fromkeys(people))
    if len(unique) == 1:
        part = person_part(*unique[0])
        return f"{document}-{part}{suffix}" if part else f"{document}{suffix}"
    if unique:
        return f"{document}-{len(unique)}-{plural}{suffix}"
    return f"{document}{suffix}"


def _people(db: sqlite_utils.Database, sql: str, uids: Sequence[str]) -> list[tuple[str, str | None]]:
    """(name, identifier) of the rows whose uid is in `uids`, in the order of `uids`."""
    found: dict[str, tuple[str, str | None]] = {}
    for chunk in chunked(list(uids)):
        for uid, name, identifier in db.execute(sql.format(marks=marks(chunk)), chunk).fetchall():
            found[uid] = (name, identifier)
    return [found[u] for u in uids if u in found]


def worker_document(db: sqlite_utils.Database, document: str, worker_uids: Sequence[str]) -> str:
    return document_name(document, _people(db, "SELECT uid, name, nik FROM workers WHERE uid IN ({marks})",
                                           worker_uids), "pekerja")


def sponsor_document(db: sqlite_utils.Database, document: str, sponsor_uids: Sequence[str]) -> str:
    return document_name(document, _people(db, "SELECT uid, name, nip FROM sponsors WHERE uid IN ({marks})",
                                           sponsor_uids), "penanggung")


def payment_document(db: sqlite_utils.Database, document: str, payment_uids: Sequence[str]) -> str:
    """Receipts are named after the worker whose contribution they acknowledge and, for one worker, the
    first month paid (`kuitansi-siti-0012-Desember-2026.pdf`): next month's receipt is another file."""
    from rentan_desktop.reports.view_export import file_month  # "Desember-2026", never "2026-12"

    people = _people(db, "SELECT p.uid, w.name, w.nik FROM payments p JOIN workers w ON w.id = p.worker_id "
                         "WHERE p.uid IN ({marks})", payment_uids)
    if len(set(people)) != 1:
        return document_name(document, people, "pekerja")
    months = [m for (m,) in db.execute(f"SELECT month FROM payments WHERE uid IN ({marks(payment_uids[:500])})",
                                       list(payment_uids[:500])).fetchall()]
    return document_name(f"{document}", people, "pekerja", suffix=f"-{file_month(min(months))}.pdf")
