"""QA walk r5, 16: after Apply on the BPJS result preview, the result page and the status bar name the
return bundles still to write, and one click leads to writing them (the Sync tab's folder choice)."""

from __future__ import annotations

import pytest

from rentan_desktop.disnaker import bpjs_export, duplicates
from rentan_desktop.reports import home
from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.shell.main_window import MainWindow
from tests.disnaker_data import feed_three_opds, nik
from tests.test_disnaker_bpjs import write_xlsx
from tests.ui.conftest import wait_for_ops


@pytest.fixture(autouse=True)
def _cheap_keys(monkeypatch):
    monkeypatch.setenv("RENTAN_SCRYPT_LOG_N", "8")


def test_after_apply_the_next_step_names_the_return_bundles_and_opens_them(qtbot, disnaker_env, tmp_path,
                                                                            monkeypatch):
    env = disnaker_env
    w = feed_three_opds(env.db)["workers"]
    duplicates.decide(env.db, "rudi", nik(1), {w["budi_a"]: "stands", w["budi_b"]: "withdraw"}, "first come")
    bpjs_export.export_registration(env.db, "rudi", tmp_path / "reg.xlsx")
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    window.show_tab("bpjs")
    tab = window.tab("bpjs")
    tab.pages.setCurrentWidget(tab.result)
    page = tab.result
    assert not page.next_step.isVisible()  # nothing recorded yet, nothing to send back
    result = write_xlsx(tmp_path / "hasil.xlsx", [
        ["NIK", "NO KPJ", "TGL KEPESERTAAN", "STATUS", "KETERANGAN"],
        [nik(1), "26012345601", "01-12-2026", "SUKSES", None],
        [nik(3), None, None, "DITOLAK", "NIK tidak ditemukan"],
    ])
    page.import_file(str(result))
    qtbot.waitUntil(lambda: page.preview is not None, timeout=10_000)
    page.preview.apply()
    wait_for_ops(qtbot, env)
    assert page.preview.applied is not None and page.preview.applied.applied
    qtbot.waitUntil(lambda: page.next_step.isVisible(), timeout=5_000)
    assert "1.01, 1.02" in page.next_step.text() and page.next_step_button.isVisible()
    assert "1.01, 1.02" in window.statusBar().currentMessage()
    # Beranda says the same sentence (one rule).
    assert page.next_step.text() in [line.text for line in home.disnaker_lines(env.db)]

    asked = []
    monkeypatch.setattr(ui_state, "folder_name", lambda *a, **k: asked.append(a) or "")
    page.next_step_button.click()
    assert window.tabs.currentWidget() is window.tab("sync") and len(asked) == 1
