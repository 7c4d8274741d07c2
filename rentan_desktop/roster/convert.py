"""Spreadsheet cells to field values: what a clerk typed, read the way the clerk meant it.

Placeholders ("-", "—", "n/a", "tidak ada", and "0" for a phone) are blank for optional
fields; echelons and employment types are read through domain.echelon; identifiers are never
repaired: a NIK or NIP that a spreadsheet kept as a number and whose last digits it lost is
refused with an explanation. A `Refused(field, reason)` names the field that stopped a row.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from rentan_desktop.domain.dates import parse_date
from rentan_desktop.domain.digits import strip_separators
from rentan_desktop.domain.echelon import employment_kind, eselon_level
from rentan_desktop.i18n import translate
from rentan_desktop.roster import amounts, columns

EXACT_FLOAT_LIMIT = 2 ** 53  # integers above this are not exact in a spreadsheet number

# What clerks type for "nothing here" (already normalised: upper case, punctuation removed).
PLACEHOLDERS = frozenset({"", "N A", "NA", "TIDAK ADA", "TDK ADA", "BELUM ADA", "KOSONG", "NIHIL", "NULL",
                          "NONE", "TIDAK DIKETAHUI", "TIDAK TAHU", "TDK TAHU", "BLM ADA"})
PHONE_PLACEHOLDERS = frozenset({"0", "00", "000", "08", "62", "0000000000"})


class Refused(Exception):
    """A cell that stops its row: the field and the reason, in the user's language."""

    def __init__(self, field_name: str, reason: str):
        super().__init__(reason)
        self.field = field_name
        self.reason = reason


def blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


_LONGEST_PLACEHOLDER = max(len(p) for p in PLACEHOLDERS | PHONE_PLACEHOLDERS) + 4
_PLACEHOLDER_STARTS = frozenset(p[0] for p in PLACEHOLDERS | PHONE_PLACEHOLDERS if p)


def placeholder(cell: Any, field_name: str = "") -> bool:
    """A blank cell or one of the ways clerks write 'nothing' ('-', '—', 'n/a', 'tidak ada')."""
    if cell is None:
        return True
    if type(cell) is str:
        text = cell.strip()
        if not text:
            return True
    elif isinstance(cell, bool) or not isinstance(cell, int | float):
        return False
    else:
        text = cell_text(cell)
    if text.isascii() and text.isdigit():  # an identifier or a number: only a phone has digit placeholders
        return field_name == "phone" and text in PHONE_PLACEHOLDERS
    if text[0].isalnum():
        # Most values are decided here, without normalising: no placeholder is long or starts so.
        if len(text) > _LONGEST_PLACEHOLDER or text[0].upper() not in _PLACEHOLDER_STARTS:
            return False
    elif not any(ch.isalnum() for ch in text):  # '-', '—', '--', '.', '?'
        return True
    key = columns.normalise(text)
    return key in PLACEHOLDERS or field_name == "phone" and key in PHONE_PLACEHOLDERS


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
    if isinstance(cell, dt.time | dt.timedelta):
        return str(cell)
    return str(cell).strip()


# How a spreadsheet shows a long number it keeps as a number: 1.98308E+17, 6,27104E+15.
_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d*)?[eE]\+?\d+$")


def shown_in_scientific_notation(cell: Any) -> bool:
    return isinstance(cell, str) and _SCIENTIFIC.match(strip_separators(cell.strip())) is not None


