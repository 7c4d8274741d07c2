"""`rentan backup`, `rentan backups`, `rentan restore FILE`, `rentan check`, `rentan self-test`."""

from __future__ import annotations

import argparse
from pathlib import Path

from rentan_desktop.context import AppContext
from rentan_desktop.domain.dates import format_date
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.maintenance.backup import create_backup, list_backups, reason_label, restore_backup
from rentan_desktop.maintenance.integrity import check_file
from rentan_desktop.maintenance.running import gui_pid


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("backup", help="back up the database now (into the data folder's backups/)")
    p.set_defaults(handler=run_backup)

    p = commands.add_parser("backups", help="list the backups with their dates and record counts")
    p.set_defaults(handler=run_list)

    p = commands.add_parser("restore", help="put a backup in place of the database (the current one is "
                                            "backed up first)")
    p.add_argument("file", type=Path, help="the backup file (.sqlite3)")
    p.set_defaults(handler=run_restore)

    p = commands.add_parser("check", help="check the database for damage (PRAGMA integrity_check)")
    p.set_defaults(handler=run_check)

    p = commands.add_parser("self-test", help="check this installation in a temporary folder and exit")
    p.set_defaults(handler=run_self_test)


def run_backup(args: argparse.Namespace, ctx: AppContext) -> int:
    if not ctx.db_path.exists():
        raise UserError(translate("maintenance", "This data folder has no database yet: nothing to back up."))
    path = create_backup(ctx.db_path, "manual", key=ctx.db_key())
    print(translate("maintenance", "Backup written: {path}").format(path=path))
    return 0


def run_list(args: argparse.Namespace, ctx: AppContext) -> int:
    backups = list_backups(ctx.data_dir)
    if not backups:
        print(translate("maintenance", "No backups yet."))
        return 0
    for info in backups:
        counts = ", ".join(f"{name} {count}" for name, count in info.counts.items())
        print(f"{format_date(info.created.date())} {info.created:%H:%M}  {reason_label(info.reason):<24} "
              f"{counts}  {info.path.name}")
    return 0


def run_restore(args: argparse.Namespace, ctx: AppContext) -> int:
    pid = gui_pid(ctx.data_dir)
    if pid is not None:
        raise UserError(translate("maintenance", "Rentan Desktop is open on this data folder (process {pid}): "
                                                 "close it first, or restore from its Backups window.").format(pid=pid))
    key = ctx.db_key()
    ctx.close()
    safety = restore_backup(ctx.db_path, args.file, key=key)
    print(translate("maintenance", "Restored {file}.").format(file=args.file))
    if safety is not None:
        print(translate("maintenance", "The previous database was kept as {path}").format(path=safety))
    return 0


def run_check(args: argparse.Namespace, ctx: AppContext) -> int:
    verdict = check_file(ctx.db_path, full=True, key=ctx.db_key())
    if verdict.ok:
        print(translate("maintenance", "The database is healthy."))
        return 0
    raise UserError(translate("maintenance", "The database is damaged: {problem}").format(problem=verdict.summary))


def run_self_test(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop import selftest

    return selftest.run()
