"""tools/help_screenshots.py drives the real screens by their widgets' names: its OPD part (every help
picture and the extra screens) runs here on a small roster, so a renamed widget fails this test rather
than the tool on the day the help is regenerated (the roster's `incomplete_box` became a combo box)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from rentan_desktop.payments.demo import generate_payments
from rentan_desktop.roster import demo
from rentan_desktop.ui.qt import QApplication
from rentan_desktop.ui.shell.main_window import MainWindow

TOOL = Path(__file__).resolve().parents[2] / "tools" / "help_screenshots.py"


@pytest.fixture
def tool(monkeypatch):
    spec = importlib.util.spec_from_file_location("help_screenshots", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "SETTLE", 0.05)
    return module


def test_the_tool_finds_every_screen_and_widget_it_pictures(qtbot, opd_env, tool, tmp_path):
    demo.generate(opd_env.db, sponsors=6, workers=10, seed=7, operator="demo")
    generate_payments(opd_env.db, seed=7, months=2)
    window = MainWindow(opd_env)
    qtbot.addWidget(window)
    window.show()
    tool.opd_screens(QApplication.instance(), tool._as_a_real_install(window), tmp_path, extra=True)
    made = {p.name for p in tmp_path.glob("*.png")}
    # Every picture the help pages show from an OPD install (resources/help/id/img) and the extra screens.
    pages = {p.name for p in (TOOL.parents[1] / "resources" / "help" / "id" / "img").glob("*.png")} - {"disnaker.png"}
    assert pages <= made
    assert {"x-roster-incomplete.png", "x-bulk-end.png", "x-payments.png", "x-cash.png", "x-backups.png",
            "x-help.png", "x-home.png"} <= made
    assert window.tab("roster").worker_readiness.currentData() is None  # the filter is put back
