"""`rentan-desktop`: start the GUI for one data folder."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from rentan_desktop import __version__
from rentan_desktop.context import AppContext
from rentan_desktop.ui.shell.application import create_application

# Qt and the main window's modules are imported inside main(), after the install key's
# derivation has started on its own thread (security/unlock_ahead.py).
__all__ = ["create_application", "main", "parse_args"]  # open_main_window: see __getattr__


def __getattr__(name: str):
    if name == "open_main_window":
        from rentan_desktop.ui.shell.main_window import open_main_window

        return open_main_window
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="rentan-desktop", description="Rentan Desktop (GUI)")
    parser.add_argument("--version", action="version", version=f"rentan-desktop {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data folder (default: RENTAN_DATA_DIR or the user data folder)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this build in a temporary folder (database, PDF, widgets) and exit")
    parser.add_argument("--quit-when-shown", action="store_true",
                        help="quit as soon as the main window has painted (start-up time measurement)")
    parser.add_argument("--start-tab", metavar="KEY",
                        help="open on this tab (e.g. roster) instead of the first one (start-up time measurement)")
    return parser.parse_args(argv)


def open_data_folder(data_dir: str | None) -> AppContext | None:
    """The install's context; a folder that cannot even be created gets a message box (None)."""
    from rentan_desktop.maintenance.faults import describe, read_only_message
    from rentan_desktop.ui.qt import QMessageBox

    try:
        return AppContext.open(data_dir)
    except OSError as exc:
        folder = exc.filename or data_dir or ""
        QMessageBox.critical(None, "Rentan Desktop", describe(exc, folder) or read_only_message(folder))
        return None


def data_folder_usable(ctx: AppContext) -> bool:
    """A data folder that cannot be written gets a message saying what to do, never a silent exit."""
    from rentan_desktop.errors import UserError
    from rentan_desktop.maintenance.faults import check_writable
    from rentan_desktop.ui.qt import QMessageBox

    try:
        check_writable(ctx.data_dir)
    except UserError as exc:
        QMessageBox.critical(None, "Rentan Desktop", str(exc))
        return False
    return True


ESCROW_DELAY_MS = 2000  # the escrow copy's refresh (about 0.3 s, mostly imports) waits until the window is up


class LaterEscrow:
    """The install key's escrow refresh (AppContext.refresh_escrow) after the first screen, or at quit."""

    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self.done = False
        ctx.escrow_on_open = False

    def schedule(self, window) -> None:
        from rentan_desktop.ui.qt import QTimer

        QTimer.singleShot(ESCROW_DELAY_MS, window, self.run)

    def run(self) -> None:
        if not self.done and self.ctx.session.unlocked:
            self.done = True
            self.ctx.refresh_escrow()


def sweep_print_leftovers_later(window) -> None:
    """Printed PDFs (NIKs, names) a crashed or killed run left in the temp folder, a day old or more,
    removed once the first screen is up (printing/scratch.py)."""
    from rentan_desktop.printing import scratch
    from rentan_desktop.ui.qt import QTimer

    QTimer.singleShot(ESCROW_DELAY_MS, window, scratch.sweep_stale)


def import_first_screen(start_tab: str | None) -> None:
    """The modules the first screen needs (the store, its migrations, the first tab), imported
    while the install key derives on its own thread: nothing else is done with them here."""
    import rentan_desktop.store.db
    import rentan_desktop.store.migrations  # noqa: F401
    from rentan_desktop.ui.shell.tabs import TABS

    wanted = start_tab or TABS[0].key
    for spec in TABS:
        if spec.key == wanted:
            spec.load()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from rentan_desktop.ui.maintenance.self_test import run_self_test

        return run_self_test()
    from rentan_desktop.security.unlock_ahead import unlock_ahead

    ahead = unlock_ahead(args.data_dir)  # before Qt loads: the two overlap
    app = create_application(sys.argv[:1])
    ctx = ahead.ctx if ahead is not None else open_data_folder(args.data_dir)
    if ctx is None or not data_folder_usable(ctx):  # said why and what to do in a message box
        return 2
    from rentan_desktop.maintenance.logs import setup_logging

    setup_logging(ctx.data_dir, program="rentan-desktop")
    from rentan_desktop.ui.maintenance.backup_recovery import (
        check_in_background,
        check_on_start,
        tell_restore_cut_short,
    )
    from rentan_desktop.ui.maintenance.single_instance import (
        SingleInstance,
        bring_front_window,
        close_main_window,
    )

    instance = SingleInstance(ctx.data_dir)
    if not instance.claim():  # the running window for this data folder was asked to come forward
        return 0
    instance.activation_requested.connect(bring_front_window)
    from rentan_desktop.maintenance.faults import clean_leftovers
    from rentan_desktop.ui.shell.main_window import open_main_window
    from rentan_desktop.ui.shell.unlock import unlock_on_start

    if ahead is not None:
        import_first_screen(args.start_tab)
        ahead.wait()
    if not unlock_on_start(ctx):  # the operator chose Quit at the passphrase
        instance.release()
        return 0
    leftovers: list[str] = []
    if not ctx.is_new():  # a new folder has no key and no database yet: the first-run dialog makes them
        leftovers = clean_leftovers(ctx.db_path, key=ctx.db_key())  # a backup or restore killed half-way
        if not check_on_start(ctx):  # a damaged database and the user chose to quit
            return 1
    escrow = LaterEscrow(ctx)
    window = open_main_window(ctx, app, start_tab=args.start_tab)
    if window is None:
        return 0
    tell_restore_cut_short(window, leftovers)
    check = check_in_background(ctx, window)  # quick_check and the daily backup, off the start path
    escrow.schedule(window)
    sweep_print_leftovers_later(window)
    if args.quit_when_shown:
        from rentan_desktop.ui.shell.start_probe import quit_when_painted

        quit_when_painted(app, window)
    code = app.exec()
    escrow.run()  # when the window closed before its turn
    check.wait()
    close_main_window(window)  # the writer finishes its queue before the database closes
    ctx.close()
    instance.release()
    return code


if __name__ == "__main__":
    sys.exit(main())
