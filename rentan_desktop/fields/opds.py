"""The OPD list. Disnaker owns every column, including what an OPD install also knows about
itself: the head of OPD, contact, address and above all the ASN count, the denominator of every
participation figure and of the ranking. An OPD's bundle carries none of them, so it can never
blank or change them (issue 11); Disnaker's return bundle brings them to the OPD's own row."""

from __future__ import annotations

from rentan_desktop.fields import checks
from rentan_desktop.fields.bookkeeping import record_keys, stamps
from rentan_desktop.fields.model import Field, Owner
from rentan_desktop.i18n import translate

T = "opds"
DIS, SYSTEM = Owner.DISNAKER, Owner.SYSTEM

FIELDS: tuple[Field, ...] = (
    *record_keys(T),
    Field(T, "code", lambda: translate("fields", "OPD code"), DIS, max_length=20, required=True,
          headers=("Kode", "Code", "Kode OPD", "OPD code", "Kode SKPD", "Kode Unit", "Kode Unit Kerja",
                   "Kode Perangkat Daerah", "Kode Satker")),
    Field(T, "name", lambda: translate("fields", "OPD name"), DIS, max_length=200, required=True,
          headers=("Nama OPD", "Name", "Nama", "OPD", "Perangkat Daerah", "Nama Perangkat Daerah", "SKPD",
                   "Nama SKPD", "Unit Kerja", "Nama Unit Kerja", "Instansi", "Nama Instansi", "Satuan Kerja",
                   "Satker", "Nama Satker", "Nama Dinas")),
    Field(T, "head_name", lambda: translate("fields", "Head of OPD"), DIS, max_length=150, personal=True,
          headers=("Kepala OPD", "Head", "Head of OPD", "Nama Kepala", "Kepala", "Nama Kepala OPD",
                   "Kepala Perangkat Daerah", "Kepala SKPD", "Pimpinan", "Nama Pimpinan")),
    Field(T, "head_nip", lambda: translate("fields", "Head's NIP"), DIS, checks=(checks.nip,), max_length=18,
          personal=True, headers=("NIP Kepala", "Head NIP", "NIP", "NIP Kepala OPD", "NIP Pimpinan")),
    Field(T, "contact", lambda: translate("fields", "Contact"), DIS, max_length=200,
          headers=("Kontak", "Contact", "Telepon", "No HP", "Email")),
    Field(T, "address", lambda: translate("fields", "Address"), DIS, max_length=200,
          headers=("Alamat", "Address")),
    Field(T, "asn_count", lambda: translate("fields", "Number of ASN"), DIS, kind="int",
          checks=(checks.amount(0, 1_000_000),), headers=("Jumlah ASN", "ASN", "Number of ASN", "ASN count", "Jumlah Pegawai", "Jml Pegawai",
                   "Jumlah PNS", "Jumlah ASN PNS PPPK", "Jml ASN", "Pegawai", "Jumlah Pegawai ASN")),
    Field(T, "active", lambda: translate("fields", "Active"), DIS, kind="flag", checks=(checks.flag,),
          required=True),
    *stamps(T, DIS),
)
