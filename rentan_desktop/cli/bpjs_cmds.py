"""`rentan bpjs ...` (registration hand-off, payment list, reconciliation) and `rentan opd ...`.

Disnaker-only: an OPD install refuses these with one line.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rentan_desktop.context import AppContext
from rentan_desktop.disnaker import bpjs_export, bpjs_import, payment_list, reconcile, registry
from rentan_desktop.domain.dates import format_date
from rentan_desktop.domain.money import rupiah
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate


def register(commands: argparse._SubParsersAction) -> None:
    bpjs = commands.add_parser("bpjs", help="Disnaker: registration with BPJS, payment list, reconciliation")
    sub = bpjs.add_subparsers(dest="bpjs_command", metavar="ACTION", required=True)
    p = sub.add_parser("export-registration", help="write the workers ready to register as .xlsx")
    p.add_argument("--out", required=True, type=Path, help="FILE.xlsx")
    p.add_argument("--include-rejected", action="store_true", help="send rejected workers again")
    p.set_defaults(handler=run_export)
    p = sub.add_parser("import-result", help="import the branch's registration result (NIK, KPJ, status)")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="check and report, change nothing")
    p.set_defaults(handler=run_import)
    p = sub.add_parser("payment-list", help="the month's collective payment list (.xlsx or .pdf)")
    p.add_argument("--month", required=True, help="YYYY-MM")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=run_payment_list)
    p = sub.add_parser("reconcile", help="import BPJS's confirmation for a month and list differences "
                                         "(exit status 1 when there are differences)")
    p.add_argument("file", type=Path, nargs="?", help="confirmation file; omit to show the stored one")
    p.add_argument("--month", required=True, help="YYYY-MM")
    p.set_defaults(handler=run_reconcile)

    opd = commands.add_parser("opd", help="Disnaker: the Pemda's OPD registry")
    sub = opd.add_subparsers(dest="opd_command", metavar="ACTION", required=True)
    p = sub.add_parser("list", help="list every OPD")
    p.set_defaults(handler=run_opd_list)
    p = sub.add_parser("add", help="add an OPD (and write its provisioning file with --provision-dir)")
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--head", dest="head_name")
    p.add_argument("--head-nip")
    p.add_argument("--contact")
    p.add_argument("--asn", dest="asn_count", type=int)
    p.add_argument("--provision-dir", type=Path, help="write the provisioning file and fingerprint letter here")
    p.set_defaults(handler=run_opd_add)
    for action, text in (("deactivate", "mark an OPD that merged or closed inactive (its records stay)"),
                         ("activate", "mark an inactive OPD active again")):
        p = sub.add_parser(action, help=text)
        p.add_argument("code")
        p.add_argument("--reason", default="")
        p.set_defaults(handler=run_opd_active, active=action == "activate")
    p = sub.add_parser("set", help="change an OPD's details (only the options given), or mark it inactive")
    p.add_argument("code", help="the OPD's code, e.g. 1.01")
    p.add_argument("--name")
    p.add_argument("--head", dest="head_name")
    p.add_argument("--head-nip")
    p.add_argument("--contact")
    p.add_argument("--address")
    p.add_argument("--asn", dest="asn_count", type=int)
    p.add_argument("--active", choices=("yes", "no"), help="no: the OPD merged or closed (kept, never deleted)")
    p.add_argument("--reason", default="", help="with --active no: why")
    p.set_defaults(handler=run_opd_set)
    p = sub.add_parser("import", help="import an OPD list (.xlsx or .csv: Kode, Nama OPD, Kepala OPD, Jumlah ASN)")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true")
    p.set_defaults(handler=run_opd_import)


def _disnaker(ctx: AppContext) -> None:
    if not ctx.require_site().is_disnaker:
        raise UserError(translate("cli", "Only a Disnaker install can do this."))


def _problems(problems: list) -> int:
    for problem in problems:
        print(str(problem))
    print(translate("cli", "Nothing was changed: {count} problems.").format(count=len(problems)))
    return 2


def run_export(args: argparse.Namespace, ctx: AppContext) -> int:
    _disnaker(ctx)
    result = bpjs_export.export_registration(ctx.db, ctx.operator, args.out, include_rejected=args.include_rejected)
    print(translate("cli", "{count} workers written to {file} and marked as submitted on {day}.").format(
        count=result.count, file=result.path, day=format_date(result.submitted_on)))
    for line in result.held_back_lines():
        print(line)
    return 0


def run_import(args: argparse.Namespace, ctx: AppContext) -> int:
    _disnaker(ctx)
    report = bpjs_import.import_result(ctx.db, ctx.operator, args.file, dry_run=args.dry_run)
    if not report.ok:
        return _problems(report.problems)
    for p in report.planned:
        status = p.kpj if p.outcome == "accepted" else (p.reason or "")
        print(f"{report.file}:{p.row}\t{p.opd_code}\t{p.outcome}\t{status}\t{p.change}")
    text = translate("cli", "{accepted} accepted, {rejected} rejected, {unchanged} already recorded.").format(
        accepted=report.accepted, rejected=report.rejected, unchanged=report.unchanged)
    if report.pending:
        text += " " + translate("cli", "{count} still in process at BPJS: left waiting.").format(count=report.pending)
    print(text if report.applied else translate("cli", "Dry run: {summary}").format(summary=text))
    return 0


def run_payment_list(args: argparse.Namespace, ctx: AppContext) -> int:
    _disnaker(ctx)
    plist = payment_list.export(ctx.db, args.month, args.out)
    print(translate("cli", "{count} workers in {opds} OPD, total {total}: {file}").format(
        count=plist.count, opds=len(plist.groups), total=rupiah(plist.total), file=args.out))
    if plist.without_kpj:
        print(translate("cli", "Warning: {count} paid workers have no KPJ number yet.").format(
            count=plist.without_kpj))
    if plist.repeated:
        print(translate("cli", "Warning: {count} payments are for a NIK already on the list (paid by two OPDs) "
                               "and were left off it: resolve the duplicates and refund them.").format(
            count=len(plist.repeated)))
    return 0


def run_reconcile(args: argparse.Namespace, ctx: AppContext) -> int:
    _disnaker(ctx)
    if args.file is not None:
        report = reconcile.import_confirmation(ctx.db, ctx.operator, args.file, args.month)
        if not report.ok:
            return _problems(report.problems)
    result = reconcile.reconcile(ctx.db, args.month)
    if not result.has_confirmation:
        raise UserError(translate("cli", "No BPJS confirmation is stored for {month}.").format(month=args.month))
    print(translate("cli", "Paid {paid}, confirmed {confirmed}, {matched} workers match, {count} differences.").format(
        paid=rupiah(result.paid_total), confirmed=rupiah(result.confirmed_total), matched=result.matched,
        count=len(result.differences)))
    for d in result.differences:
        print("\t".join([d.opd_code or "-", reconcile.kind_label(d.kind), d.name, d.kpj or "-",
                         rupiah(d.paid), rupiah(d.confirmed)]))
    return 0 if not result.differences else 1


def run_opd_list(args: argparse.Namespace, ctx: AppContext) -> int:
    _disnaker(ctx)
    for o in registry.list_opds(ctx.db):
        print("\t".join([o["code"], o["name"], o["head_name"] or "", str(o["asn_count"] or ""),
                         str(o["sponsors"]), str(o["workers"]), "" if o["active"] else "inactive"]))
    return 0


def run_opd_active(args: argparse.Namespace, ctx: AppContext) -> int:
    _disnaker(ctx)
    registry.set_active(ctx.db, ctx.operator, registry.uid_of_code(ctx.db, args.code), args.active, args.reason)
    text = translate("cli", "OPD {code} is active.") if args.active else translate("cli", "OPD {code} is inactive.")
    print(text.format(code=args.code))
    return 0


def run_opd_add(args: argparse.Namespace, ctx: AppContext) -> int:
    _disnaker(ctx)
    data = {k: getattr(args, k) for k in ("code", "name", "head_name", "head_nip", "contact", "asn_count")}
    registry.save_opd(ctx.db, ctx.operator, data)
    print(translate("cli", "OPD {code} {name} added.").format(code=args.code, name=args.name))
    if args.provision_dir:
        made = registry.issue_provisioning(ctx.db, ctx.data_dir, args.code, args.provision_dir)
        for path in made.files + ([made.letter] if made.letter else []):
            print(path)
    return 0


def run_opd_set(args: argparse.Namespace, ctx: AppContext) -> int:
    """The same door as the registry tab's edit dialog: registry.save_opd / set_active."""
    _disnaker(ctx)
    row = ctx.db.execute("SELECT uid FROM opds WHERE code = ?", [args.code.strip()]).fetchone()
    if row is None:
        raise UserError(translate("cli", "No OPD with code {code}; `rentan opd list` shows them.").format(
            code=args.code))
    before = registry.get_opd(ctx.db, row[0])
    given = {k: getattr(args, k) for k in ("name", "head_name", "head_nip", "contact", "address", "asn_count")
             if getattr(args, k) is not None}
    if given:
        registry.save_opd(ctx.db, ctx.operator, {**{k: before.get(k) for k in registry.FIELDS}, **given},
                          uid=row[0])
    if args.active:
        registry.set_active(ctx.db, ctx.operator, row[0], args.active == "yes", args.reason)
    if not given and not args.active:
        raise UserError(translate("cli", "Nothing to change: give --name, --head, --head-nip, --contact, "
                                         "--address, --asn or --active."))
    print(translate("cli", "OPD {code} saved.").format(code=before["code"]))
    return 0


def run_opd_import(args: argparse.Namespace, ctx: AppContext) -> int:
    _disnaker(ctx)
    report = registry.import_opds(ctx.db, ctx.operator, args.file, dry_run=args.dry_run)
    if not report.ok:
        return _problems(report.problems)
    text = translate("cli", "{created} OPD added, {updated} updated, {unchanged} unchanged.").format(
        created=len(report.created), updated=len(report.updated), unchanged=len(report.unchanged))
    print(text if report.applied else translate("cli", "Dry run: {summary}").format(summary=text))
    if report.skipped_text():
        print(report.skipped_text())
    return 0
