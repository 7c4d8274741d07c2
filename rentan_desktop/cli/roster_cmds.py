"""`rentan import sponsors|workers FILE` and `rentan roster` (CSV to stdout)."""

from __future__ import annotations

import argparse
import csv
import os
import sys

from rentan_desktop.context import AppContext
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.roster import columns, importer, queries, readiness
from rentan_desktop.roster.convert import export_value

IMPORT_HELP = (
    "Finds the header row by itself (title rows above it are fine) and recognises the usual headers: "
    "NIK, NIP, NAMA / NAMA LENGKAP, JABATAN, ESELON, STATUS PEGAWAI, L/P / JENIS KELAMIN, TEMPAT LAHIR, "
    "TANGGAL LAHIR (or TEMPAT/TGL LAHIR in one column), NAMA IBU KANDUNG, NO HP, ALAMAT, RT, RW, KELURAHAN, KECAMATAN, PEKERJAAN, "
    "NIP PENANGGUNG, HUBUNGAN, AHLI WARIS, BULAN MULAI, KPJ (and many spellings of SIMPEG, SIASN, Dapodik, "
    "OpenSID, SIAK, DTKS and BPJS exports). Title rows, two-line headers, column-number rows, repeated "
    "headers and group rows are recognised and counted. Every row is reported: imported, imported as a draft "
    "(with what BPJS registration still needs), updated (with --update), unchanged, or skipped with file, "
    "row, column, value and reason. Valid rows are stored in one transaction. "
    "Exit status: 0 every row imported, 1 some rows skipped, 2 nothing imported or nothing could be read."
)
ROSTER_VERBS = ("edit-worker", "end-worker", "edit-sponsor", "end-sponsor")

WORKER_CSV = [("NIK", "nik"), ("NAMA", "name"), ("L/P", "gender"), ("TEMPAT LAHIR", "birth_place"),
              ("TANGGAL LAHIR", "birth_date"), ("NAMA IBU KANDUNG", "mother_name"), ("NO HP", "phone"),
              ("ALAMAT", "street"), ("RT", "rt"), ("RW", "rw"), ("KELURAHAN", "village"),
              ("KECAMATAN", "district"), ("KABUPATEN/KOTA", "regency"), ("PEKERJAAN", "occupation"),
              ("LOKASI KERJA", "work_location"), ("PENGHASILAN", "declared_income"), ("JHT", "jht"),
              ("AHLI WARIS", "heir_name"), ("HUBUNGAN AHLI WARIS", "heir_relationship"),
              ("NIP PENANGGUNG", "sponsor_nip"), ("NAMA PENANGGUNG", "sponsor_name"),
              ("HUBUNGAN", "relationship"), ("BULAN MULAI", "start_month"), ("KPJ", "kpj"),
              ("STATUS", "status"), ("TANGGAL BERAKHIR", "ended_on"), ("ALASAN BERAKHIR", "end_reason"),
              ("KODE OPD", "opd_code"), ("UID", "uid"), ("DATA KURANG", "missing")]
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
    p.add_argument("--header-row", type=int, metavar="N", help="the header is on row N (default: found by itself; "
                                                              "0: the file has no header row, name columns "
                                                              "by letter with --map C=nik)")
    p.add_argument("--update", action="store_true",
                   help="rows whose NIP (sponsors) or NIK (workers) is already here update those records field "
                        "by field (see each change first with --dry-run --update)")
    p.set_defaults(handler=run_import)

    p = commands.add_parser("roster", help="the roster as CSV to stdout; edit or end a worker or sponsor",
                            description="`rentan roster [workers|sponsors]` prints the roster as CSV with NIK and NIP "
                                        "as plain digits, the headers and values `rentan import` reads. "
                                        "`rentan roster edit-worker NIK --set FIELD=VALUE` (fields as in --map, or "
                                        "their headers) and `rentan roster end-worker NIK --on 30/11/2026 --reason "
                                        "...` change one record as the GUI does (edit-sponsor / end-sponsor: by "
                                        "NIP).")
    p.add_argument("what", nargs="?", choices=(*columns.KINDS, *ROSTER_VERBS), default=columns.WORKERS,
                   help="workers (default) or sponsors; or edit-worker, end-worker, edit-sponsor, end-sponsor")
    p.add_argument("key", nargs="?", help="edit/end: the worker's NIK or the sponsor's NIP (or the record ID)")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", help="edit: a field to change "
                                                                                     "(repeatable; FIELD= clears it)")
    p.add_argument("--on", metavar="DATE", help="end: the date it ended (29/11/2026)")
    p.add_argument("--reason", help="end: why it ended")
    p.add_argument("--search", default="", help="part of a name (three letters or more: anywhere in "
                                                "it; one or two: its start) or the beginning of a NIK or NIP")
    p.add_argument("--status", help="workers: draft, submitted, active, lapsed, ended or current (draft, submitted or "
                                    "active); "
                                    "sponsors: active or ended")
    p.add_argument("--without-sponsor", action="store_true", help="workers without a sponsor")
    p.add_argument("--readiness", choices=("ready", "incomplete", "rejected"),
                   help="workers: drafts ready to register with BPJS, workers missing data BPJS needs "
                        "(the DATA KURANG column lists it), or workers BPJS rejected (as the GUI's filter)")
    p.add_argument("--below-quota", action="store_true", help="sponsors with fewer workers than their quota")
    p.set_defaults(handler=run_roster)