def lost_digits(field_name: str, label: str, cell: Any) -> Refused:
    """A NIK, NIP, KPJ or phone whose last digits a spreadsheet lost: quote the cell as the clerk sees it
    (never digits made up from the number, which a float turns into 198308172010011008), and say how to
    get the number back."""
    shown = cell_text(cell)
    if shown_in_scientific_notation(shown) and isinstance(cell, str):
        reason = translate(
            "importer", "The cell shows {shown}: Excel stored this {label} as a number and shows it in "
                        "scientific notation, so its last digits are lost and cannot be read back from this "
                        "file. Format the column as Text and type the {label} again from the source document, "
                        "or import the original file instead of a copy saved from Excel.")
    else:
        reason = translate(
            "importer", "The cell holds the {label} as a number ({shown}): Excel keeps only 15 digits of a "
                        "number, so the last digits are lost and cannot be read back from this file. Format "
                        "the column as Text and type the {label} again from the source document, or import "
                        "the original file instead of a copy saved from Excel.")
    return Refused(field_name, reason.format(shown=shown, label=label))


_FLOAT_TEXT = re.compile(r"^\d{9,}\.0+$")
_MASKED = re.compile(r"^\d{2,12}[xX*•]{2,12}\d{0,12}$")


def identifier(cell: Any, field_name: str, label: str) -> str | None:
    """Digits of a NIK/NIP cell; refuses a number whose last digits a spreadsheet lost."""
    if type(cell) is str and cell.isdigit() and cell.isascii():
        return cell  # the usual cell, digits kept as text: nothing to strip, no placeholder, no exponent
    if placeholder(cell):
        return None
    if isinstance(cell, float | int) and not isinstance(cell, bool):
        if isinstance(cell, float) and not cell.is_integer():
            raise lost_digits(field_name, label, cell)
        digits = str(int(cell))
        lost = abs(cell) > EXACT_FLOAT_LIMIT or len(digits) > 15 and digits.endswith("0")
        if len(digits) >= 16 and lost:
            raise lost_digits(field_name, label, cell)
        return digits
    if shown_in_scientific_notation(cell):
        raise lost_digits(field_name, label, cell)
    text = str(cell).strip().lstrip("'").strip()
    if text.isdigit():  # the usual cell, decided without the patterns below
        return text
    if _MASKED.match(text):
        raise Refused(field_name, translate(
            "importer", "The {label} is masked (some digits replaced by X or *), as lists shown to the public are: "
                        "import the list with the full {label}s.").format(label=label))
    if _FLOAT_TEXT.match(text):  # '3327011812810004.0': a number column written out by pandas or a script
        number = float(text)
        digits = str(int(number))
        if len(digits) >= 16 and (number > EXACT_FLOAT_LIMIT or digits.endswith("0")):
            raise lost_digits(field_name, label, text)
        return digits
    return text


def digits_text(cell: Any, field_name: str, label: str) -> str | None:
    """A number kept as text (KPJ): as written, unless a spreadsheet showed it in scientific notation."""
    if type(cell) is str and cell.isdigit() and cell.isascii():  # the usual cell, decided without normalising
        return None if field_name == "phone" and cell in PHONE_PLACEHOLDERS else cell
    if shown_in_scientific_notation(cell):
        raise lost_digits(field_name, label, cell)
    return number_text(cell, field_name)


def date_cell(cell: Any, field_name: str) -> str | None:
    if placeholder(cell):
        return None
    text = cell.strip() if isinstance(cell, str) else cell
    if isinstance(text, str) and len(text) == 5 and text.isdigit():
        text = int(text)  # a date column formatted as General and saved as CSV: the Excel serial
    day = parse_date(text)
    if day is None or not (1900 <= day.year <= 2100):
        raise Refused(field_name, translate("importer", "Not a date; write it as dd/mm/yyyy (e.g. 29/11/1985)."))
    return day.isoformat()


