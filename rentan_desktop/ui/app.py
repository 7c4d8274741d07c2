"""`rentan-desktop`: start the GUI for one data folder."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from rentan_desktop import __version__, setup_hooks
from rentan_desktop.context import AppContext


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="rentan-desktop", description="Rentan Desktop (GUI)")
    parser.add_argument("--version", action="version", version=f"rentan-desktop {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data folder (default: RENTAN_DATA_DIR or the user data folder)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this build in a temporary folder (database, PDF, widgets) and exit")
    parser.add_argument("--quit-when-shown", action="store_true",
                        help="quit as soon as the main window is shown (start-up time measurement)")
    return parser.parse_args(argv)


def create_application(argv: Sequence[str]):
    from rentan_desktop.ui.qt import QApplication

    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName("Rentan Desktop")
    app.setOrganizationName("RentanDesktop")
    app.setApplicationVersion(__version__)
    from rentan_desktop.paths import resources_dir
    from rentan_desktop.ui.qt import QIcon

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "rentan.png")))
    return app


def open_main_window(ctx: AppContext, app) -> object | None:
    """First-run dialog when needed, then the main window; None when the user quit set-up."""
    from rentan_desktop.ui.common.i18n import install_translators
    from rentan_desktop.ui.common.operations import OpRunner
    from rentan_desktop.ui.env import UiEnv
    from rentan_desktop.ui.qt import QDialog
    from rentan_desktop.ui.shell.first_run import FirstRunDialog
    from rentan_desktop.ui.shell.main_window import MainWindow

    install_translators(app, ctx.language)
    if ctx.site is None:
        dialog = FirstRunDialog(ctx.db)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if dialog.key_passphrase:
            from rentan_desktop.sync.keys import remember_passphrase

            remember_passphrase(ctx.data_dir, dialog.key_passphrase)
        setup_hooks.after_initialise(ctx.db, ctx.data_dir)
        install_translators(app, ctx.language)
    env = UiEnv(ctx=ctx, ops=OpRunner(ctx), site=ctx.require_site())
    window = MainWindow(env)
    window.show()
    return window


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from rentan_desktop.ui.maintenance.diagnostics import run_self_test

        return run_self_test()
    ctx = AppContext.open(args.data_dir)
    from rentan_desktop.maintenance.logs import setup_logging

    setup_logging(ctx.data_dir, program="rentan-desktop")
    app = create_application(sys.argv[:1])
    from rentan_desktop.ui.maintenance.backup_recovery import check_in_background, check_on_start
    from rentan_desktop.ui.maintenance.single_instance import (
        SingleInstance,
        bring_front_window,
        current_main_window,
    )

    instance = SingleInstance(ctx.data_dir)
    if not instance.claim():  # the running window for this data folder was asked to come forward
        return 0
    instance.activation_requested.connect(bring_front_window)
    if not check_on_start(ctx):  # a damaged database and the user chose to quit
        return 1
    window = open_main_window(ctx, app)
    if window is None:
        return 0
    check = check_in_background(ctx, window)  # quick_check and the daily backup, off the start path
    if args.quit_when_shown:
        from rentan_desktop.ui.qt import QTimer

        QTimer.singleShot(0, lambda: (print("main window shown", flush=True), app.quit()))
    code = app.exec()
    check.wait()
    (current_main_window() or window).close()  # the writer finishes its queue before the database closes
    ctx.close()
    instance.release()
    return code


if __name__ == "__main__":
    sys.exit(main())
