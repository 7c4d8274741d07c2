"""`rentan import sponsors|workers FILE` and `rentan roster` (CSV to stdout)."""

from __future__ import annotations

import argparse
import csv
import os
import sys

from rentan_desktop.context import AppContext
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.roster import columns, importer, queries

IMPORT_HELP = (
    "Finds the header row by itself (title rows above it are fine) and recognises the usual headers: "
    "NIK, NIP, NAMA / NAMA LENGKAP, JABATAN, ESELON, STATUS PEGAWAI, L/P / JENIS KELAMIN, TEMPAT LAHIR, "
    "TANGGAL LAHIR (or TEMPAT/TGL LAHIR in one column), NAMA IBU KANDUNG, NO HP, ALAMAT, RT, RW, KELURAHAN, KECAMATAN, PEKERJAAN, "
    "NIP PENANGGUNG, HUBUNGAN, AHLI WARIS, BULAN MULAI, KPJ. Every row is reported: imported, or skipped "
    "with file, row, column, value and reason. Valid rows are stored in one transaction. "
    "Exit status: 0 every row imported, 1 some rows skipped, 2 nothing could be read."
)

WORKER_CSV = [("NIK", "nik"), ("NAMA", "name"), ("L/P", "gender"), ("TEMPAT LAHIR", "birth_place"),
              ("TANGGAL LAHIR", "birth_date"), ("NAMA IBU KANDUNG", "mother_name"), ("NO HP", "phone"),
              ("ALAMAT", "street"), ("RT", "rt"), ("RW", "rw"), ("KELURAHAN", "village"),
              ("KECAMATAN", "district"), ("KABUPATEN/KOTA", "regency"), ("PEKERJAAN", "occupation"),
              ("LOKASI KERJA", "work_location"), ("PENGHASILAN", "declared_income"), ("JHT", "jht"),
              ("AHLI WARIS", "heir_name"), ("HUBUNGAN AHLI WARIS", "heir_relationship"),
              ("NIP PENANGGUNG", "sponsor_nip"), ("NAMA PENANGGUNG", "sponsor_name"),
              ("HUBUNGAN", "relationship"), ("BULAN MULAI", "start_month"), ("KPJ", "kpj"),
              ("STATUS", "status"), ("TANGGAL BERAKHIR", "ended_on"), ("ALASAN BERAKHIR", "end_reason"),
              ("KODE OPD", "opd_code"), ("UID", "uid")]
SPONSOR_CSV = [("NIP", "nip"), ("NAMA", "name"), ("STATUS PEGAWAI", "kind"), ("JABATAN", "position"),
               ("TINGKAT JABATAN", "position_level"), ("ESELON", "eselon"), ("L/P", "gender"),
               ("TANGGAL LAHIR", "birth_date"), ("NO HP", "phone"), ("JUMLAH PEKERJA", "workers"),
               ("KUOTA", "quota"), ("STATUS", "status"), ("TANGGAL BERAKHIR", "ended_on"),
               ("ALASAN BERAKHIR", "end_reason"), ("KODE OPD", "opd_code"), ("UID", "uid")]


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("import", help="import sponsors or workers from .xlsx, .xls, .ods or .csv",
                            description=IMPORT_HELP)
    p.add_argument("what", choices=columns.KINDS, help="sponsors (ASN) or workers")
    p.add_argument("file", help="the spreadsheet")
    p.add_argument("--dry-run", action="store_true", help="check every row and report; store nothing")
    p.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                   help="use column HEADER for FIELD (or HEADER= to ignore it); repeatable. Fields: "
                        f"sponsors {', '.join(columns.SPONSOR_HEADERS)}; workers {', '.join(columns.WORKER_HEADERS)}")
    p.add_argument("--header-row", type=int, metavar="N", help="the header is on row N (default: found by itself)")
    p.set_defaults(handler=run_import)

    p = commands.add_parser("roster", help="the roster (or a search in it) as CSV to stdout",
                            description="Prints sponsors or workers as CSV with NIK and NIP as plain digits; "
                                        "the headers are the ones `rentan import` recognises.")
    p.add_argument("what", nargs="?", choices=columns.KINDS, default=columns.WORKERS,
                   help="workers (default) or sponsors")
    p.add_argument("--search", default="", help="part of a name (three letters or more: anywhere in "
                                                "it; one or two: its start) or the beginning of a NIK or NIP")
    p.add_argument("--status", help="workers: draft, submitted, active, lapsed, ended or current (draft, submitted or "
                                    "active); "
                                    "sponsors: active or ended")
    p.add_argument("--without-sponsor", action="store_true", help="workers without a sponsor")
    p.add_argument("--below-quota", action="store_true", help="sponsors with fewer workers than their quota")
    p.set_defaults(handler=run_roster)