def place_and_date(cell: Any) -> tuple[str | None, str | None]:
    """'Palangka Raya, 12-05-1980' -> ('Palangka Raya', '1980-05-12'); the date after the last comma."""
    if isinstance(cell, dt.date | dt.datetime | float | int):
        return None, date_cell(cell, "birth_place_date")
    text = str(cell)
    place, sep, day = text.rpartition(",")
    if not sep:  # 'Kasongan 16-08-1995' / 'Kasongan / 16-08-1995'
        m = re.match(r"^(.*?)[\s/]+(\d{1,2}[-/.]\d{1,2}[-/.]\d{4})$", text.strip())
        if m:
            place, sep, day = m.group(1), ",", m.group(2)
    if not sep:
        raise Refused("birth_place_date", translate(
            "importer", "Write the place and date of birth as 'Palangka Raya, 29/11/1985'."))
    return (" ".join(place.strip(" /").split()) or None), date_cell(day.strip(), "birth_place_date")


_YEAR_MONTH = re.compile(r"^(\d{4})[-/](\d{1,2})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[-/.](\d{4})$")


def month_cell(cell: Any, field_name: str) -> str | None:
    if placeholder(cell):
        return None
    if isinstance(cell, dt.date | dt.datetime):
        return f"{cell.year:04d}-{cell.month:02d}"
    text = cell_text(cell)
    m = _YEAR_MONTH.match(text)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
    else:
        m = _MONTH_YEAR.match(text)
        if m:
            year, month = int(m.group(2)), int(m.group(1))
        else:
            day = parse_date(cell) or parse_date(f"1 {text}")
            if day is None:
                raise Refused(field_name, translate("importer", "Not a month; write it as 2026-01 or 01/2026."))
            year, month = day.year, day.month
    if not 1 <= month <= 12:
        raise Refused(field_name, translate("importer", "Not a month; write it as 2026-01 or 01/2026."))
    return f"{year:04d}-{month:02d}"


GENDERS = {"L": "L", "LK": "L", "LAKI LAKI": "L", "LAKI": "L", "PRIA": "L", "M": "L", "MALE": "L", "1": "L",
           "P": "P", "PR": "P", "PEREMPUAN": "P", "WANITA": "P", "F": "P", "FEMALE": "P", "W": "P", "2": "P"}
RELATIONSHIPS = {"KELUARGA": "family", "SAUDARA": "family", "FAMILI": "family", "TETANGGA": "neighbour",
                 "ART": "household_helper", "ASISTEN RUMAH TANGGA": "household_helper",
                 "PEMBANTU": "household_helper", "PEMBANTU RUMAH TANGGA": "household_helper",
                 "SOPIR": "driver", "SUPIR": "driver", "DRIVER": "driver", "PENGEMUDI": "driver",
                 "LAINNYA": "other", "LAIN LAIN": "other"}
HEIRS = {"ISTRI": "spouse", "SUAMI": "spouse", "SUAMI ISTRI": "spouse", "PASANGAN": "spouse", "ANAK": "child",
         "AYAH": "parent", "IBU": "parent", "ORANG TUA": "parent", "BAPAK": "parent", "SAUDARA": "sibling",
         "KAKAK": "sibling", "ADIK": "sibling", "SAUDARA KANDUNG": "sibling", "LAINNYA": "other"}
SPONSOR_KINDS = ("pns", "pppk", "non_asn", "apbd", "csr")
# Keys of the tables above that read as themselves (normalised, no placeholder, no code word):
# a cell typed exactly so is looked up without normalising it.
_WRITTEN_AS_KEY = frozenset(k for table in (GENDERS, RELATIONSHIPS, HEIRS) for k in table
                            if columns.normalise(k) == k and not placeholder(k) and not placeholder(k, "phone")
                            and k.lower() not in ("family", "neighbour", "household_helper", "driver", "other",
                                                  "spouse", "child", "parent", "sibling"))


def code(cell: Any, table: dict[str, str], codes: Sequence[str], field_name: str = "") -> str | None:
    if type(cell) is str and cell in _WRITTEN_AS_KEY and cell in table:  # 'ISTRI' as the table spells it
        return table[cell]
    if placeholder(cell, field_name):
        return None
    key = columns.normalise(cell_text(cell))
    if key.lower() in codes:
        return key.lower()
    return table.get(key, cell_text(cell))