def run_import(args: argparse.Namespace, ctx: AppContext) -> int:
    ctx.require_site()
    try:
        overrides = columns.parse_overrides(args.map, args.what)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    if args.header_row is not None and args.header_row < 0:
        raise UserError(translate("cli", "--header-row must be 0 (no header row) or a row number."))
    header_row = None if args.header_row is None else args.header_row - 1
    report = importer.run_import(ctx.db, args.file, args.what, operator=ctx.operator, overrides=overrides,
                                 header_row=header_row, dry_run=args.dry_run, update=args.update)
    for line in report.lines():
        print(line)
    if not report.imported and not report.unchanged:
        print(translate("cli", "error: nothing was imported: {file} has no row that could be imported.").format(
            file=report.path.name), file=sys.stderr)
        return 2
    return 1 if report.skipped else 0


def _statuses(what: str) -> tuple[str, ...]:
    if what == columns.WORKERS:
        return ("draft", "submitted", "active", "lapsed", "ended", "current")
    return ("active", "ended")


def run_roster(args: argparse.Namespace, ctx: AppContext) -> int:
    if args.what in ROSTER_VERBS:
        from rentan_desktop.cli.record_cmds import run_verb

        return run_verb(args, ctx)
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
                                   without_sponsor=args.without_sponsor, opd_id=opd_id,
                                   readiness=args.readiness)
        ids = queries.worker_ids(db, flt)
        _log_export(ctx, args.what, len(ids))
        out.writerow([h for h, _ in WORKER_CSV])
        for rows in _blocks(ids):
            for row in _worker_rows(db, rows):
                out.writerow([export_value(f, row.get(f)) for _, f in WORKER_CSV])
    else:
        sflt = queries.SponsorFilter(search=args.search, status=args.status, below_quota=args.below_quota,
                                     opd_id=opd_id)
        ids = queries.sponsor_ids(db, sflt)
        _log_export(ctx, args.what, len(ids))
        out.writerow([h for h, _ in SPONSOR_CSV])
        q = queries.quotas(db)
        for rows in _blocks(ids):
            counts = queries.fetch_sponsors(db, rows, q)
            marks = ",".join("?" * len(rows))
            full = {r["id"]: r for r in db.query(f"SELECT * FROM sponsors WHERE id IN ({marks})", rows)}
            for sid in rows:
                row = {**full[sid], **counts[sid]}
                out.writerow([export_value(f, row.get(f)) for _, f in SPONSOR_CSV])
    return 0


def _log_export(ctx: AppContext, what: str, count: int) -> None:
    """UU PDP: the roster (NIK, names, phones) leaves the install as CSV: who, when, how many records
    (logged before the first row is written: `rentan roster | head` has exported some already)."""
    from rentan_desktop.pdp import access_log

    access_log.record(ctx.db, ctx.operator, "export", translate("cli", "roster {what} as CSV, {count} records").format(
        what=what, count=count))


def _own(ctx: AppContext) -> int:
    from rentan_desktop.store.site import own_opd_id

    return own_opd_id(ctx.db)


def _blocks(ids: list[int], size: int = 500):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _worker_rows(db, ids: list[int]) -> list[dict]:
    marks = ",".join("?" * len(ids))
    found = {r["id"]: r for r in db.query(
        "SELECT w.*, s.nip AS sponsor_nip, s.name AS sponsor_name, s.status AS sponsor_status, o.code AS opd_code "
        "FROM workers w "
        "LEFT JOIN sponsors s ON s.id = w.sponsor_id LEFT JOIN opds o ON o.id = w.opd_id "
        f"WHERE w.id IN ({marks})", ids)}
    for row in found.values():
        # The one readiness rule (the roster's column, the home count, the export's held-back list):
        # only a worker still to register can lack registration data; a registered one lacks nothing.
        missing = readiness.missing_fields(row) if readiness.registration_state(row) == "incomplete" else []
        row["missing"] = readiness.describe_missing(missing) or None
    return [found[i] for i in ids if i in found]
