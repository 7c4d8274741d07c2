"""`rentan`: the same operations as the GUI, from a terminal.

Each area registers its subcommands from its own module; errors end with a non-zero exit
and one line that says what is wrong.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from rentan_desktop import __version__
from rentan_desktop.context import AppContext
from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.store import cipher

# Modules that add subcommands, in the order `rentan --help` lists them.
COMMAND_MODULES = (
    "rentan_desktop.cli.setup_cmds",
    "rentan_desktop.cli.sync_cmds",
    "rentan_desktop.cli.pay_cmds",
    "rentan_desktop.cli.maint_cmds",
    "rentan_desktop.cli.roster_cmds",
    "rentan_desktop.cli.bpjs_cmds",
    "rentan_desktop.cli.record_cmds",
    "rentan_desktop.cli.report_cmds",
    "rentan_desktop.cli.print_cmds",
    "rentan_desktop.cli.hub_cmds",
    "rentan_desktop.cli.security_cmds",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rentan",
        description="Rentan Desktop from the terminal: set up an install, keep the roster, record "
                    "contributions, exchange bundles, print and report.",
    )
    parser.add_argument("--version", action="version", version=f"rentan {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data folder (default: RENTAN_DATA_DIR or the user data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser


# Commands that read or write statuses, paid-through months or arrears.
_LIFECYCLE_COMMANDS = frozenset({"pay", "roster", "report", "print", "bpjs"})


def _bring_lifecycle_to_today(ctx: AppContext, command: str) -> None:
    """As at app start: the lapses today's date has brought (payments/lifecycle.refresh_due)."""
    if command not in _LIFECYCLE_COMMANDS:
        return
    from rentan_desktop.payments import lifecycle
    from rentan_desktop.store import settings

    if settings.is_initialised(ctx.db):
        lifecycle.refresh_due(ctx.db, cause=translate("cli", "command start"))


def _speak_before_unlock() -> None:
    """RENTAN_LANGUAGE holds from the first message (the install's own setting is read once unlocked)."""
    import os

    from rentan_desktop import i18n

    if os.environ.get("RENTAN_LANGUAGE") in i18n.LANGUAGES:
        i18n.set_language(os.environ["RENTAN_LANGUAGE"])


def _ask_passphrase() -> str:
    import getpass

    return getpass.getpass(translate("cli", "Operator's passphrase: "))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from rentan_desktop.maintenance.faults import check_writable, clean_leftovers, describe, read_only_message

    try:
        ctx = AppContext.open(args.data_dir)
    except OSError as exc:  # the folder cannot even be created
        folder = exc.filename or args.data_dir or ""
        message = describe(exc, folder) or read_only_message(folder)
        print(translate("cli", "error: {message}").format(message=message), file=sys.stderr)
        return 2
    _speak_before_unlock()
    from rentan_desktop.maintenance.logs import setup_logging

    try:
        check_writable(ctx.data_dir)
    except UserError as exc:
        print(translate("cli", "error: {message}").format(message=str(exc)), file=sys.stderr)
        return 2
    clean_leftovers(ctx.db_path)
    if sys.stdin is not None and sys.stdin.isatty():  # a person at the terminal types the passphrase
        ctx.ask_passphrase = _ask_passphrase

    setup_logging(ctx.data_dir, program=f"rentan {args.command}")
    try:
        if not getattr(args, "refreshes_itself", False):   # `pay arrears` reports its own lapses
            _bring_lifecycle_to_today(ctx, args.command)
        return int(args.handler(args, ctx) or 0)
    except ValidationError as exc:
        first = exc.issues[0]
        print(translate("cli", "error: {field}: {message}").format(field=first.field, message=first.message),
              file=sys.stderr)
        return 2
    except UserError as exc:
        print(translate("cli", "error: {message}").format(message=str(exc)), file=sys.stderr)
        return 2
    except (OSError, *cipher.Error) as exc:  # the data folder: locked, full, read-only (plain or encrypted file)
        message = describe(exc, ctx.data_dir)
        if message is None:
            raise
        print(translate("cli", "error: {message}").format(message=message), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
