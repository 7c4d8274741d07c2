"""`rentan init` and `rentan demo`."""

from __future__ import annotations

import argparse
import getpass
import sys

from rentan_desktop.context import AppContext
from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.roster import demo
from rentan_desktop.store import training
from rentan_desktop.store.site import initialise, site_issues


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("init", help="set up this data folder as an OPD or Disnaker install")
    p.add_argument("--role", choices=["opd", "disnaker"], required=True)
    p.add_argument("--pemda", required=True, help='e.g. "Kota Palangka Raya"')
    p.add_argument("--opd-code", help="OPD code, e.g. 1.01 (OPD installs)")
    p.add_argument("--opd-name", help='OPD name, e.g. "Dinas Pendidikan" (OPD installs)')
    p.add_argument("--operator", required=True, help="the operator's name")
    p.add_argument("--passphrase-file", metavar="FILE",
                   help="the first operator's passphrase (else RENTAN_PASSPHRASE, else asked)")
    p.add_argument("--keyring", action="store_true",
                   help="keep the install key in the operating system's key store (no passphrase needed)")
    p.add_argument("--training", action="store_true",
                   help="a training install for practice: may hold demo data, never writes bundles")
    p.set_defaults(handler=run_init)

    p = commands.add_parser("protect", help="encrypt a database made by version 0.1 and choose its passphrase")
    p.add_argument("--operator", required=True, help="the operator's name")
    p.add_argument("--passphrase-file", metavar="FILE")
    p.add_argument("--keyring", action="store_true")
    p.set_defaults(handler=run_protect)

    p = commands.add_parser("demo", help="fill a training install with realistic demo data")
    p.add_argument("--sponsors", type=int, default=300)
    p.add_argument("--workers", type=int, default=400)
    p.add_argument("--opds", type=int, default=8, help="number of OPDs (Disnaker installs)")
    p.add_argument("--seed", type=int, default=20261123)
    p.set_defaults(handler=run_demo)


def _new_install_key(args: argparse.Namespace, ctx: AppContext) -> None:
    """The passphrase (file, RENTAN_PASSPHRASE or asked twice) or the key store protects the install key."""
    from rentan_desktop.cli.sync_cmds import passphrase_from
    from rentan_desktop.security.vault import check_new_passphrase, keyring_backend

    passphrase = None if args.keyring else passphrase_from(args)
    if passphrase is None and not args.keyring and sys.stdin.isatty():
        passphrase = getpass.getpass(translate("cli", "Choose a passphrase (8+ characters): "))
        check_new_passphrase(passphrase, getpass.getpass(translate("cli", "Repeat the passphrase: ")))
    elif passphrase is not None:
        check_new_passphrase(passphrase)
    use_keyring = args.keyring or (passphrase is None and keyring_backend() is not None)
    if passphrase is None and not use_keyring:
        raise UserError(translate("cli", "Give a passphrase (--passphrase-file or RENTAN_PASSPHRASE) or use "
                                         "--keyring: the install's personal data is encrypted with it."))
    ctx.create_install_key(args.operator, passphrase, use_keyring=use_keyring)
    if use_keyring and passphrase is None:
        print(translate("cli", "The install key is kept in this computer's key store."))


def run_init(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop import setup_hooks

    if ctx.vault is None:
        issues = site_issues(role=args.role, pemda=args.pemda, operator=args.operator,
                             opd_code=args.opd_code, opd_name=args.opd_name)
        if issues:
            raise ValidationError(issues)
        if not ctx.is_new():
            raise UserError(translate("site", "This data folder is already set up."))
        _new_install_key(args, ctx)
    info = initialise(ctx.db, role=args.role, pemda=args.pemda, operator=args.operator,
                      opd_code=args.opd_code, opd_name=args.opd_name, training=args.training)
    setup_hooks.after_initialise(ctx.db, ctx.data_dir)
    print(translate("cli", "Set up {role} install for {pemda} in {folder}").format(
        role=info.role.upper(), pemda=info.pemda, folder=ctx.data_dir))
    return 0


def run_protect(args: argparse.Namespace, ctx: AppContext) -> int:
    """A 0.1 install: choose how the install key is protected, then encrypt the database and its backups."""
    if not ctx.needs_protection():
        raise UserError(translate("cli", "This install is already encrypted."))
    _new_install_key(args, ctx)
    ctx.require_site()  # opening converts the file (after an encrypted backup)
    print(translate("cli", "The database and its backups are encrypted now."))
    return 0


def run_demo(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop import setup_hooks

    ctx.require_site()
    training.require_training(ctx.db)
    result = demo.generate(ctx.db, sponsors=args.sponsors, workers=args.workers, opds=args.opds,
                           seed=args.seed, operator=ctx.operator)
    setup_hooks.after_demo(ctx.db, seed=args.seed)
    print(translate("cli", "Demo data: {opds} OPD, {sponsors} sponsors, {workers} workers").format(
        opds=result.opds, sponsors=result.sponsors, workers=result.workers))
    return 0
