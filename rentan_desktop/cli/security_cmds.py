"""`rentan operator ...`, `rentan pdp ...` and `rentan recovery ...`: people, their data and the install key."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from rentan_desktop.context import AppContext
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate


def register(commands: argparse._SubParsersAction) -> None:
    op = commands.add_parser("operator", help="operators who can unlock this install, each with a passphrase")
    sub = op.add_subparsers(dest="operator_command", metavar="ACTION", required=True)
    p = sub.add_parser("list", help="list the operators")
    p.set_defaults(handler=run_operator_list)
    p = sub.add_parser("add", help="add an operator (their passphrase from --passphrase-file or asked)")
    p.add_argument("name")
    p.add_argument("--passphrase-file", metavar="FILE")
    p.set_defaults(handler=run_operator_add)
    p = sub.add_parser("remove", help="remove an operator")
    p.add_argument("name")
    p.set_defaults(handler=run_operator_remove)

    pdp = commands.add_parser("pdp", help="personal data protection (UU PDP): subject export, retention, log")
    sub = pdp.add_subparsers(dest="pdp_command", metavar="ACTION", required=True)
    p = sub.add_parser("export", help="everything held about one person, as PDF and xlsx")
    p.add_argument("--worker", metavar="NIK")
    p.add_argument("--sponsor", metavar="NIP")
    p.add_argument("--out", type=Path, required=True, metavar="FOLDER")
    p.set_defaults(handler=run_pdp_export)
    p = sub.add_parser("pseudonymise", help="replace the identifying fields of workers ended before the "
                                            "retention period")
    p.set_defaults(handler=run_pdp_pseudonymise)
    p = sub.add_parser("log", help="who exported or printed personal data")
    p.set_defaults(handler=run_pdp_log)
    p = sub.add_parser("retention", help="how many years ended workers' personal data is kept (Disnaker sets "
                                         "it; the OPDs receive it in the next bundle)")
    p.add_argument("years", nargs="?", type=int, help="Disnaker: the new period in years (0: keep)")
    p.set_defaults(handler=run_pdp_retention)

    rec = commands.add_parser("recovery", help="recover a forgotten passphrase through Disnaker's escrow")
    sub = rec.add_subparsers(dest="recovery_command", metavar="ACTION", required=True)
    p = sub.add_parser("request", help="OPD: write a recovery request for Disnaker")
    p.add_argument("--out", type=Path, required=True, metavar="FOLDER")
    p.set_defaults(handler=run_recovery_request)
    p = sub.add_parser("answer", help="Disnaker: answer an OPD's recovery request")
    p.add_argument("file", type=Path)
    p.add_argument("--out", type=Path, required=True, metavar="FOLDER")
    p.set_defaults(handler=run_recovery_answer)
    p = sub.add_parser("apply", help="OPD: apply Disnaker's answer and set an operator's new passphrase")
    p.add_argument("file", type=Path)
    p.add_argument("--operator", required=True)
    p.add_argument("--passphrase-file", metavar="FILE")
    p.set_defaults(handler=run_recovery_apply)


def _new_passphrase(args: argparse.Namespace) -> str:
    from rentan_desktop.security.vault import check_new_passphrase

    name = getattr(args, "passphrase_file", None)
    if name:
        try:
            passphrase = Path(name).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise UserError(translate("cli", "Cannot read the passphrase file {file}.").format(file=name)) from exc
        check_new_passphrase(passphrase)
        return passphrase
    if not sys.stdin.isatty():
        raise UserError(translate("cli", "Give the new passphrase with --passphrase-file FILE."))
    passphrase = getpass.getpass(translate("cli", "New passphrase (8+ characters): "))
    check_new_passphrase(passphrase, getpass.getpass(translate("cli", "Repeat the passphrase: ")))
    return passphrase


def _unlocked_vault(ctx: AppContext):
    ctx.db_key()  # raises a clear message when locked
    return ctx.vault


def run_operator_list(args: argparse.Namespace, ctx: AppContext) -> int:
    vault = _unlocked_vault(ctx)
    for name in vault.operators():
        print(name)
    if vault.uses_keyring():
        print(translate("cli", "(the install key is also kept in this computer's key store)"))
    return 0


def run_operator_add(args: argparse.Namespace, ctx: AppContext) -> int:
    vault = _unlocked_vault(ctx)
    vault.add_operator(ctx.session.install_key, args.name, _new_passphrase(args))
    vault.save()
    _audit(ctx, "operator_add", args.name)
    print(translate("cli", "Operator {name} added.").format(name=args.name))
    return 0


def run_operator_remove(args: argparse.Namespace, ctx: AppContext) -> int:
    vault = _unlocked_vault(ctx)
    vault.remove_operator(args.name, working=ctx.session.operator)
    vault.save()
    _audit(ctx, "operator_remove", args.name)
    print(translate("cli", "Operator {name} removed.").format(name=args.name))
    return 0


def _audit(ctx: AppContext, action: str, name: str) -> None:
    from rentan_desktop.store import audit

    audit.record(ctx.db, operator=ctx.operator, table="operators", uid=name, action=action)


def run_pdp_export(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.pdp import export, subject

    site = ctx.require_site()
    if bool(args.worker) == bool(args.sponsor):
        raise UserError(translate("cli", "Give --worker NIK or --sponsor NIP."))
    kind = "worker" if args.worker else "sponsor"
    uid = subject.find(ctx.db, kind, args.worker or args.sponsor)
    for path in export.export_subject(ctx.db, kind, uid, args.out, operator=ctx.operator, pemda=site.pemda):
        print(path)
    return 0


def run_pdp_pseudonymise(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.pdp import pseudonymise

    ctx.require_site()
    years = pseudonymise.retention_years(ctx.db)
    if years <= 0:
        print(translate("cli", "No retention period is set (Disnaker sets it): nothing to do."))
        return 0
    count = pseudonymise.pseudonymise(ctx.db, ctx.operator)
    print(translate("cli", "{count} ended workers pseudonymised (retention {years} years).").format(
        count=count, years=years))
    return 0


RETENTION_MAX_YEARS = 50  # as the Settings screen allows


def run_pdp_retention(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.pdp import pseudonymise
    from rentan_desktop.store import settings

    site = ctx.require_site()
    if args.years is not None:
        if not site.is_disnaker:
            raise UserError(translate("cli", "Disnaker sets the retention period for every OPD; this install "
                                             "receives it in the next bundle from Disnaker."))
        if not 0 <= args.years <= RETENTION_MAX_YEARS:
            raise UserError(translate("cli", "The retention period must be 0 (keep) to {max} years.").format(
                max=RETENTION_MAX_YEARS))
        settings.put(ctx.db, pseudonymise.SETTING, args.years)
    years = pseudonymise.retention_years(ctx.db)
    if years <= 0:
        print(translate("cli", "Ended workers' personal data is kept (no retention period)."))
    else:
        print(translate("cli", "Ended workers' personal data is kept for {years} years after they end, then "
                               "pseudonymised.").format(years=years))
    return 0


def run_pdp_log(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.pdp import access_log

    ctx.require_site()
    for row in access_log.entries(ctx.db):
        print(f"{row['at'][:19]}  {row['operator']:<20} {access_log.action_label(row['action']):<22} "
              f"{row['subject_uid'] or ''} {row['detail']}")
    return 0


def run_recovery_request(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.security import escrow

    vault = ctx.vault
    if vault is None or not vault.escrow():
        raise UserError(translate("security", "This install has no escrow copy of its key: it is made once "
                                              "Disnaker's key is trusted and the install was opened once after."))
    code = vault.doc.get("opd_code") or "opd"
    print(escrow.write_request(ctx.data_dir, code, args.out))
    return 0


def run_recovery_answer(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.security import escrow
    from rentan_desktop.sync import keys

    if not ctx.require_site().is_disnaker:
        raise UserError(translate("cli", "Only the Disnaker install answers recovery requests."))
    print(escrow.answer_request(keys.identities(ctx.db, ctx.data_dir), args.file, args.out))
    return 0


def run_recovery_apply(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.security import escrow

    escrow.apply_answer(ctx.data_dir, args.file, args.operator, _new_passphrase(args))
    print(translate("cli", "{name} can open the install with the new passphrase.").format(name=args.operator))
    return 0
