"""`rentan init` and `rentan demo`."""

from __future__ import annotations

import argparse

from rentan_desktop.context import AppContext
from rentan_desktop.i18n import translate
from rentan_desktop.roster import demo
from rentan_desktop.store import training
from rentan_desktop.store.site import initialise


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("init", help="set up this data folder as an OPD or Disnaker install")
    p.add_argument("--role", choices=["opd", "disnaker"], required=True)
    p.add_argument("--pemda", required=True, help='e.g. "Kota Palangka Raya"')
    p.add_argument("--opd-code", help="OPD code, e.g. 1.01 (OPD installs)")
    p.add_argument("--opd-name", help='OPD name, e.g. "Dinas Pendidikan" (OPD installs)')
    p.add_argument("--operator", required=True, help="the operator's name")
    p.add_argument("--training", action="store_true",
                   help="a training install for practice: may hold demo data, never writes bundles")
    p.set_defaults(handler=run_init)

    p = commands.add_parser("demo", help="fill a training install with realistic demo data")
    p.add_argument("--sponsors", type=int, default=300)
    p.add_argument("--workers", type=int, default=400)
    p.add_argument("--opds", type=int, default=8, help="number of OPDs (Disnaker installs)")
    p.add_argument("--seed", type=int, default=20261123)
    p.set_defaults(handler=run_demo)


def run_init(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop import setup_hooks

    info = initialise(ctx.db, role=args.role, pemda=args.pemda, operator=args.operator,
                      opd_code=args.opd_code, opd_name=args.opd_name, training=args.training)
    setup_hooks.after_initialise(ctx.db, ctx.data_dir)
    print(translate("cli", "Set up {role} install for {pemda} in {folder}").format(
        role=info.role.upper(), pemda=info.pemda, folder=ctx.data_dir))
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
