"""Fixed vocabularies stored as codes, shown as translated labels.

Lists that are policy (occupations, quotas) are defaults for settings, not constants.
"""

from __future__ import annotations

from rentan_desktop.i18n import translate

SPONSOR_KINDS = ("pns", "pppk", "non_asn", "apbd", "csr")
POSITION_LEVELS = ("head_opd", "head_division", "staff")
SPONSOR_STATUSES = ("active", "ended")
WORKER_STATUSES = ("draft", "submitted", "active", "lapsed", "ended")
GENDERS = ("L", "P")
PAYMENT_METHODS = ("tpp", "cash", "transfer", "apbd", "csr")

DEFAULT_QUOTAS = {"head_opd": 1, "head_division": 1, "staff": 1}

DEFAULT_OCCUPATIONS = (
    "Pengemudi ojek", "Sopir angkot", "Pedagang kaki lima", "Petani", "Nelayan", "Buruh tani",
    "Asisten rumah tangga", "Juru parkir", "Sopir pribadi", "Tukang kebun", "Buruh harian lepas",
    "Marbot masjid", "Guru ngaji", "Pemulung", "Tukang bangunan", "Penjahit", "Pedagang keliling",
    "Pengrajin", "Tukang cukur", "Kader posyandu", "Relawan pemadam kebakaran", "Lainnya",
)

RELATIONSHIPS = ("family", "neighbour", "household_helper", "driver", "other")
HEIR_RELATIONSHIPS = ("spouse", "child", "parent", "sibling", "other")


def sponsor_kind_label(code: str) -> str:
    return {
        "pns": translate("vocab", "ASN - PNS"),
        "pppk": translate("vocab", "ASN - PPPK"),
        "non_asn": translate("vocab", "Non-ASN staff"),
        "apbd": translate("vocab", "APBD programme"),
        "csr": translate("vocab", "Company CSR"),
    }.get(code, code)


def position_level_label(code: str) -> str:
    return {
        "head_opd": translate("vocab", "Head of OPD"),
        "head_division": translate("vocab", "Head of division"),
        "staff": translate("vocab", "Staff"),
    }.get(code, code)


def worker_status_label(code: str) -> str:
    return {
        "draft": translate("vocab", "Draft"),
        "submitted": translate("vocab", "Submitted"),
        "active": translate("vocab", "Active"),
        "lapsed": translate("vocab", "Lapsed"),
        "ended": translate("vocab", "Ended"),
    }.get(code, code)


def sponsor_status_label(code: str) -> str:
    return {"active": translate("vocab", "Active"), "ended": translate("vocab", "Ended")}.get(code, code)


def gender_label(code: str | None) -> str:
    return {"L": translate("vocab", "Male"), "P": translate("vocab", "Female")}.get(code or "", "")


def relationship_label(code: str) -> str:
    return {
        "family": translate("vocab", "Family"),
        "neighbour": translate("vocab", "Neighbour"),
        "household_helper": translate("vocab", "Household helper"),
        "driver": translate("vocab", "Driver"),
        "other": translate("vocab", "Other"),
    }.get(code, code)


def heir_relationship_label(code: str) -> str:
    return {
        "spouse": translate("vocab", "Spouse"),
        "child": translate("vocab", "Child"),
        "parent": translate("vocab", "Parent"),
        "sibling": translate("vocab", "Sibling"),
        "other": translate("vocab", "Other"),
    }.get(code, code)


def payment_method_label(code: str) -> str:
    return {
        "tpp": translate("vocab", "Payroll/TPP deduction"),
        "cash": translate("vocab", "Cash"),
        "transfer": translate("vocab", "Bank transfer / virtual account"),
        "apbd": translate("vocab", "APBD"),
        "csr": translate("vocab", "CSR"),
    }.get(code, code)


def eselon_to_level(eselon: object, position: object = None) -> str:
    """Personnel lists give the echelon: II heads an OPD, III a division, IV or none is staff."""
    from rentan_desktop.domain.echelon import eselon_level

    return eselon_level(eselon, position)
