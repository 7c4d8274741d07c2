"""The worker record (pekerja rentan): the OPD keeps the roster, BPJS's answer comes via Disnaker."""

from __future__ import annotations

from rentan_desktop.domain.vocab import GENDERS, HEIR_RELATIONSHIPS, RELATIONSHIPS, WORKER_STATUSES
from rentan_desktop.fields import checks
from rentan_desktop.fields.bookkeeping import record_keys, stamps
from rentan_desktop.fields.model import Field, ImportField, Owner, Travel
from rentan_desktop.fields.spellings import WORKERS as H
from rentan_desktop.i18n import translate

T = "workers"
OPD, BPJS, SYSTEM = Owner.OPD, Owner.BPJS_VIA_DISNAKER, Owner.SYSTEM
BPJS_STATUSES = ("submitted", "accepted", "rejected")
_SHORT, _NAME, _LONG, _NOTE = 60, 150, 250, 500  # names with titles run long

FIELDS: tuple[Field, ...] = (
    *record_keys(T),
    Field(T, "opd_id", lambda: translate("fields", "OPD"), SYSTEM, Travel.SCOPE, "int"),
    Field(T, "sponsor_id", lambda: translate("fields", "Sponsor"), OPD, Travel.REFERENCE, "ref",
          bpjs_required=True, parent=("sponsors", "sponsor_uid")),
    Field(T, "relationship", lambda: translate("fields", "Relationship to sponsor"), OPD,
          checks=(checks.choice(RELATIONSHIPS),),
          headers=H["relationship"]),
    Field(T, "nik", lambda: translate("fields", "NIK"), OPD, checks=(checks.nik,), max_length=16, required=True,
          bpjs_required=True, personal=True,
          headers=H["nik"]),
    Field(T, "name", lambda: translate("fields", "Name"), OPD, checks=(checks.latin_letters,), max_length=_NAME, required=True, bpjs_required=True,
          personal=True,
          headers=H["name"]),
    Field(T, "birth_place", lambda: translate("fields", "Birth place"), OPD, max_length=_SHORT, bpjs_required=True,
          headers=H["birth_place"]),
    Field(T, "birth_date", lambda: translate("fields", "Birth date"), OPD, kind="date", checks=(checks.date,),
          bpjs_required=True, personal=True, headers=H["birth_date"]),
    Field(T, "gender", lambda: translate("fields", "Sex"), OPD, checks=(checks.choice(GENDERS),),
          bpjs_required=True, headers=H["gender"]),
    Field(T, "mother_name", lambda: translate("fields", "Mother's maiden name"), OPD, checks=(checks.latin_letters,), max_length=_NAME,
          bpjs_required=True, personal=True,
          headers=H["mother_name"]),
    Field(T, "phone", lambda: translate("fields", "Phone"), OPD, checks=(checks.phone,), max_length=20,
          personal=True, headers=H["phone"]),
    Field(T, "street", lambda: translate("fields", "Address"), OPD, max_length=_LONG, bpjs_required=True,
          personal=True, headers=H["street"]),
    Field(T, "rt", lambda: translate("fields", "RT"), OPD, checks=(checks.digits(3, 3),), max_length=3,
          headers=H["rt"]),
    Field(T, "rw", lambda: translate("fields", "RW"), OPD, checks=(checks.digits(3, 3),), max_length=3,
          headers=H["rw"]),
    Field(T, "village", lambda: translate("fields", "Village"), OPD, max_length=_SHORT, bpjs_required=True,
          headers=H["village"]),
    Field(T, "district", lambda: translate("fields", "District"), OPD, max_length=_SHORT, bpjs_required=True,
          headers=H["district"]),
    Field(T, "regency", lambda: translate("fields", "Regency/city"), OPD, max_length=_SHORT, bpjs_required=True,
          headers=H["regency"]),
    Field(T, "occupation", lambda: translate("fields", "Occupation"), OPD, max_length=_SHORT, bpjs_required=True,
          headers=H["occupation"]),
    Field(T, "work_location", lambda: translate("fields", "Work location"), OPD, max_length=_LONG,
          headers=H["work_location"]),
    Field(T, "declared_income", lambda: translate("fields", "Declared income"), OPD, kind="int",
          checks=(checks.amount(1, checks.MAX_MONEY),), required=True,
          headers=H["declared_income"]),
    Field(T, "jht", lambda: translate("fields", "JHT"), OPD, kind="flag", checks=(checks.flag,), required=True,
          headers=H["jht"]),
    Field(T, "heir_name", lambda: translate("fields", "Heir"), OPD, checks=(checks.latin_letters,), max_length=_NAME, bpjs_required=True,
          personal=True, headers=H["heir_name"]),
    Field(T, "heir_relationship", lambda: translate("fields", "Heir relationship"), OPD,
          checks=(checks.choice(HEIR_RELATIONSHIPS),), bpjs_required=True,
          headers=H["heir_relationship"]),
    Field(T, "start_month", lambda: translate("fields", "Start month"), OPD, kind="month", checks=(checks.month,),
          bpjs_required=True, headers=H["start_month"]),
    # KPJ is BPJS's number, but an OPD may know it first (a member registered before): it travels
    # from whichever side knows it, and a BPJS rejection never clears it.
    Field(T, "kpj", lambda: translate("fields", "KPJ"), BPJS, Travel.FILL, checks=(checks.digits(8, 16),),
          headers=H["kpj"]),
    Field(T, "submitted_on", lambda: translate("fields", "Sent to BPJS on"), BPJS, kind="date",
          checks=(checks.date,)),
    Field(T, "bpjs_status", lambda: translate("fields", "BPJS registration result"), BPJS,
          checks=(checks.choice(BPJS_STATUSES),)),
    Field(T, "bpjs_reason", lambda: translate("fields", "BPJS's reason"), BPJS, max_length=_NOTE),
    Field(T, "bpjs_start_date", lambda: translate("fields", "Member since"), BPJS, kind="date",
          checks=(checks.date,)),
    # The status follows facts both sides hold (BPJS's answer, the OPD's ending): sync/tables.py merges it.
    Field(T, "status", lambda: translate("fields", "Status"), Owner.DERIVED, Travel.MERGED,
          checks=(checks.choice(WORKER_STATUSES),), required=True),
    Field(T, "status_changed_on", lambda: translate("fields", "Status since"), Owner.DERIVED, Travel.MERGED,
          kind="date", checks=(checks.date,)),
    Field(T, "ended_on", lambda: translate("fields", "Ended on"), OPD, kind="date", checks=(checks.date,)),
    Field(T, "end_reason", lambda: translate("fields", "Reason for ending"), OPD, max_length=_NOTE),
    Field(T, "age_override_reason", lambda: translate("fields", "Reason to accept the age"), OPD,
          max_length=_NOTE),
    # A cache of the payments, recomputed on each side after every change (payments/paid_through.py).
    Field(T, "paid_through", lambda: translate("fields", "Paid through"), SYSTEM, Travel.LOCAL, "month"),
    # UU PDP: the day an ended worker's identifying fields were pseudonymised (pdp/pseudonymise.py);
    # it travels so Disnaker takes the pseudonymised record as such.
    Field(T, "pseudonymised_on", lambda: translate("fields", "Pseudonymised on"), OPD, kind="date",
          checks=(checks.date,)),
    *stamps(T, OPD),
    Field(T, "hub_rev", lambda: translate("fields", "Change number for the province"), SYSTEM, Travel.LOCAL, "int"),
)

IMPORT_ONLY: tuple[ImportField, ...] = (
    # One column "Palangka Raya, 12-05-1980", as many hand-made lists write it.
    ImportField(T, "birth_place_date", lambda: translate("fields", "Birth place and date"),
                H["birth_place_date"],
                ("birth_place", "birth_date")),
    # One column "RT 02 RW 01" or "002/001", as bansos and RT lists write it.
    ImportField(T, "rt_rw", lambda: translate("fields", "RT/RW"), H["rt_rw"], ("rt", "rw")),
    ImportField(T, "sponsor_nip", lambda: translate("fields", "Sponsor NIP"),
                H["sponsor_nip"], ("sponsor_id",)),
)

# The order the wizard lists a worker sheet's fields in (the spreadsheet importer's historic order).
HEADER_ORDER = ("nik", "name", "birth_place", "birth_date", "birth_place_date", "gender", "mother_name", "phone",
                "street", "rt", "rw", "rt_rw", "village", "district", "regency", "occupation", "work_location",
                "declared_income", "jht", "heir_name", "heir_relationship", "sponsor_nip", "relationship",
                "start_month", "kpj")
