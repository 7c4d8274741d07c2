"""QA walk r5, 12: at Disnaker, a bundle kept in the quarantine has its line on Beranda, and the line
opens Sinkronisasi on its Karantina page."""

from __future__ import annotations

import json

from rentan_desktop.sync.verify import QUARANTINE_DIR
from tests.disnaker_data import add_opd
from tests.ui.test_home_tab import _window


def test_the_quarantine_line_opens_the_quarantine_page(qtbot, disnaker_env):
    add_opd(disnaker_env.db, "4.02", "Badan Pendapatan Daerah")
    folder = disnaker_env.ctx.data_dir / QUARANTINE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / "3bc20534bbb3-rentan-4.02-to-disnaker-000001.rentan.tar"
    kept.write_bytes(b"x")
    (folder / (kept.name + ".json")).write_text(json.dumps(
        {"file": "rentan-4.02-to-disnaker-000001.rentan.tar", "received_at": "2026-12-02T06:01:00",
         "reason": "untrusted key"}), encoding="utf-8")
    window, home = _window(qtbot, disnaker_env)
    line = home.line("quarantine")
    assert line is not None and "(4.02)" in line.text
    assert home.open_line("quarantine")
    sync = window.tab("sync")
    assert window.tabs.currentWidget() is sync and sync.pages.currentWidget() is sync.quarantine
