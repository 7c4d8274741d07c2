"""The widget half of `rentan-desktop --self-test`: every UI module resolves and the real main
window opens and renders on the self-test install (offscreen when headless)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from rentan_desktop.ui.shell.application import create_application
from rentan_desktop.ui.shell.main_window import MainWindow


def widget_self_test(folder: Path) -> str:
    """Open the real main window (all tabs) on the self-test install, offscreen when headless."""
    from rentan_desktop.context import AppContext
    from rentan_desktop.store import settings
    from rentan_desktop.ui.common.i18n import install_translators
    from rentan_desktop.ui.common.operations import OpRunner
    from rentan_desktop.ui.env import UiEnv

    app = create_application([sys.argv[0]])
    from rentan_desktop.selftest import SELF_TEST_PASSPHRASE

    ctx = AppContext.open(folder)
    ctx.unlock(SELF_TEST_PASSPHRASE)
    env = UiEnv(ctx=ctx, ops=OpRunner(ctx), site=ctx.require_site())
    from rentan_desktop.ui.qt import QElapsedTimer, QTimer

    # Tabs may greet the operator with a message box (e.g. lapsed memberships): close it, so
    # the check never waits for a click.
    closed: list[str] = []

    def close_modals() -> None:
        modal = app.activeModalWidget()
        if modal is not None:
            closed.append(modal.windowTitle())
            modal.close()

    closer = QTimer()
    closer.setInterval(50)
    closer.timeout.connect(close_modals)
    closer.start()
    try:
        install_translators(app, settings.get(ctx.db, "language", "id"))
        window = MainWindow(env)
        window.show()
        clock = QElapsedTimer()
        clock.start()
        while clock.elapsed() < 300 or env.ops.busy:  # let the tabs' first loads finish
            app.processEvents()
            if clock.elapsed() > 30_000:
                raise RuntimeError("the main window's first writes did not finish within 30 s")
        tabs = window.tabs.count()
        for index in range(tabs):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
        image = window.grab()
        if image.isNull() or tabs == 0:
            raise RuntimeError("the main window did not render")
        window.close()
        app.processEvents()
    finally:
        closer.stop()
        env.ops.shutdown()
        ctx.close()
    extra = f"; closed {len(closed)} message box(es)" if closed else ""
    return f"main window with {tabs} tabs, platform {app.platformName()}{extra}"


def run_self_test() -> int:
    """`rentan-desktop --self-test`: the core checks plus the widget check."""
    from rentan_desktop import selftest

    # Headless machines (CI, a server) have no display: draw offscreen.
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = sys.stdout
    if out is None:  # a windowed Windows build has no console: write next to the temp files
        import tempfile

        out = open(Path(tempfile.gettempdir()) / "rentan-selftest.txt", "w", encoding="utf-8")  # noqa: SIM115
    return selftest.run(out, extra=[("ui modules", _check_ui_modules), ("widgets", widget_self_test)])


def _check_ui_modules(_folder: Path) -> str:
    """Every UI module, every registered tab (both roles) and settings section resolves."""
    import importlib

    from rentan_desktop import selftest
    from rentan_desktop.ui.settings.settings_tab import SECTIONS
    from rentan_desktop.ui.shell.tabs import TABS

    detail = selftest._check_modules(prefix="rentan_desktop.ui")
    for spec in TABS:
        spec.load()
    for target in SECTIONS:
        module, _, name = target.partition(":")
        getattr(importlib.import_module(module), name)
    return f"{detail}, {len(TABS)} tabs, {len(SECTIONS)} settings sections"
