"""Every file dialog of Disnaker's OPD registry and BPJS screens opens on the USB stick (or the last
folder), never in the program's working folder (QA walk r4, defect 8; the keys dialog: clerk4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.qt import QFileDialog


@pytest.fixture
def stick(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "FLASHDISK"
    folder.mkdir()
    monkeypatch.setattr(ui_state, "removable_drives", lambda: [folder])
    return folder


@pytest.fixture
def started(monkeypatch) -> list[str]:
    """The folder each file dialog opened in; every dialog is then cancelled."""
    seen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: seen.append(a[2]) or ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: seen.append(str(Path(a[2]).parent)) or ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: seen.append(a[2]) or "")
    return seen


def test_disnaker_registry_and_bpjs_dialogs_open_on_the_stick(qtbot, disnaker_env, stick, started):
    from rentan_desktop.ui.disnaker.bpjs_tab import (
        PaymentListPage,
        ReconcilePage,
        RegistrationPage,
        ResultPage,
    )
    from rentan_desktop.ui.disnaker.disnaker_registry_tab import DisnakerRegistryTab

    registry_tab = DisnakerRegistryTab(disnaker_env)
    qtbot.addWidget(registry_tab)
    registry_tab.provision("1.01")
    pages = [page(disnaker_env) for page in (RegistrationPage, ResultPage, PaymentListPage, ReconcilePage)]
    for page in pages:
        qtbot.addWidget(page)
    pages[0].export()
    pages[1].import_file()
    pages[2].export(".xlsx")
    pages[3].import_file()
    assert started == [str(stick)] * 5
