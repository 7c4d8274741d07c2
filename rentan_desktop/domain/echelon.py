"""Echelons and employment types as personnel lists really write them.

SIMPEG, SIASN and hand-made lists write the same echelon many ways: "II.b", "ll.b" (two
lower-case L), "IIb", "II b", "Ess. III", "Eselon III/a", "JPT Pratama", "Administrator".
Only the roman level matters for the quota: II heads an OPD, III a division, IV or none is
staff. Employment types are just as varied: "PPPK Paruh Waktu", "Guru Honor", "Honor Daerah".
"""

from __future__ import annotations

import re

# Titles of the 2014 civil-service law that replaced the echelons (PermenPANRB 2019).
_TITLES = (
    ("JPT UTAMA", "I"), ("JPT MADYA", "I"), ("JPT PRATAMA", "II"), ("JABATAN PIMPINAN TINGGI PRATAMA", "II"),
    ("ADMINISTRATOR", "III"), ("PENGAWAS", "IV"), ("PELAKSANA", ""), ("FUNGSIONAL", ""),
)
# Positions that say the level when the echelon column is empty.
_HEAD_OPD = ("KEPALA DINAS", "KEPALA BADAN", "KADIS ", "KABAN ", "SEKRETARIS DAERAH", "INSPEKTUR ", "INSPEKTUR")
_HEAD_DIVISION = ("KEPALA BIDANG", "KABID ", "SEKRETARIS DINAS", "SEKRETARIS BADAN", "KEPALA BAGIAN", "KABAG ")


def _clean(text: object) -> str:
    upper = str(text or "").upper()
    upper = re.sub(r"[^A-Z0-9]+", " ", upper)
    return " ".join(upper.split())


def echelon_roman(eselon: object) -> str:
    """'ll.b' -> 'II', 'Ess. III A' -> 'III', 'JPT Pratama' -> 'II', '4' -> 'IV', '-' -> ''."""
    text = _clean(eselon)
    for title, roman in _TITLES:
        if text.startswith(title):
            return roman
    text = re.sub(r"^(ESELON|ESSELON|ESS|ESL|ES|E)\s*", "", text)
    # 'll'/'lll' typed with lower-case L read as II/III once upper-cased: 'LL', 'LLL'.
    text = re.sub(r"^L+(?=\s|[AB]?\b|$)", lambda m: "I" * len(m.group(0)), text)
    m = re.match(r"^(IV|III|II|I|[1-4])\s*([AB])?\b", text) or re.match(r"^(IV|III|II|I)([AB])$", text)
    if not m:
        return ""
    return {"1": "I", "2": "II", "3": "III", "4": "IV"}.get(m.group(1), m.group(1))


def eselon_level(eselon: object, position: object = None) -> str:
    """Position level for the quota: head_opd (echelon I-II), head_division (III), staff (IV or none).

    When no echelon is given, the position title decides ("Kepala Dinas" heads the OPD).
    """
    roman = echelon_roman(eselon)
    if roman in ("I", "II"):
        return "head_opd"
    if roman == "III":
        return "head_division"
    if roman == "IV":
        return "staff"
    title = _clean(position) + " "
    if title.startswith(_HEAD_OPD):
        return "head_opd"
    if title.startswith(_HEAD_DIVISION):
        return "head_division"
    return "staff"


_NON_ASN_WORDS = ("HONOR", "KONTRAK", "THL", "PTT", "GTT", "GTY", "PTY", "TENAGA HARIAN", "OUTSOURC",
                  "NON ASN", "NON PNS", "SUKARELA", "BAKTI", "HARIAN LEPAS", "PJLP")


def employment_kind(text: object) -> str | None:
    """'PPPK Paruh Waktu' -> pppk, 'Guru Honor' / 'Honor Daerah TK.I' -> non_asn, 'CPNS' -> pns.

    None when the text names nothing known (the caller refuses it with the value shown).
    """
    key = _clean(text)
    if not key:
        return None
    if key in ("APBD",):
        return "apbd"
    if key in ("CSR",):
        return "csr"
    if any(w in key for w in _NON_ASN_WORDS) and "PPPK" not in key and "P3K" not in key:
        return "non_asn"
    if "PPPK" in key or "P3K" in key or "PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA" in key:
        return "pppk"
    if key in ("ASN", "PNS", "CPNS") or key.startswith(("PNS ", "CPNS ", "PEGAWAI NEGERI SIPIL", "ASN PNS")):
        return "pns"
    return None