def gender(cell: Any) -> str | None:
    if type(cell) is str and cell in _WRITTEN_AS_KEY and cell in GENDERS:
        return GENDERS[cell]
    if placeholder(cell):
        return None
    found = GENDERS.get(columns.normalise(cell_text(cell)))
    if found is None:
        raise Refused("gender", translate("importer", "Sex must be L or P."))
    return found


# What a bare STATUS (or SIASN's KEDUDUKAN HUKUM) column says of a servant or a sponsorship, in the
# exports and in the roster list the app itself exports.
_SERVICE_STATUSES = frozenset({"AKTIF", "AKTIF BEKERJA", "TIDAK AKTIF", "NON AKTIF", "NONAKTIF", "BERAKHIR",
                               "SELESAI", "ACTIVE", "ENDED", "CUTI", "TUGAS BELAJAR", "PENSIUN"})


def sponsor_kind(cell: Any) -> str | None:
    """The employment type; an unknown one is refused with the value shown."""
    if placeholder(cell):
        return None
    key = columns.normalise(cell_text(cell))
    if key.lower() in SPONSOR_KINDS:
        return key.lower()
    if key in _SERVICE_STATUSES:  # a STATUS column saying whether the servant is active: no employment type
        return None
    found = employment_kind(cell_text(cell))
    if found is None:
        raise Refused("kind", translate(
            "importer", "Unknown employment type; write PNS, PPPK, Non-ASN (honorary or contract staff), APBD "
                        "or CSR."))
    return found


def echelon(cell: Any, position: Any) -> tuple[str | None, str]:
    """(echelon as written or None, position level)."""
    written = None if placeholder(cell) else cell_text(cell)
    return written, eselon_level(written, None if placeholder(position) else cell_text(position))


def number_text(cell: Any, field_name: str = "") -> str | None:
    if type(cell) is str:  # the usual cell, decided without normalising (as `placeholder` decides it)
        text = cell.strip()
        if text and text[0].isalnum() and (len(text) > _LONGEST_PLACEHOLDER
                                           or text[0].upper() not in _PLACEHOLDER_STARTS):
            return text
    if placeholder(cell, field_name):
        return None
    return str(int(cell)) if isinstance(cell, float) and cell.is_integer() else cell_text(cell)


_RT_RW_WORD = re.compile(r"^(RT|RW)\s*[.:]?\s*", re.IGNORECASE)
_RT_AND_RW = re.compile(r"^(?:RT\s*[.:]?\s*)?(\d{1,3})\s*(?:[/\\-]|\s)\s*(?:RW\s*[.:]?\s*)?(\d{1,3})$",
                        re.IGNORECASE)


def rt_or_rw(cell: Any, field_name: str) -> str | None:
    """'RT 07' / 'RW.001' / '7' -> the number as written, without the word."""
    text = number_text(cell, field_name)
    return _RT_RW_WORD.sub("", text) or None if text else text


def rt_and_rw(cell: Any) -> tuple[str, str] | None:
    """'RT 02 RW 01' / '002/001' / '2-1' -> ('02', '01'); None when the cell is not written so."""
    if placeholder(cell):
        return None
    found = _RT_AND_RW.match(" ".join(cell_text(cell).split()))
    return (found.group(1), found.group(2)) if found else None


def phone(cell: Any) -> str | None:
    text = digits_text(cell, "phone", translate("importer", "mobile number"))
    # A phone typed as a number lost its leading 0 (812... for 0812...): that zero is not data.
    if text and isinstance(cell, float | int) and text.startswith("8"):
        text = "0" + text
    return text


_MOBILE_START = re.compile(r"^\(?(\+?62|0)?\s*8")


