"""The sponsor record (penanggung: an ASN, an APBD programme or a company): the OPD owns all of it."""

from __future__ import annotations

from rentan_desktop.domain.vocab import GENDERS, POSITION_LEVELS, SPONSOR_KINDS, SPONSOR_STATUSES
from rentan_desktop.fields import checks
from rentan_desktop.fields.bookkeeping import record_keys, stamps
from rentan_desktop.fields.model import Field, Owner, Travel
from rentan_desktop.fields.spellings import SPONSORS as H
from rentan_desktop.i18n import translate

T = "sponsors"
OPD, SYSTEM = Owner.OPD, Owner.SYSTEM

FIELDS: tuple[Field, ...] = (
    *record_keys(T),
    Field(T, "opd_id", lambda: translate("fields", "OPD"), SYSTEM, Travel.SCOPE, "int"),
    Field(T, "kind", lambda: translate("fields", "Employment type"), OPD, checks=(checks.choice(SPONSOR_KINDS),),
          required=True, headers=H["kind"]),
    Field(T, "nip", lambda: translate("fields", "NIP"), OPD, checks=(checks.nip,), max_length=18, personal=True,
          headers=H["nip"]),
    Field(T, "name", lambda: translate("fields", "Name"), OPD, checks=(checks.latin_letters,), max_length=150, required=True, personal=True,
          headers=H["name"]),
    Field(T, "position", lambda: translate("fields", "Position"), OPD, max_length=200,
          headers=H["position"]),
    Field(T, "position_level", lambda: translate("fields", "Position level"), OPD,
          checks=(checks.choice(POSITION_LEVELS),), required=True),
    Field(T, "eselon", lambda: translate("fields", "Echelon"), OPD, max_length=20,
          headers=H["eselon"]),
    Field(T, "gender", lambda: translate("fields", "Sex"), OPD, checks=(checks.choice(GENDERS),),
          headers=H["gender"]),
    Field(T, "birth_date", lambda: translate("fields", "Birth date"), OPD, kind="date", checks=(checks.date,),
          personal=True, headers=H["birth_date"]),
    Field(T, "phone", lambda: translate("fields", "Phone"), OPD, checks=(checks.phone,), max_length=20,
          personal=True, headers=H["phone"]),
    Field(T, "status", lambda: translate("fields", "Status"), OPD, checks=(checks.choice(SPONSOR_STATUSES),),
          required=True),
    Field(T, "ended_on", lambda: translate("fields", "Ended on"), OPD, kind="date", checks=(checks.date,)),
    Field(T, "end_reason", lambda: translate("fields", "Reason for ending"), OPD, max_length=500),
    *stamps(T, OPD),
    Field(T, "hub_rev", lambda: translate("fields", "Change number for the province"), SYSTEM, Travel.LOCAL, "int"),
)

HEADER_ORDER = ("nip", "name", "position", "eselon", "kind", "gender", "birth_date", "phone")