def run_import(args: argparse.Namespace, ctx: AppContext) -> int:
    ctx.require_site()
    try:
        overrides = columns.parse_overrides(args.map, args.what)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    header_row = args.header_row - 1 if args.header_row else None
    report = importer.run_import(ctx.db, args.file, args.what, operator=ctx.operator, overrides=overrides,
                                 header_row=header_row, dry_run=args.dry_run)
    for line in report.lines():
        print(line)
    return 1 if report.skipped else 0


def _statuses(what: str) -> tuple[str, ...]:
    if what == columns.WORKERS:
        return ("draft", "submitted", "active", "lapsed", "ended", "current")
    return ("active", "ended")


def run_roster(args: argparse.Namespace, ctx: AppContext) -> int:
    try:
        return _write_roster(args, ctx)
    except BrokenPipeError:  # `rentan roster | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _write_roster(args: argparse.Namespace, ctx: AppContext) -> int:
    ctx.require_site()
    db = ctx.db
    if args.status and args.status not in _statuses(args.what):
        raise UserError(translate("cli", "Unknown status '{status}'; use one of: {known}.").format(
            status=args.status, known=", ".join(_statuses(args.what))))
    opd_id = None if ctx.require_site().is_disnaker else _own(ctx)
    out = csv.writer(sys.stdout, lineterminator="\n")
    if args.what == columns.WORKERS:
        flt = queries.WorkerFilter(search=args.search, status=args.status,
                                   without_sponsor=args.without_sponsor, opd_id=opd_id)
        ids = queries.worker_ids(db, flt)
        out.writerow([h for h, _ in WORKER_CSV])
        for rows in _blocks(ids):
            for row in _worker_rows(db, rows):
                out.writerow(["" if row.get(f) is None else row[f] for _, f in WORKER_CSV])
    else:
        sflt = queries.SponsorFilter(search=args.search, status=args.status, below_quota=args.below_quota,
                                     opd_id=opd_id)
        ids = queries.sponsor_ids(db, sflt)
        out.writerow([h for h, _ in SPONSOR_CSV])
        q = queries.quotas(db)
        for rows in _blocks(ids):
            counts = queries.fetch_sponsors(db, rows, q)
            marks = ",".join("?" * len(rows))
            full = {r["id"]: r for r in db.query(f"SELECT * FROM sponsors WHERE id IN ({marks})", rows)}
            for sid in rows:
                row = {**full[sid], **counts[sid]}
                out.writerow(["" if row.get(f) is None else row[f] for _, f in SPONSOR_CSV])
    return 0


def _own(ctx: AppContext) -> int:
    from rentan_desktop.store.site import own_opd_id

    return own_opd_id(ctx.db)


def _blocks(ids: list[int], size: int = 500):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _worker_rows(db, ids: list[int]) -> list[dict]:
    marks = ",".join("?" * len(ids))
    found = {r["id"]: r for r in db.query(
        "SELECT w.*, s.nip AS sponsor_nip, s.name AS sponsor_name, o.code AS opd_code FROM workers w "
        "LEFT JOIN sponsors s ON s.id = w.sponsor_id LEFT JOIN opds o ON o.id = w.opd_id "
        f"WHERE w.id IN ({marks})", ids)}
    return [found[i] for i in ids if i in found]