def landline(cell: Any) -> bool:
    """A fixed-line number ('0321-123456', '(0536) 3221234'): a staff list's office phone, not a mobile."""
    if placeholder(cell, "phone") or isinstance(cell, float | int):
        return False
    text = str(cell).strip()
    if _MOBILE_START.match(text):
        return False
    import lokal  # when first needed (see domain/phone.py)

    info = lokal.parse_phone(text)
    return bool(info.valid and info.type == "landline")


def income(cell: Any) -> int | None:
    if placeholder(cell):
        return None
    if isinstance(cell, float | int):
        return int(cell)
    try:
        return amounts.rupiah(str(cell))
    except amounts.NotAnAmount:
        raise Refused("declared_income", translate("importer", "Not an amount in Rupiah.")) from None


def yes_no(cell: Any) -> int:
    return 1 if columns.normalise(cell_text(cell)) in ("YA", "Y", "1", "YES", "JHT", "IKUT") else 0


def lost_digit_column(values: list[Any]) -> bool:
    """A text NIK column where most values end in 0 went through a spreadsheet as numbers."""
    texts = [strip_separators(v) for v in values if isinstance(v, str) and len(strip_separators(v)) == 16]
    return len(texts) >= 5 and sum(t.endswith("0") for t in texts) * 2 >= len(texts)


# ------------------------------------------------------------------ text a record may hold

# Invisible characters that only hide what a text says: dropped.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Characters that change how text is shown (direction overrides, isolates, marks): refused.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + "".join(sorted(_BIDI)) + "]")


def unsafe_text(value: str) -> str | None:
    """Why a text cannot be stored as typed (None when it can): control or direction characters."""
    found = _UNSAFE.search(value)
    if found is None:
        if value.isascii():
            return None
        # Other invisible format characters (the sync refuses them too): rare, so checked one by one.
        hidden = next((c for c in value.translate(_INVISIBLE)
                       if unicodedata.category(c) in ("Cf", "Cs", "Co")), None)
        if hidden is None:
            return None
        return translate("importer", "The text holds control characters (U+{code:04X}); type it again "
                                     "without them.").format(code=ord(hidden))
    ch = found.group(0)
    if ch in _BIDI:
        return translate("importer", "The text holds a hidden direction-control character (U+{code:04X}) "
                                     "that can make it read differently; type it again.").format(code=ord(ch))
    return translate("importer", "The text holds control characters (U+{code:04X}); type it again "
                                 "without them.").format(code=ord(ch))


def all_safe(texts: list[str]) -> bool:
    """True when unsafe_text would find nothing in any of `texts` (one search over them all)."""
    joined = " ".join(texts)
    return joined.isascii() and _UNSAFE.search(joined) is None


def without_invisible(value: str) -> str:
    return value.translate(_INVISIBLE)


# ------------------------------------------------------------------ values as the roster CSV writes them

# The words `rentan roster` writes for coded values: the ones this module reads back.
EXPORT_WORDS: dict[str, dict[Any, str]] = {
    "relationship": {"family": "KELUARGA", "neighbour": "TETANGGA", "household_helper": "ASISTEN RUMAH TANGGA",
                     "driver": "SOPIR", "other": "LAINNYA"},
    "heir_relationship": {"spouse": "SUAMI/ISTRI", "child": "ANAK", "parent": "ORANG TUA",
                          "sibling": "SAUDARA KANDUNG", "other": "LAINNYA"},
    "kind": {"pns": "PNS", "pppk": "PPPK", "non_asn": "NON ASN", "apbd": "APBD", "csr": "CSR"},
    "jht": {1: "YA", 0: "TIDAK"},
}
_EXPORT_DATES = frozenset({"birth_date", "ended_on"})


def export_value(field_name: str, value: Any) -> str:
    """A stored value as the roster CSV writes it (and the import reads it back)."""
    if value is None:
        return ""
    words = EXPORT_WORDS.get(field_name)
    if words is not None and value in words:
        return words[value]
    if field_name in _EXPORT_DATES and isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return f"{value[8:10]}/{value[5:7]}/{value[:4]}"
    return str(value)
